"""The plan keeps the runs of unchanged lines between builds: the same plan, and refused links reported every time."""

from __future__ import annotations

import pytest

from releasedesk.export.plan import build, build_plan
from releasedesk.model import Paragraph
from releasedesk.model.richtext import text
from releasedesk.samples import load_sample, sample_names


@pytest.fixture
def run_cache_off():
    build.CACHE_RUNS = False
    yield
    build.CACHE_RUNS = True


@pytest.mark.parametrize("name", sample_names())
def test_cached_and_uncached_plans_are_equal(name, run_cache_off):
    release = load_sample(name)
    lang = "both" if len(release.languages) == 2 else release.languages[0]
    plain = build_plan(release, lang, now=None)
    build.CACHE_RUNS = True
    assert build_plan(release, lang, now=None) == plain
    assert build_plan(release, lang, now=None) == plain  # warm


def test_a_refused_link_is_reported_on_every_build_with_its_place():
    release = load_sample("announcement")
    release.content["en"].body.insert(0, Paragraph((text("see ", href="file:///etc/passwd"),)))
    first = build_plan(release, "en").dropped_links
    again = build_plan(release, "en").dropped_links  # the line's runs now come from the cache
    assert first == again
    assert [d.href for d in again] == ["file:///etc/passwd"]
    assert again[0].place == "body ¶1"

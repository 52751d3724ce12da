"""The layout cache: the same bytes with and without it, and an edit re-lays out only the block it changed."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.export.pdf.layoutcache import LayoutCache
from releasedesk.model.richtext import Paragraph, Run
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.model.release import Release


def _pdf(release: Release, lang: str, cache: LayoutCache | None) -> bytes:
    return render_pdf(release, lang=lang, options=PdfOptions(invariant=True, layout_cache=cache))


def _edited(release: Release, lang: str, text: str) -> Release:
    """A copy whose first body paragraph in `lang` gets `text` appended (what typing does)."""
    edited = copy.deepcopy(release)
    body = edited.content[lang].body
    index = next(i for i, block in enumerate(body) if isinstance(block, Paragraph))
    body[index] = replace(body[index], runs=(*body[index].runs, Run(text)))
    return edited


@pytest.mark.parametrize(("name", "lang"), [("announcement", "both"), ("long-report", "en"), ("announcement", "zh-TW")])
def test_the_cache_changes_no_byte_cold_warm_or_after_an_edit(name, lang):
    release = load_sample(name)
    cache = LayoutCache()
    plain = _pdf(release, lang, None)
    assert _pdf(release, lang, cache) == plain  # cold
    assert cache.misses > 0
    edit_lang = "en" if lang != "zh-TW" else "zh-TW"
    edited = _edited(release, edit_lang, " More words that push the paragraph onto another line, 再加幾個字。")
    assert _pdf(edited, lang, cache) == _pdf(edited, lang, None) != plain  # warm, after an edit
    assert _pdf(release, lang, cache) == plain  # undo: back to the first text, from the cache


def test_an_edit_misses_only_for_the_block_it_changed():
    release = load_sample("long-report")
    cache = LayoutCache()
    _pdf(release, "en", cache)
    cache.reset_counts()
    _pdf(release, "en", cache)
    unchanged_hits = cache.hits
    assert cache.misses == 0
    assert unchanged_hits > 100
    cache.reset_counts()
    _pdf(_edited(release, "en", " typed"), "en", cache)
    assert cache.misses == 2  # the edited paragraph: its glyphs and its line breaks; the footer is drawn per page
    assert cache.hits == unchanged_hits - 2


def test_switched_off_the_cache_is_not_consulted():
    release = load_sample("announcement")
    cache = LayoutCache()
    cache.enabled = False
    assert _pdf(release, "both", cache) == _pdf(release, "both", None)
    assert cache.hits == cache.misses == 0


def test_the_test_release_with_every_block_type_is_identical(release):
    cache = LayoutCache()
    plain = _pdf(release, "both", None)
    assert _pdf(release, "both", cache) == plain
    assert _pdf(release, "both", cache) == plain
    assert cache.hits > 0

"""The bundled samples: they load, match the JSON schema, round-trip, carry the features they exist to exercise,
and are what scripts/make_samples.py builds."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import jsonschema
import pytest
from PIL import Image as PilImage

from releasedesk.approval import approval_state
from releasedesk.fileformat import FILE_SUFFIX, dumps, load_release, loads
from releasedesk.model import Figure, Heading, ListItem, Mark, Paragraph, Quote, Release, Status
from releasedesk.model.counts import count
from releasedesk.model.richtext import block_runs, body_text

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
SCHEMA = ROOT / "resources" / "schema" / "release.schema.json"
SAMPLE_FILES = sorted(SAMPLES.glob(f"*{FILE_SUFFIX}"))


def _builder() -> ModuleType:
    path = ROOT / "scripts" / "make_samples.py"
    spec = importlib.util.spec_from_file_location("make_samples", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_samples", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def samples() -> dict[str, Release]:
    return {path.name.removesuffix(FILE_SUFFIX): load_release(path) for path in SAMPLE_FILES}


def _body_count(release: Release, lang: str) -> int:
    return sum(count(text, lang) for text in body_text(release.content[lang].body))  # type: ignore[index]


def _runs(release: Release, lang: str) -> list:
    return [run for block in release.content[lang].body for run in block_runs(block)]  # type: ignore[index]


def test_the_expected_samples_exist() -> None:
    assert {path.name for path in SAMPLE_FILES} >= {
        "announcement.rdrelease",
        "long-report.rdrelease",
        "english-only.rdrelease",
    }


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_sample_validates_and_round_trips(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    data = path.read_bytes()
    errors = sorted(validator.iter_errors(json.loads(data)), key=lambda error: list(error.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5])
    release = loads(data)
    assert loads(dumps(release)) == release
    assert dumps(release) == data, "the committed file is not in the form ReleaseDesk writes"


def test_announcement_has_every_feature(samples: dict[str, Release]) -> None:
    release = samples["announcement"]
    assert release.languages == ("zh-TW", "en")
    assert release.status == Status.DRAFT
    assert not release.is_embargoed
    assert release.agency.zh
    assert release.agency.en
    assert release.unit.zh
    assert release.unit.en
    assert release.number
    assert release.dateline.zh == "台北"
    assert release.dateline.en == "Taipei"
    assert str(release.issued_at.tzinfo) == "Asia/Taipei"
    assert 2 <= len(release.contacts) <= 3
    assert any(not contact.print_mobile and contact.mobile for contact in release.contacts)
    for contact in release.contacts:
        assert contact.name.zh
        assert contact.name.en
        assert contact.title.zh
        assert contact.unit.en
        assert contact.email

    logo = release.image(release.logo_image_id or "")
    assert logo is not None
    assert logo.mime_type == "image/png"
    assert PilImage.open(io.BytesIO(logo.data)).size == (400, 400)

    for lang in release.languages:
        content = release.content[lang]
        assert content.headline
        assert content.subheadline
        assert content.boilerplate.count("\n") >= 1
        kinds = {type(block) for block in content.body}
        assert kinds == {Paragraph, Heading, ListItem, Quote, Figure}, lang
        items = [block for block in content.body if isinstance(block, ListItem)]
        assert any(item.ordered for item in items)
        assert any(not item.ordered for item in items)
        assert any(item.level > 0 for item in items), "no nested list level"
        runs = _runs(release, lang)
        assert any(run.href and run.href.startswith("https://") for run in runs)
        assert {Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE} <= {mark for run in runs for mark in run.marks}
        figure = next(block for block in content.body if isinstance(block, Figure))
        image = release.image(figure.image_id)
        assert image is not None
        assert image.alt.zh
        assert image.alt.en
        assert figure.caption
        assert PilImage.open(io.BytesIO(image.data)).size == (1200, 600)


def test_announcement_chinese_uses_full_width_punctuation(samples: dict[str, Release]) -> None:
    text = "".join(body_text(samples["announcement"].content["zh-TW"].body))
    for mark in "「」，。、":
        assert mark in text
    assert not re.search(r"[\u4e00-\u9fff][,.;:!?]", text), "half-width punctuation after a Chinese character"


def test_long_report_is_long_embargoed_and_in_review(samples: dict[str, Release]) -> None:
    release = samples["long-report"]
    assert release.languages == ("zh-TW", "en")
    assert release.status == Status.IN_REVIEW
    assert release.embargo_until is not None
    assert str(release.embargo_until.tzinfo) == "Asia/Taipei"
    assert release.embargo_until >= release.issued_at
    assert _body_count(release, "zh-TW") >= 7000
    assert _body_count(release, "en") >= 4500
    for lang in release.languages:
        body = release.content[lang].body
        assert sum(isinstance(block, Heading) for block in body) >= 15
        assert sum(isinstance(block, Quote) for block in body) >= 3
        figures = {block.image_id for block in body if isinstance(block, Figure)}
        assert len(figures) >= 2
        assert all(release.image(image_id) for image_id in figures)
        texts = [text for text in body_text(body) if len(text) > 40]
        assert len(texts) == len(set(texts)), "a paragraph is repeated"


def test_english_only_sample(samples: dict[str, Release]) -> None:
    release = samples["english-only"]
    assert release.languages == ("en",)
    assert release.status == Status.APPROVED
    assert approval_state(release).approved  # recorded: submitted by one person, approved by another


def test_builder_is_deterministic_and_matches_the_committed_files(tmp_path: Path) -> None:
    builder = _builder()
    first, second = tmp_path / "a", tmp_path / "b"
    builder.write_samples(first)
    builder.write_samples(second)
    names = sorted(path.name for path in first.iterdir())
    assert names == [path.name for path in SAMPLE_FILES]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
        built, committed = load_release(first / name), load_release(SAMPLES / name)
        # PNG bytes may differ between Pillow/zlib versions; everything else must be what the script builds.
        for image, committed_image in zip(built.images, committed.images, strict=True):
            assert PilImage.open(io.BytesIO(image.data)).size == PilImage.open(io.BytesIO(committed_image.data)).size
        assert replace(built, images=[]) == replace(committed, images=[]), f"{name}: run scripts/make_samples.py"
        assert [replace(i, data=b"") for i in built.images] == [replace(i, data=b"") for i in committed.images]


def test_the_documented_example_loads_and_validates(validator: jsonschema.Draft202012Validator) -> None:
    document = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")
    example = document.rsplit("```json", 1)[1].split("```", 1)[0]
    assert not list(validator.iter_errors(json.loads(example)))
    release = loads(example.encode("utf-8"))
    assert release.content["en"].headline.startswith("Ministry")
    assert release.contacts[0].name.zh == "王志豪"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda r: r["content"]["en"]["body"][0].update(level=1), "body"),
        (lambda r: r.update(status="published"), "status"),
        (lambda r: r["issued_at"].update(local="2026-11-24T10:00:00+08:00"), "local"),
        (lambda r: r["contacts"][0].update(print_mobile="yes"), "print_mobile"),
        (lambda r: r["content"].update(fr={}), "content"),
        (lambda r: r.update(headline="misplaced"), "release"),
    ],
)
def test_schema_rejects_what_the_format_does_not_allow(change, where, validator) -> None:
    document = json.loads((SAMPLES / "english-only.rdrelease").read_bytes())
    change(document["release"])
    errors = list(validator.iter_errors(document))
    assert errors, f"schema accepted a bad {where}"

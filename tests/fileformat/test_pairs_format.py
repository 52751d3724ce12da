"""Schema 2: block ids and `release.pairs` round-trip; the 1→2 migration pairs by position or leaves unpaired;
bad pair data is refused with one line naming the place."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, loads
from releasedesk.fileformat.migrations import MIGRATIONS, SCHEMA_VERSION
from releasedesk.pairs.states import State, confirm_all, pair_statuses
from releasedesk.samples import load_sample, sample_path

ROOT = Path(__file__).resolve().parents[2]


def _v1(zh_types: list[str], en_types: list[str]) -> bytes:
    def body(types: list[str], word: str) -> list[dict]:
        out = []
        for n, kind in enumerate(types):
            block: dict = {"type": kind, "content": [{"text": f"{word} {n}"}]}
            if kind == "heading":
                block["level"] = 1
            out.append(block)
        return out

    document = {
        "format": "releasedesk-release",
        "schema": 1,
        "release": {
            "issued_at": {"local": "2026-04-01T10:00:00", "tz": "Asia/Taipei"},
            "content": {
                "zh-TW": {"headline": "標題", "body": body(zh_types, "甲")},
                "en": {"headline": "Headline", "body": body(en_types, "A")},
            },
        },
    }
    return json.dumps(document, ensure_ascii=False).encode()


def test_version_1_with_the_same_block_kinds_pairs_by_position_unconfirmed() -> None:
    release = loads(_v1(["heading", "paragraph", "quote"], ["heading", "paragraph", "quote"]))
    assert [b.id for b in release.content["zh-TW"].body] == ["zh-1", "zh-2", "zh-3"]
    assert [b.id for b in release.content["en"].body] == ["en-1", "en-2", "en-3"]
    assert release.pairs is not None
    assert [(p.zh, p.en) for p in release.pairs.body] == [("zh-1", "en-1"), ("zh-2", "en-2"), ("zh-3", "en-3")]
    assert {s.state for s in pair_statuses(release)} == {State.UNCONFIRMED}  # in sync only when a person says so
    confirm_all(release)
    assert {s.state for s in pair_statuses(release)} == {State.IN_SYNC}
    assert loads(dumps(release)) == release


def test_version_1_with_different_block_kinds_is_left_unpaired() -> None:
    release = loads(_v1(["heading", "paragraph"], ["paragraph", "paragraph"]))
    assert release.pairs is not None
    assert release.pairs.body == []
    body = [s for s in pair_statuses(release) if s.is_body]
    assert len(body) == 4
    assert {s.state for s in body} == {State.UNPAIRED}


def test_the_migration_is_one_self_contained_step() -> None:
    assert SCHEMA_VERSION >= 2
    assert 1 in MIGRATIONS
    document = json.loads(_v1(["paragraph"], ["paragraph"]))
    upgraded = MIGRATIONS[1](document)
    assert upgraded["release"]["pairs"] == {"fields": {}, "body": [{"zh-TW": "zh-1", "en": "en-1"}]}
    for step in range(2, SCHEMA_VERSION):  # later steps chain after it without changing what it did
        upgraded = MIGRATIONS[step](upgraded)
    assert upgraded["release"]["pairs"] == {"fields": {}, "body": [{"zh-TW": "zh-1", "en": "en-1"}]}
    schema = json.loads((ROOT / "resources/schema/release.schema.json").read_bytes())
    upgraded["schema"] = SCHEMA_VERSION
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(upgraded))


def test_samples_are_fully_paired_and_in_sync() -> None:
    for name in ("announcement", "long-report"):
        release = load_sample(name)
        statuses = pair_statuses(release)
        assert statuses, name
        assert {s.state for s in statuses} == {State.IN_SYNC}, name
        assert json.loads(sample_path(name).read_bytes())["schema"] == SCHEMA_VERSION


def _sample_document() -> dict:
    return json.loads(sample_path("announcement").read_bytes())


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["release"]["content"]["en"]["body"][1].update(id="en-1"), "body[1].id: duplicate block id 'en-1'"),
        (lambda d: d["release"]["pairs"]["body"][0].update({"en": "nope"}), "pairs.body[0].en: no en body block"),
        (lambda d: d["release"]["pairs"]["body"][1].update({"zh-TW": "zh-1"}), "is in two pairs"),
        (lambda d: d["release"]["pairs"]["fields"].update(colour={}), "unknown pair 'colour'"),
        (lambda d: d["release"]["pairs"]["fields"].update({"alt:ghost": {}}), "no image 'ghost'"),
        (lambda d: d["release"]["pairs"]["body"][0].update(extra=1), "unknown field 'extra'"),
        (lambda d: d["release"]["pairs"]["body"][0]["confirmed"]["en"].pop("text"), "confirmed.en.text: is missing"),
    ],
)
def test_bad_pair_data_is_one_line(tmp_path: Path, change, expected: str) -> None:
    document = _sample_document()
    change(document)
    with pytest.raises(ReleaseFileError) as caught:
        loads(json.dumps(document, ensure_ascii=False).encode(), tmp_path / "bad.rdrelease")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_writing_leaves_out_pairs_whose_language_is_gone() -> None:
    release = load_sample("announcement")
    del release.content["en"]
    document = json.loads(dumps(release))
    assert document["release"]["pairs"]["body"] == []
    assert loads(dumps(release)).pairs is not None

"""The loader either loads or raises ReleaseFileError naming the file; it never changes anything on disk."""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, load_release, loads, save_release
from releasedesk.fileformat.migrations import SCHEMA_VERSION
from releasedesk.model import Bilingual, Contact, LanguageContent, Paragraph, Release
from releasedesk.model.richtext import text

if TYPE_CHECKING:
    from pathlib import Path


def _release() -> Release:
    return Release(
        agency=Bilingual("測試部", "Ministry of Tests"),
        number="115-7",
        content={"zh-TW": LanguageContent("標題", body=[Paragraph((text("內文"),))]), "en": LanguageContent("Title")},
        contacts=[Contact(name=Bilingual("王小明", "Wang"))],
    )


GOOD = dumps(_release())
_SCHEMA = f'"schema": {SCHEMA_VERSION}'.encode()
assert _SCHEMA in GOOD


def _load_bytes(tmp_path: Path, data: bytes) -> Release:
    path = tmp_path / "bad.rdrelease"
    path.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    try:
        return load_release(path)
    finally:
        assert path.read_bytes() == data
        assert sorted(p.name for p in tmp_path.iterdir()) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, len(GOOD) - 2))
def test_truncated_files_give_one_clear_error(tmp_path: Path, cut: int) -> None:
    data = GOOD[:cut]
    assume(data.strip() != GOOD.strip())
    with pytest.raises(ReleaseFileError) as caught:
        _load_bytes(tmp_path, data)
    assert "bad.rdrelease" in str(caught.value)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_files_load_or_raise_our_error(tmp_path: Path, data: st.DataObject) -> None:
    mutated = bytearray(GOOD)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        mutated[position] = data.draw(st.integers(0, 255))
    with contextlib.suppress(ReleaseFileError):
        _load_bytes(tmp_path, bytes(mutated))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_load_or_raise_our_error(tmp_path: Path, blob: bytes) -> None:
    with contextlib.suppress(ReleaseFileError):
        _load_bytes(tmp_path, blob)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_structurally_wrong_documents_raise_our_error(data: st.DataObject) -> None:
    """Replace one value anywhere in a valid document with arbitrary JSON."""
    document = json.loads(GOOD)
    node = document
    while isinstance(node, dict | list) and node:
        keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        if data.draw(st.booleans()) or not isinstance(node[key], dict | list) or not node[key]:
            node[key] = data.draw(json_values)
            break
        node = node[key]
    with contextlib.suppress(ReleaseFileError):
        loads(json.dumps(document).encode())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a ReleaseDesk release file"),
        (b'{"format": "something-else", "schema": 1}', "not a ReleaseDesk release file"),
        (GOOD[: len(GOOD) // 2], "truncated"),
        (GOOD.replace(_SCHEMA, b'"schema": "one"'), "schema version"),
        (GOOD.replace(_SCHEMA, b'"schema": 0'), "not a known"),
        (GOOD.replace(b'"status": "draft"', b'"status": "published"'), "release.status: unknown status"),
        (GOOD.replace(b'"tz": "Asia/Taipei"', b'"tz": "Mars/Olympus"'), "unknown time zone"),
        (GOOD.replace(b'"number": "115-7"', b'"number": 7'), "release.number: expected text, found a whole number"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (GOOD.replace(b'"number": "115-7"', b'"number": "115-7", "colour": "red"'), "unknown field 'colour'"),
        (GOOD.replace(b'"generator"', b'"extra": 1, "generator"'), "unknown top-level field 'extra'"),
    ],
)
def test_each_problem_is_named(tmp_path: Path, data: bytes, expected: str) -> None:
    with pytest.raises(ReleaseFileError) as caught:
        _load_bytes(tmp_path, data)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(str(tmp_path / "bad.rdrelease"))
    assert "\n" not in message


def test_newer_version_says_update(tmp_path: Path) -> None:
    newer = GOOD.replace(_SCHEMA, f'"schema": {SCHEMA_VERSION + 1}'.encode())
    with pytest.raises(ReleaseFileError, match=r"newer ReleaseDesk.*please update"):
        _load_bytes(tmp_path, newer)


def test_deeply_nested_release_is_our_error(tmp_path: Path) -> None:
    nested = b'{"format": "releasedesk-release", "schema": 1, "release": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001
    with pytest.raises(ReleaseFileError, match="nested too deeply"):
        _load_bytes(tmp_path, nested)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ReleaseFileError, match="no such file"):
        load_release(tmp_path / "missing.rdrelease")
    with pytest.raises(ReleaseFileError, match="folder"):
        load_release(tmp_path)
    if os.geteuid() != 0:  # root reads everything
        path = tmp_path / "locked.rdrelease"
        path.write_bytes(GOOD)
        path.chmod(0)
        with pytest.raises(ReleaseFileError, match="permission"):
            load_release(path)


def test_unwritable_target_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(_release(), path)
    before = path.read_bytes()
    with pytest.raises(ReleaseFileError, match="folder does not exist"):
        save_release(_release(), tmp_path / "nope" / "r.rdrelease")
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(ReleaseFileError):
        save_release(_release(), blocker / "r.rdrelease")
    assert path.read_bytes() == before


def test_migrations_run_in_order_and_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration chain: an older document is upgraded step by step, then validated like any other."""
    from releasedesk.fileformat import migrations

    steps: list[int] = []

    def rename_headline(document: dict) -> dict:
        steps.append(SCHEMA_VERSION)
        for content in document["release"]["content"].values():
            content["headline"] = content.pop("title")
        return document

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {SCHEMA_VERSION: rename_headline})
    old = json.loads(GOOD)
    for content in old["release"]["content"].values():
        content["title"] = content.pop("headline")
    assert loads(json.dumps(old).encode()).content["zh-TW"].headline == "標題"
    assert steps == [SCHEMA_VERSION]

"""Schema 2: approval records in the file; duplicate keys refused; version-1 'approved' is not an approval."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from releasedesk.approval import Standing, approval_state, workflow
from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, loads
from releasedesk.fileformat.migrations import SCHEMA_VERSION
from releasedesk.model.history import EventKind
from releasedesk.model.release import Image, Status
from releasedesk.samples import load_sample

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "release.schema.json").read_text(encoding="utf-8"))


def _approved_bytes() -> bytes:
    release = load_sample("announcement")
    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明")
    return dumps(release)


def test_duplicate_keys_are_refused() -> None:
    data = dumps(load_sample("announcement")).replace(b'"status": "draft"', b'"status": "draft", "status": "approved"')
    with pytest.raises(ReleaseFileError, match="'status' appears twice"):
        loads(data, "x.rdrelease")


def test_duplicate_keys_anywhere_are_refused() -> None:
    data = _approved_bytes().replace(b'"event": "approved"', b'"event": "submitted", "event": "approved"')
    with pytest.raises(ReleaseFileError, match="'event' appears twice"):
        loads(data)


def test_history_round_trips_and_validates_against_the_schema() -> None:
    data = _approved_bytes()
    document = json.loads(data)
    assert document["schema"] == SCHEMA_VERSION
    assert [e["event"] for e in document["history"]["events"]] == ["submitted", "approved"]
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    release = loads(data)
    assert approval_state(release).approved
    assert dumps(release) == data


def test_images_are_stored_once() -> None:
    data = _approved_bytes()
    document = json.loads(data)
    assert document["history"]["images"] == {}  # the release still has those bytes: not stored twice
    assert data.count(document["release"]["images"][1]["data"].encode()) == 1
    release = loads(data)
    old = release.images[1]
    release.images[1] = Image(old.id, old.mime_type, b"\x89PNG other bytes", old.alt)
    again = json.loads(dumps(release))
    assert list(again["history"]["images"])
    assert len(again["history"]["images"]) == 1
    reloaded = loads(dumps(release))
    assert approval_state(reloaded).standing == Standing.CHANGED
    assert old.data in reloaded.history.images.values()


@pytest.mark.parametrize(
    ("find", "put"),
    [
        (b"Digital Companion", b"Digital Compa\\u00f1ero"),  # body text, and every snapshot (a replace-all)
        (b'"number": "MODS-2026-1124-01"', b'"number": "MODS-2026-1124-02"'),
        (b'"local": "2026-11-24T10:00:00"', b'"local": "2026-11-25T10:00:00"'),
        (b'"print_mobile": false', b'"print_mobile": true'),
    ],
)
def test_edits_by_hand_in_the_json_end_the_approval(find: bytes, put: bytes) -> None:
    data = _approved_bytes()
    assert find in data
    release = loads(data.replace(find, put))
    state = approval_state(release)
    assert state.standing == Standing.CHANGED, state.reason


def test_a_hand_edited_snapshot_is_kept_and_flagged() -> None:
    data = _approved_bytes()
    release = loads(data.replace(b"Digital Companion", b"Digital Sidekick"))
    assert approval_state(release).standing == Standing.CHANGED
    assert release.history.damaged  # the snapshots no longer match their fingerprints
    assert b"Digital Sidekick" in dumps(release)  # nothing dropped


def test_hand_typed_approved_in_the_json_is_not_approved() -> None:
    data = dumps(load_sample("announcement")).replace(b'"status": "draft"', b'"status": "approved"')
    release = loads(data)
    assert release.status == Status.APPROVED
    state = approval_state(release)
    assert not state.approved
    assert "without an approval record" in state.reason


def _version_1(data: bytes) -> bytes:
    document = json.loads(data)
    document["schema"] = 1
    document.pop("history", None)
    return json.dumps(document, ensure_ascii=False).encode()


def test_version_1_approved_migrates_to_approve_again() -> None:
    old = _version_1(dumps(load_sample("announcement"))).replace(b'"status": "draft"', b'"status": "approved"')
    release = loads(old)
    state = approval_state(release)
    assert state.standing == Standing.LEGACY
    assert not state.approved
    assert state.reason == "not approved: approved before approvals were recorded — approve again"
    assert release.status == Status.DRAFT
    assert [e.kind for e in release.history.events] == [EventKind.LEGACY_APPROVED]
    assert loads(dumps(release)) == release  # saved as schema 2, still "approve again"
    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明")
    assert approval_state(release).approved


def test_version_1_draft_migrates_without_history() -> None:
    release = loads(_version_1(dumps(load_sample("announcement"))))
    assert release.history.events == []
    assert approval_state(release).standing == Standing.DRAFT


def test_history_problems_are_one_line() -> None:
    data = _approved_bytes()
    bad = data.replace(b'"event": "approved"', b'"event": "blessed"')
    with pytest.raises(ReleaseFileError, match=r"history.events\[1\].event: unknown event 'blessed'"):
        loads(bad)
    document = json.loads(data)
    document["history"]["events"][1]["fingerprint"] = "sha256:" + "0" * 64
    with pytest.raises(ReleaseFileError, match="no snapshot of this content"):
        loads(json.dumps(document).encode())


def test_a_version_1_file_cannot_bring_a_history() -> None:
    old = json.loads(_version_1(dumps(load_sample("announcement"))))
    old["history"] = json.loads(_approved_bytes())["history"]
    with pytest.raises(ReleaseFileError, match="unknown top-level field 'history'"):
        loads(json.dumps(old).encode())

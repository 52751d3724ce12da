"""`directory_uid` on a contact: optional (older files load unchanged), written only when set, in the schema."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, loads
from releasedesk.fileformat.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "announcement.rdrelease"
UID = "6f1c7c2e-2c7e-4f63-9a55-0f7c2f0b8e11"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads((ROOT / "resources/schema/release.schema.json").read_bytes()))


def test_a_file_without_it_loads_and_saves_byte_for_byte() -> None:
    data = SAMPLE.read_bytes()
    assert b"directory_uid" not in data
    release = loads(data)
    assert release.contacts
    assert all(contact.directory_uid is None for contact in release.contacts)
    assert dumps(release) == data  # what an older ReleaseDesk wrote, and can still read


def test_written_when_set_and_read_back(validator: jsonschema.Draft202012Validator) -> None:
    release = loads(SAMPLE.read_bytes())
    release.contacts[1] = replace(release.contacts[1], directory_id=12, directory_uid=UID)
    data = dumps(release)
    document = json.loads(data)
    contacts = document["release"]["contacts"]
    assert contacts[1]["directory_uid"] == UID
    assert "directory_uid" not in contacts[0]
    assert document["schema"] == SCHEMA_VERSION
    assert not list(validator.iter_errors(document))
    assert loads(data) == release


def test_wrong_type_is_named(tmp_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    document = json.loads(SAMPLE.read_bytes())
    document["release"]["contacts"][0]["directory_uid"] = 7
    assert list(validator.iter_errors(document))
    with pytest.raises(ReleaseFileError, match=r"release\.contacts\[0\]\.directory_uid: expected text"):
        loads(json.dumps(document).encode(), tmp_path / "bad.rdrelease")

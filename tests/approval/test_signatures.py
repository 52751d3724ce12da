"""Signatures: valid ones verify; forged, foreign-content, renamed and untrusted ones are reported as such."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from releasedesk.approval import Standing, approval_state, signing
from releasedesk.approval.verify import verify
from releasedesk.fileformat import dumps, loads
from releasedesk.model.history import Signature
from releasedesk.samples import load_sample

from .conftest import make_approved

if TYPE_CHECKING:
    from releasedesk.model.release import Release


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name in ("王小明", "Mallory"):
        path = tmp_path / f"{name}.key"
        signing.new_key_pair(name, path)
        out[name] = path
    return out


def _signed(keys: dict[str, Path], who: str = "王小明") -> Release:
    return make_approved(load_sample("announcement"), key=signing.load_private_key(keys[who]))


def test_key_files_private_0600_public_one_line(tmp_path: Path, keys: dict[str, Path]) -> None:
    private = keys["王小明"]
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert private.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    public = signing.parse_public_line(Path(f"{private}.pub").read_text(encoding="utf-8"), "pub")
    assert public.name == "王小明"
    assert public.id.startswith("ed25519:")
    with pytest.raises(signing.KeyFileError, match="already exists"):
        signing.new_key_pair("王小明", private)


def test_passphrase_protects_the_private_key(tmp_path: Path) -> None:
    path = tmp_path / "locked.key"
    signing.new_key_pair("王小明", path, passphrase="correct horse")
    assert b"ENCRYPTED" in path.read_bytes()
    with pytest.raises(signing.KeyFileError, match="protected by a passphrase"):
        signing.load_private_key(path)
    with pytest.raises(signing.KeyFileError, match="wrong passphrase"):
        signing.load_private_key(path, "wrong")
    assert signing.load_private_key(path, "correct horse") is not None


def test_a_valid_trusted_signature_verifies_after_a_round_trip(keys: dict[str, Path]) -> None:
    release = loads(dumps(_signed(keys)))
    trusted = signing.load_trusted(Path(f"{keys['王小明']}.pub"))
    verdict = verify(release, trusted)
    assert verdict.ok, verdict.reason
    assert "a trusted key" in verdict.reason


def test_untrusted_key_is_reported(keys: dict[str, Path]) -> None:
    release = _signed(keys)
    mallory_only = signing.load_trusted(Path(f"{keys['Mallory']}.pub"))
    verdict = verify(release, mallory_only)
    assert not verdict.ok
    assert "untrusted key" in verdict.reason


def test_unsigned_is_refused_when_trust_is_asked(keys: dict[str, Path]) -> None:
    release = make_approved(load_sample("announcement"))
    verdict = verify(release, signing.load_trusted(Path(f"{keys['王小明']}.pub")))
    assert not verdict.ok
    assert verdict.reason.startswith("not signed")
    assert not verify(release, None, require_signature=True).ok
    assert verify(release, None).ok  # without a trust policy an unsigned approval is an approval


def test_someone_elses_key_under_my_name_is_reported(keys: dict[str, Path]) -> None:
    """Mallory signs with her own (trusted) key but records the approval as 王小明's."""
    release = load_sample("announcement")
    from releasedesk.approval import workflow

    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明", key=signing.load_private_key(keys["Mallory"]))
    trusted = signing.load_trusted(Path(f"{keys['王小明']}.pub")) + signing.load_trusted(Path(f"{keys['Mallory']}.pub"))
    verdict = verify(release, trusted)
    assert not verdict.ok
    assert "signed with Mallory's key but recorded as approved by 王小明" in verdict.reason


def _with_signature(release: Release, **changes: str) -> Release:
    event = release.history.events[-1]
    assert event.signature is not None
    forged = dataclasses.replace(event, signature=dataclasses.replace(event.signature, **changes))
    release.history.events[-1] = forged
    return release


def test_forged_signature_is_reported(keys: dict[str, Path]) -> None:
    release = _signed(keys)
    value = release.history.events[-1].signature.value  # type: ignore[union-attr]
    flipped = ("B" if value[0] == "A" else "A") + value[1:]
    state = approval_state(_with_signature(release, value=flipped))
    assert state.standing == Standing.BAD_SIGNATURE
    assert not state.approved
    assert "bad signature" in state.reason


def test_signature_over_other_content_is_reported(keys: dict[str, Path]) -> None:
    """Someone edits the text *and* rewrites the recorded fingerprint to match: the signature no longer fits."""
    release = _signed(keys)
    release.content["en"].headline = "Fares rise 50%"
    from releasedesk.approval import fingerprint

    event = release.history.events[-1]
    release.history.events[-1] = dataclasses.replace(event, fingerprint=fingerprint(release))
    state = approval_state(release)
    assert state.standing == Standing.BAD_SIGNATURE
    assert "over other content" in state.reason


def test_approver_or_time_rewritten_breaks_the_signature(keys: dict[str, Path]) -> None:
    release = _signed(keys)
    event = release.history.events[-1]
    release.history.events[-1] = dataclasses.replace(event, by="Somebody Else")
    assert approval_state(release).standing == Standing.BAD_SIGNATURE


def test_swapped_in_public_key_is_reported(keys: dict[str, Path]) -> None:
    release = _signed(keys)
    mallory = signing.load_trusted(Path(f"{keys['Mallory']}.pub"))[0]
    import base64

    state = approval_state(_with_signature(release, public_key=base64.b64encode(mallory.raw).decode()))
    assert state.standing == Standing.BAD_SIGNATURE
    assert "key id does not match" in state.reason


def test_damaged_signature_is_one_line(keys: dict[str, Path]) -> None:
    release = _signed(keys)
    event = release.history.events[-1]
    release.history.events[-1] = dataclasses.replace(event, signature=Signature("ed25519:00", "!!", "!!"))
    assert "damaged" in approval_state(release).reason

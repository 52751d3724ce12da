"""Ed25519 approval signatures: key files, the office's trusted-key list, signing and checking.

A signature covers the fingerprint, the approver's name and the time (and the key id), in canonical bytes, so
none of them can be changed without the private key. Trust is a separate question: a valid signature by a key
that is not in the office's list proves only that *someone* signed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from releasedesk.approval.canonical import canonical_bytes
from releasedesk.errors import ReleaseDeskError
from releasedesk.model.history import Event, Signature

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

PUBLIC_KEY_TAG = "releasedesk-ed25519"
PURPOSE = "releasedesk-approval-1"


class KeyFileError(ReleaseDeskError):
    """A key file cannot be read, written or unlocked; one line that names it."""


def key_id(raw_public: bytes) -> str:
    """`ed25519:` + the first 16 hex digits of SHA-256 over the raw public key: short, and enough to tell keys apart."""
    return "ed25519:" + hashlib.sha256(raw_public).hexdigest()[:16]


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class PublicKey:
    """A trusted approver's Ed25519 public key and the name it was issued for."""

    raw: bytes
    name: str

    @property
    def id(self) -> str:
        return key_id(self.raw)

    def line(self) -> str:
        """`releasedesk-ed25519 <base64> <name>`: one line, like an OpenSSH public key, to paste into the list."""
        return f"{PUBLIC_KEY_TAG} {base64.b64encode(self.raw).decode('ascii')} {self.name}"


def parse_public_line(line: str, where: str) -> PublicKey:
    """A key from one line of a trusted-keys file; KeyFileError naming `where` when the line is not one."""
    parts = line.strip().split(maxsplit=2)
    if len(parts) < 2 or parts[0] != PUBLIC_KEY_TAG:
        raise KeyFileError(f"{where}: not a ReleaseDesk public key (expected '{PUBLIC_KEY_TAG} KEY NAME')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except binascii.Error:
        raise KeyFileError(f"{where}: the key is not valid base64") from None
    if len(raw) != 32:
        raise KeyFileError(f"{where}: not an Ed25519 public key ({len(raw)} bytes, expected 32)")
    return PublicKey(raw, parts[2].strip() if len(parts) > 2 else "")


def _write_private(path: Path, data: bytes) -> None:
    """Mode 0600 from the first byte on (never readable by others, not even briefly), then renamed into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def new_key_pair(name: str, out: Path, passphrase: str | None = None, *, force: bool = False) -> PublicKey:
    """Write `out` (private key, PKCS#8 PEM, mode 0600, encrypted when a passphrase is given) and `out.pub`."""
    if not name.strip():
        raise KeyFileError("a key needs the approver's name (--name)")
    pub_path = out.with_name(out.name + ".pub")
    if not force and (out.exists() or pub_path.exists()):
        raise KeyFileError(f"{out}: already exists; not overwriting a key")
    private = Ed25519PrivateKey.generate()
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public = PublicKey(_raw(private.public_key()), name.strip())
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _write_private(out, pem)
        pub_path.write_text(public.line() + "\n", encoding="utf-8")
    except OSError as error:
        raise KeyFileError(f"{out}: cannot write the key ({error.strerror or error})") from None
    return public


def load_private_key(path: Path, passphrase: str | None = None) -> Ed25519PrivateKey:
    """The approver's private key from its file; KeyFileError (one line) when it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KeyFileError(f"{path}: cannot read the key ({error.strerror or error})") from None
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8") if passphrase else None)
    except TypeError:
        raise KeyFileError(
            f"{path}: the key is protected by a passphrase"
            if not passphrase
            else f"{path}: not protected by a passphrase"
        ) from None
    except ValueError:
        reason = "wrong passphrase or not a private key" if passphrase else "not a private key"
        raise KeyFileError(f"{path}: {reason}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 key")
    return key


def load_trusted(path: Path) -> list[PublicKey]:
    """The office's list: one public-key line per trusted approver; blank lines and `#` comments are ignored."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError(
            f"{path}: cannot read the trusted keys ({getattr(error, 'strerror', None) or error})"
        ) from None
    keys = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            keys.append(parse_public_line(line, f"{path}:{number}"))
    return keys


def _message(fingerprint: str, by: str, at: datetime, signer: str) -> bytes:
    return canonical_bytes(
        {"purpose": PURPOSE, "fingerprint": fingerprint, "by": by, "at": at.isoformat(), "key_id": signer}
    )


def sign(private: Ed25519PrivateKey, fingerprint: str, by: str, at: datetime) -> Signature:
    """The approver's signature over the content fingerprint, the name and the time."""
    raw = _raw(private.public_key())
    signer = key_id(raw)
    value = private.sign(_message(fingerprint, by, at, signer))
    return Signature(signer, base64.b64encode(raw).decode("ascii"), base64.b64encode(value).decode("ascii"))


def signature_problem(event: Event) -> str | None:
    """None when the event's signature is mathematically valid for its fingerprint, approver and time."""
    signature = event.signature
    if signature is None:
        return "not signed"
    try:
        raw = base64.b64decode(signature.public_key, validate=True)
        value = base64.b64decode(signature.value, validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        return "bad signature (damaged key or signature)"
    if key_id(raw) != signature.key_id:
        return "bad signature (the key id does not match the key)"
    try:
        public.verify(value, _message(event.fingerprint, event.by, event.at, signature.key_id))
    except InvalidSignature:
        return "bad signature (forged, or over other content, approver or time)"
    return None


def trust_problem(event: Event, trusted: list[PublicKey]) -> str | None:
    """None when the (valid) signature is by a key in the office's list, listed under the approver's name."""
    signature = event.signature
    if signature is None:
        return "not signed"
    match = next((key for key in trusted if key.id == signature.key_id), None)
    if match is None:
        return f"signed by an untrusted key {signature.key_id}"
    if base64.b64encode(match.raw).decode("ascii") != signature.public_key:
        return f"bad signature (key {signature.key_id} is not the trusted one)"
    if match.name and match.name != event.by:
        return f"signed with {match.name}'s key but recorded as approved by {event.by}"
    return None

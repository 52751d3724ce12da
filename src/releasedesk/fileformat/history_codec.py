"""The file's `history` object (schema 2+) <-> History: workflow events, content snapshots, snapshot images.

Snapshots are stored under their fingerprint and checked against it on reading: one edited by hand (a replace-all
in a text editor catches them too) is kept as written but marked damaged, so a comparison can say so. Image bytes
a snapshot needs are stored once: not at all when the current release still has the same bytes, otherwise once
under their SHA-256.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from releasedesk.approval.canonical import CANON, fingerprint_of, image_digest
from releasedesk.fileformat.json_reader import FormatProblem
from releasedesk.model.history import Event, EventKind, History, Signature

if TYPE_CHECKING:
    from releasedesk.model.release import Release

Json = dict[str, Any]
_FINGERPRINT = re.compile(r"sha256:[0-9a-f]{64}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def history_to_dict(release: Release) -> Json | None:
    """None when there is no history, so such files stay as small as before."""
    history = release.history
    if not history.events and not history.snapshots:
        return None
    current = {image_digest(image.data) for image in release.images}
    events = []
    for event in history.events:
        item: Json = {"event": event.kind.value, "by": event.by, "at": event.at.isoformat()}
        if event.fingerprint:
            item["fingerprint"] = event.fingerprint
        if event.note:
            item["note"] = event.note
        if event.signature is not None:
            sig = event.signature
            item["signature"] = {"key_id": sig.key_id, "public_key": sig.public_key, "value": sig.value}
        events.append(item)
    needed = {img["sha256"] for snap in history.snapshots.values() for img in snap.get("images", {}).values()}
    return {
        "events": events,
        "snapshots": dict(history.snapshots),
        "images": {
            digest: base64.b64encode(history.images[digest]).decode("ascii")
            for digest in sorted(needed - current)
            if digest in history.images
        },
    }


def _fail(where: str, problem: str) -> FormatProblem:
    return FormatProblem(where, problem)


def _text(item: Json, key: str, where: str, default: str | None = None) -> str:
    value = item.get(key, default)
    if not isinstance(value, str):
        raise _fail(f"{where}.{key}", "is missing" if value is None else "expected text")
    return value


def _event_in(item: object, where: str) -> Event:
    if not isinstance(item, dict):
        raise _fail(where, "expected an object")
    for key in item:
        if key not in ("event", "by", "at", "fingerprint", "note", "signature"):
            raise _fail(f"{where}.{key}", "unknown field (written by another program or version?)")
    try:
        kind = EventKind(_text(item, "event", where))
    except ValueError:
        raise _fail(f"{where}.event", f"unknown event {item['event']!r}") from None
    try:
        at = datetime.fromisoformat(_text(item, "at", where))
    except ValueError:
        raise _fail(f"{where}.at", "not a date-time") from None
    if at.tzinfo is None:
        raise _fail(f"{where}.at", "needs a UTC offset")
    digest = _text(item, "fingerprint", where, "")
    if kind != EventKind.LEGACY_APPROVED and not _FINGERPRINT.fullmatch(digest):
        raise _fail(f"{where}.fingerprint", "expected sha256: and 64 hex digits")
    signature = None
    if item.get("signature") is not None:
        sig = item["signature"]
        if not isinstance(sig, dict) or set(sig) != {"key_id", "public_key", "value"}:
            raise _fail(f"{where}.signature", "expected key_id, public_key and value")
        sw = f"{where}.signature"
        signature = Signature(_text(sig, "key_id", sw), _text(sig, "public_key", sw), _text(sig, "value", sw))
    return Event(kind, _text(item, "by", where), at, digest, _text(item, "note", where, ""), signature)


def history_from_dict(data: object, release: Release, where: str = "history") -> History:
    """The release's review history from its JSON; refuses malformed data, naming the place."""
    if data is None:
        return History()
    if not isinstance(data, dict):
        raise _fail(where, "expected an object")
    for key in data:
        if key not in ("events", "snapshots", "images"):
            raise _fail(f"{where}.{key}", "unknown field (written by another program or version?)")
    events_in, snapshots_in, images_in = data.get("events", []), data.get("snapshots", {}), data.get("images", {})
    if not isinstance(events_in, list) or not isinstance(snapshots_in, dict) or not isinstance(images_in, dict):
        raise _fail(where, "events must be a list, snapshots and images objects")
    events = [_event_in(item, f"{where}.events[{index}]") for index, item in enumerate(events_in)]
    snapshots: dict[str, Json] = {}
    damaged: set[str] = set()
    for digest, snapshot in snapshots_in.items():
        place = f"{where}.snapshots[{digest!r}]"
        if not isinstance(snapshot, dict) or snapshot.get("canon") != CANON:
            raise _fail(place, f"not a content snapshot ({CANON})")
        try:
            actual = fingerprint_of(snapshot)
        except TypeError as error:
            raise _fail(place, str(error)) from None
        if actual != digest:
            damaged.add(digest)  # kept as written (never lose data); the compare view says it was edited by hand
        snapshots[digest] = snapshot
    for index, event in enumerate(events):
        if event.fingerprint and event.fingerprint not in snapshots:
            raise _fail(f"{where}.events[{index}].fingerprint", "no snapshot of this content in the history")
    images = {image_digest(image.data): image.data for image in release.images}
    for digest, encoded in images_in.items():
        if not _DIGEST.fullmatch(digest) or not isinstance(encoded, str):
            raise _fail(f"{where}.images", "expected SHA-256 hex digests mapped to base64")
        try:
            data_bytes = base64.b64decode(encoded.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise _fail(f"{where}.images[{digest!r}]", "is not valid base64") from None
        if image_digest(data_bytes) != digest:
            raise _fail(f"{where}.images[{digest!r}]", "does not match its digest")
        images[digest] = data_bytes
    needed = {
        img.get("sha256") for snap in snapshots.values() for img in (snap.get("images") or {}).values()
        if isinstance(img, dict)
    }  # fmt: skip
    missing = sorted(str(digest) for digest in needed if digest not in images)
    if missing:
        raise _fail(f"{where}.images", f"a snapshot's image {missing[0][:12]}… is missing")
    kept = {digest: images[digest] for digest in needed if digest is not None}
    return History(events, snapshots, kept, damaged)

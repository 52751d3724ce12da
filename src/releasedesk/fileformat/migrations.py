"""Upgrading the dict of an older schema version to the current one, one version step at a time."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

Json = dict[str, Any]

SCHEMA_VERSION = 4
"""The version this build writes. Bump it with a new entry in MIGRATIONS whenever the layout changes."""


def _v1_to_v2(document: Json) -> Json:
    """Schema 2 (linked languages): body blocks get ids, and `release.pairs` links the two bodies.

    Blocks are numbered per language ("zh-1", "en-1", ...). When both bodies have the same sequence of block types
    they pair by position; otherwise they stay unpaired (each shows as "to translate"). No pair is confirmed: a
    file from before pairs starts "in sync" only when a person says so. Malformed parts are left for the reader to
    report. Self-contained on purpose: later steps chain after it and must not change what it does.
    """
    release = document.get("release")
    if not isinstance(release, dict):
        return document
    content = release.get("content")
    bodies: dict[str, list[Json]] = {}
    if isinstance(content, dict):
        for lang, prefix in (("zh-TW", "zh"), ("en", "en")):
            section = content.get(lang)
            body = section.get("body") if isinstance(section, dict) else None
            if not isinstance(body, list):
                continue
            for number, block in enumerate(body, start=1):
                if isinstance(block, dict):
                    block["id"] = f"{prefix}-{number}"
            bodies[lang] = body
    pairs: Json = {"fields": {}, "body": []}
    if len(bodies) == 2:
        zh, en = bodies["zh-TW"], bodies["en"]
        kinds = [[block.get("type") if isinstance(block, dict) else None for block in body] for body in (zh, en)]
        if kinds[0] == kinds[1] and None not in kinds[0]:
            pairs["body"] = [{"zh-TW": a["id"], "en": b["id"]} for a, b in zip(zh, en, strict=True)]
    release["pairs"] = pairs
    return document


def _approval_records(document: Json) -> Json:
    """Schema 3: add the top-level `history` (approval records).

    Before it, `status: approved` was one editable word with nothing behind it: such a file becomes "approved before
    approvals were recorded — approve again" (a LEGACY_APPROVED event and status draft), never a valid approval.
    """
    release = document.get("release")
    if isinstance(release, dict) and release.get("status") == "approved":
        moment = datetime.now().astimezone().replace(microsecond=0).isoformat()
        document["history"] = {"events": [{"event": "legacy_approved", "by": "", "at": moment}]}
        release["status"] = "draft"
    return document


def _tables(document: Json) -> Json:
    """Schema 4 adds the `table` body block; older files have none, so only the version number steps."""
    return document


MIGRATIONS: dict[int, Callable[[Json], Json]] = {1: _v1_to_v2, 2: _approval_records, 3: _tables}
"""`MIGRATIONS[n]` turns a version-n document into a version-(n+1) one."""

OLDEST_READABLE = 1


def migrate(document: Json, version: int) -> Json:
    """Apply each step from `version` up to SCHEMA_VERSION; the caller has checked the range."""
    for step in range(version, SCHEMA_VERSION):
        document = MIGRATIONS[step](document)
        document["schema"] = step + 1
    return document

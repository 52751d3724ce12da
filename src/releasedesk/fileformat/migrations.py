"""Upgrading the dict of an older schema version to the current one, one version step at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

Json = dict[str, Any]

SCHEMA_VERSION = 2
"""The version this build writes. Bump it with a new entry in MIGRATIONS whenever the layout changes."""


def _approval_records(document: Json) -> Json:
    """Add the top-level `history` (approval records, issue 10).

    Before it, `status: approved` was one editable word with nothing behind it: such a file becomes "approved before
    approvals were recorded — approve again" (a LEGACY_APPROVED event and status draft), never a valid approval.
    """
    release = document.get("release")
    if isinstance(release, dict) and release.get("status") == "approved":
        moment = datetime.now().astimezone().replace(microsecond=0).isoformat()
        document["history"] = {"events": [{"event": "legacy_approved", "by": "", "at": moment}]}
        release["status"] = "draft"
    return document


MIGRATIONS: dict[int, Callable[[Json], Json]] = {1: _approval_records}
"""`MIGRATIONS[n]` turns a version-n document into a version-(n+1) one."""

OLDEST_READABLE = 1


def migrate(document: Json, version: int) -> Json:
    """Apply each step from `version` up to SCHEMA_VERSION; the caller has checked the range."""
    for step in range(version, SCHEMA_VERSION):
        document = MIGRATIONS[step](document)
        document["schema"] = step + 1
    return document

"""Upgrading the dict of an older schema version to the current one, one version step at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Json = dict[str, Any]

SCHEMA_VERSION = 1
"""The version this build writes. Bump it with a new entry in MIGRATIONS whenever the layout changes."""

MIGRATIONS: dict[int, Callable[[Json], Json]] = {}
"""`MIGRATIONS[n]` turns a version-n document into a version-(n+1) one; the first format is 1, so none yet."""

OLDEST_READABLE = 1


def migrate(document: Json, version: int) -> Json:
    """Apply each step from `version` up to SCHEMA_VERSION; the caller has checked the range."""
    for step in range(version, SCHEMA_VERSION):
        document = MIGRATIONS[step](document)
        document["schema"] = step + 1
    return document

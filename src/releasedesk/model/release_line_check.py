"""The release line's sanity: an embargo already past, or one that lifts after the release's own date and time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

Warning = Literal["past", "after-release"]


def release_line_warnings(issued_at: datetime, embargo: datetime | None, now: datetime | None = None) -> list[Warning]:
    """What the form shows beside the fields at once (export preflight reports the past embargo again)."""
    if embargo is None:
        return []
    now = now or datetime.now(UTC)
    found: list[Warning] = []
    if embargo <= now:
        found.append("past")
    if embargo > issued_at:
        found.append("after-release")
    return found

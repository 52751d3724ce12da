"""Releases in each approval standing, made through the real workflow."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from releasedesk.approval import workflow
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.model.release import Release

TAIPEI = ZoneInfo("Asia/Taipei")
SUBMITTED_AT = datetime(2026, 11, 30, 11, 40, tzinfo=TAIPEI)
APPROVED_AT = datetime(2026, 11, 30, 14, 5, tzinfo=TAIPEI)


def make_approved(release: Release, **approve: object) -> Release:
    workflow.submit(release, "林美華", at=SUBMITTED_AT)
    workflow.approve(release, "王小明", at=APPROVED_AT, **approve)  # type: ignore[arg-type]
    return release


@pytest.fixture
def draft() -> Release:
    """Both languages, body of every block kind, contacts, images and a logo."""
    return load_sample("announcement")


@pytest.fixture
def approved(draft: Release) -> Release:
    return make_approved(draft)

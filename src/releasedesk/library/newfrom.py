"""Starting from an old release: a copy to edit, or parts of it (boilerplate, contacts) taken into another."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from releasedesk.model.release import LANGUAGES, Release, Status, now_in

if TYPE_CHECKING:
    from datetime import datetime


def new_from_release(source: Release, *, when: datetime | None = None) -> Release:
    """A copy to write the next release from: same agency, text, contacts and images; no number, a fresh date and
    time, no embargo, and back to draft (its approval belonged to the old one)."""
    release = copy.deepcopy(source)
    release.number = ""
    zone = getattr(source.issued_at.tzinfo, "key", "Asia/Taipei")
    release.issued_at = when or now_in(zone)
    release.embargo_until = None
    release.status = Status.DRAFT
    return release


def reuse_boilerplate(target: Release, source: Release) -> None:
    """Take the source's "about the agency" text, for each language both releases have."""
    for lang in LANGUAGES:
        if lang in target.content and lang in source.content:
            target.content[lang].boilerplate = source.content[lang].boilerplate


def reuse_contacts(target: Release, source: Release) -> None:
    """Replace the target's contact block with the source's."""
    target.contacts = copy.deepcopy(source.contacts)

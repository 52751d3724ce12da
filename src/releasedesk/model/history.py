"""A release's workflow history as plain values: who submitted, approved or returned it, and content snapshots.

The history travels inside the release file (like LibreOffice keeps versions inside a document). It says nothing
by itself: whether a release is approved is derived from it and the current content (releasedesk.approval.state).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime


class EventKind(StrEnum):
    """What happened to the release, as its history records it."""

    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    VERSION = "version"
    """An explicit "Save version"."""
    LEGACY_APPROVED = "legacy_approved"
    """A file from before approvals were recorded said `approved`: there is nothing to check it against."""


@dataclass(frozen=True)
class Signature:
    """An Ed25519 signature over fingerprint, approver and time (releasedesk.approval.signing)."""

    key_id: str
    public_key: str
    """The raw 32-byte public key, base64: enough to check the signature; trust comes from the office's list."""
    value: str
    """The 64-byte signature, base64."""


@dataclass(frozen=True)
class Event:
    """One step in the release's history: what, who, when, and the content fingerprint then."""

    kind: EventKind
    by: str
    at: datetime
    """Aware."""
    fingerprint: str = ""
    """`sha256:<hex>` of the content at the time; empty only for LEGACY_APPROVED."""
    note: str = ""
    signature: Signature | None = None


@dataclass
class History:
    """The release's review history and the content snapshots it refers to (for diffs between versions)."""

    events: list[Event] = field(default_factory=list)
    snapshots: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Canonical content (releasedesk.approval.canonical) by fingerprint: each version stored once."""
    images: dict[str, bytes] = field(default_factory=dict)
    """Image bytes by SHA-256 hex, for every image a snapshot refers to: each image stored once."""
    damaged: set[str] = field(default_factory=set)
    """Snapshots whose content no longer matches their fingerprint (edited by hand): shown with a warning."""

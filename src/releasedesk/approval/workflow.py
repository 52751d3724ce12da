"""The review workflow: draft → in review (submitted by someone) → approved, or returned with a note.

Each step appends an event to the release's history and keeps a snapshot of the content it concerns (images
stored once, by digest), so any two versions can be compared later. The person is the configured user name,
defaulting to the login name; the two-person rule (on by default) stops a submitter approving their own release.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import TYPE_CHECKING

from releasedesk.approval.canonical import canonical_content, fingerprint_of, image_digest
from releasedesk.approval.state import Standing, approval_state
from releasedesk.errors import ReleaseDeskError
from releasedesk.model.history import Event, EventKind, Signature
from releasedesk.model.release import Release, Status

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class WorkflowError(ReleaseDeskError):
    """A workflow step is not allowed now; the message says why."""


def default_user() -> str:
    """The login name: who is at the keyboard unless the office configured a display name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _same_person(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _record(
    release: Release, kind: EventKind, by: str, at: datetime | None, note: str = "", signature: Signature | None = None
) -> Event:
    if not by.strip():
        raise WorkflowError("who is doing this? (a user name is needed)")
    canonical = canonical_content(release)
    digest = fingerprint_of(canonical)
    history = release.history
    if digest not in history.snapshots or digest in history.damaged:
        history.snapshots[digest] = canonical
        history.damaged.discard(digest)
    for image in release.images:
        if image.id in canonical["images"]:
            history.images.setdefault(image_digest(image.data), image.data)
    event = Event(kind, by.strip(), at or _now(), digest, note.strip(), signature)
    history.events.append(event)
    return event


def submit(release: Release, by: str, *, note: str = "", at: datetime | None = None) -> Event:
    """Put the release in review; WorkflowError when it is approved or already in review unchanged."""
    state = approval_state(release)
    if state.standing == Standing.APPROVED:
        raise WorkflowError("already approved: nothing to submit")
    if state.standing == Standing.IN_REVIEW and state.event is not None and state.event.fingerprint == state.current:
        raise WorkflowError(f"already in review (submitted by {state.event.by})")
    event = _record(release, EventKind.SUBMITTED, by, at, note)
    release.status = Status.IN_REVIEW
    return event


def _submission(release: Release) -> Event:
    state = approval_state(release)
    if state.standing != Standing.IN_REVIEW or state.event is None:
        raise WorkflowError(f"not in review: submit it for review first ({state.reason})")
    if state.event.fingerprint != state.current:
        raise WorkflowError("the content changed after it was submitted: submit it again")
    return state.event


def approve(
    release: Release,
    by: str,
    *,
    note: str = "",
    key: Ed25519PrivateKey | None = None,
    two_person: bool = True,
    at: datetime | None = None,
) -> Event:
    """Approve exactly the submitted content; sign it when a key is given."""
    submitted = _submission(release)
    if two_person and _same_person(submitted.by, by):
        raise WorkflowError(f"two-person rule: {submitted.by} submitted it, so someone else must approve it")
    moment = at or _now()
    signature = None
    if key is not None:
        from releasedesk.approval.signing import sign

        signature = sign(key, submitted.fingerprint, by.strip(), moment)
    event = _record(release, EventKind.APPROVED, by, moment, note, signature)
    release.status = Status.APPROVED
    return event


def return_for_changes(release: Release, by: str, note: str, *, at: datetime | None = None) -> Event:
    """Send the release back to its author with a note saying what must change."""
    if not note.strip():
        raise WorkflowError("say what needs to change (a note is required to return a release)")
    _submission(release)
    event = _record(release, EventKind.RETURNED, by, at, note)
    release.status = Status.DRAFT
    return event


def save_version(release: Release, by: str, *, note: str = "", at: datetime | None = None) -> Event:
    """An explicit snapshot, outside the workflow (like File → Versions → Save New Version)."""
    return _record(release, EventKind.VERSION, by, at, note)

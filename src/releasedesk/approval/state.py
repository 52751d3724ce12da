"""Whether a release is approved: derived from its history and its current content, never read from a field.

A release is approved only while its latest workflow event is an approval whose fingerprint equals the current
content's (and whose signature, if any, is valid). Any edit breaks the match; undoing it restores the match.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from releasedesk.approval.canonical import fingerprint, short_fingerprint
from releasedesk.model.history import Event, EventKind
from releasedesk.model.release import Release, Status

WORKFLOW_EVENTS = (EventKind.SUBMITTED, EventKind.APPROVED, EventKind.RETURNED, EventKind.LEGACY_APPROVED)


class Standing(StrEnum):
    """Where a release stands in the review workflow, derived from its history and its current content."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    CHANGED = "changed_after_approval"
    LEGACY = "legacy_approved"
    """Marked approved in a file from before approvals were recorded: approve again."""
    BAD_SIGNATURE = "bad_signature"


WATERMARKS: dict[Standing, str | None] = {
    Standing.DRAFT: "DRAFT",
    Standing.RETURNED: "DRAFT",
    Standing.IN_REVIEW: "IN REVIEW",
    Standing.APPROVED: None,
    Standing.CHANGED: "CHANGED AFTER APPROVAL",
    Standing.LEGACY: "DRAFT",
    Standing.BAD_SIGNATURE: "DRAFT",
}


@dataclass(frozen=True)
class ApprovalState:
    """The standing of a release now, with the event and fingerprint it rests on."""

    standing: Standing
    current: str
    """The current content's fingerprint."""
    event: Event | None
    """The workflow event the standing comes from (the approval, for APPROVED and CHANGED)."""
    reason: str
    """One line a person can act on."""

    @property
    def approved(self) -> bool:
        return self.standing == Standing.APPROVED

    @property
    def watermark(self) -> str | None:
        return WATERMARKS[self.standing]

    @property
    def status(self) -> Status:
        """The workflow status this standing corresponds to (what the file's `status` field records)."""
        if self.standing == Standing.APPROVED:
            return Status.APPROVED
        return Status.IN_REVIEW if self.standing == Standing.IN_REVIEW else Status.DRAFT


def latest_workflow_event(release: Release) -> Event | None:
    """The newest workflow event (submitted, approved, returned), or None for a release never submitted."""
    return next((e for e in reversed(release.history.events) if e.kind in WORKFLOW_EVENTS), None)


def _when(event: Event) -> str:
    return event.at.strftime("%Y-%m-%d %H:%M %z")


def approval_state(release: Release, *, unapproved_fingerprint: bool = True) -> ApprovalState:
    """The release's standing, recomputed from its history and a fresh fingerprint (never stored).

    `unapproved_fingerprint=False`: leave `current` empty when no approval asks for it (the preview's drafts, where
    hashing the whole release was a tenth of the render); the standing is the same either way.
    """
    event = latest_workflow_event(release)
    needed = unapproved_fingerprint or (event is not None and event.kind == EventKind.APPROVED)
    current = fingerprint(release) if needed else ""
    if event is None:
        hand_set = release.status == Status.APPROVED
        reason = "no approval: marked approved without an approval record" if hand_set else "no approval (draft)"
        return ApprovalState(Standing.DRAFT, current, None, reason)
    who = f"{event.by}, {_when(event)}"
    if event.kind == EventKind.SUBMITTED:
        return ApprovalState(Standing.IN_REVIEW, current, event, f"not approved: in review (submitted by {who})")
    if event.kind == EventKind.RETURNED:
        note = f": {event.note}" if event.note else ""
        return ApprovalState(Standing.RETURNED, current, event, f"not approved: returned by {who}{note}")
    if event.kind == EventKind.LEGACY_APPROVED:
        reason = "not approved: approved before approvals were recorded — approve again"
        return ApprovalState(Standing.LEGACY, current, event, reason)
    if event.signature is not None:
        from releasedesk.approval.signing import signature_problem  # cryptography loads only for a signature

        problem = signature_problem(event)
        if problem is not None:
            return ApprovalState(Standing.BAD_SIGNATURE, current, event, f"not approved: {problem}")
    if event.fingerprint != current:
        reason = (
            f"changed after approval (approved by {who}, content {short_fingerprint(event.fingerprint)}; "
            f"now {short_fingerprint(current)})"
        )
        return ApprovalState(Standing.CHANGED, current, event, reason)
    signed = f", signed {event.signature.key_id}" if event.signature else ""
    return ApprovalState(Standing.APPROVED, current, event, f"approved by {who}{signed}")

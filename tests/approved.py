"""Give test releases a real standing: a typed `status` means nothing since approval is derived (docs/approval.md)."""

from __future__ import annotations

from releasedesk.approval import approval_state, workflow
from releasedesk.model.release import Release, Status


def approve(release: Release) -> Release:
    """Submitted and approved by two people, unless it already is approved."""
    if not approval_state(release).approved:
        workflow.submit(release, "test submitter")
        workflow.approve(release, "test approver")
    return release


def with_standing(release: Release, status: Status) -> Release:
    if status == Status.APPROVED:
        return approve(release)
    if status == Status.IN_REVIEW:
        workflow.submit(release, "test submitter")
    return release

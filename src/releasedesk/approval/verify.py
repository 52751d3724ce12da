"""Is this release validly approved — and, when the office asks, signed by a trusted approver? One line says why not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.approval.signing import PublicKey, trust_problem
from releasedesk.approval.state import ApprovalState, approval_state

if TYPE_CHECKING:
    from releasedesk.model.release import Release


@dataclass(frozen=True)
class Verdict:
    """Whether a release may be printed or published as approved, and why not."""

    ok: bool
    reason: str
    state: ApprovalState


def verify(release: Release, trusted: list[PublicKey] | None = None, *, require_signature: bool = False) -> Verdict:
    """A trusted-key list means trust is wanted: an unsigned approval then fails too."""
    state = approval_state(release)
    if not state.approved or state.event is None:
        return Verdict(False, state.reason, state)
    event = state.event
    if require_signature and trusted is None:
        return Verdict(False, "the office requires signatures but no trusted-key list is set", state)
    if event.signature is None and (require_signature or trusted is not None):
        return Verdict(
            False, f"not signed: approved by {event.by} without a signature, and a trusted one is required", state
        )
    if trusted is not None:
        problem = trust_problem(event, trusted)
        if problem is not None:
            return Verdict(False, f"not trusted: {problem}", state)
        return Verdict(True, f"{state.reason}, a trusted key", state)
    return Verdict(True, state.reason, state)

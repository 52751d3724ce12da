"""Approval you can trust: content fingerprint, derived approval state, workflow, signatures, versions, print log.

Qt-free. `cryptography` is imported only by `signing` (and where a signature is checked), not on import.
"""

from __future__ import annotations

from releasedesk.approval.canonical import canonical_content, fingerprint, short_fingerprint
from releasedesk.approval.state import ApprovalState, Standing, approval_state

__all__ = ["ApprovalState", "Standing", "approval_state", "canonical_content", "fingerprint", "short_fingerprint"]

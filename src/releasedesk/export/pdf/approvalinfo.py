"""The approval in the PDF's document information: custom keys a print station or a person can read back.

`/ReleaseDeskFingerprint` (`sha256:…`), `/ReleaseDeskStanding` always; `/ReleaseDeskApprover` and
`/ReleaseDeskApprovedAt` (ISO 8601) when approved. reportlab writes only the standard keys: the writer adds these
through rlfence.add_info_entries (the standard ones are written exactly as reportlab writes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.plan.approval import approval_properties

if TYPE_CHECKING:
    from releasedesk.export.plan.values import DocumentState


def approval_entries(state: DocumentState) -> dict[str, str]:
    """The custom info keys (without the leading slash): the names plan/approval.py gives every format."""
    return approval_properties(state)

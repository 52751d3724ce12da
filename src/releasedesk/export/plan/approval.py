"""The plan's approval values: the document state every writer shows and the stamp an approved copy carries.

Derived from the approval records (releasedesk.approval), never from the file's typed `status`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.approval.canonical import short_fingerprint
from releasedesk.export.plan.values import DocumentState

if TYPE_CHECKING:
    from collections.abc import Mapping

    from releasedesk.approval.state import ApprovalState
    from releasedesk.model.release import Lang, Release

STAMP_FORMAT: dict[Lang, str] = {
    "zh-TW": "核定 · {approver} · {time} · {fingerprint}",
    "en": "Approved · {approver} · {time} · {fingerprint}",
}
"""The default wording; a template may give its own with the same placeholders."""


def document_state(approval: ApprovalState) -> DocumentState:
    """What the exports show of the approval state (who approved, with the key when signed)."""
    event = approval.event if approval.approved else None
    approver = ""
    if event is not None:
        approver = event.by + (f" ({event.signature.key_id})" if event.signature else "")
    return DocumentState(
        approval.status,
        approval.watermark,
        standing=approval.standing.value,
        fingerprint=approval.current,
        approver=approver,
        approved_at=None if event is None else event.at,
    )


def approval_properties(state: DocumentState) -> dict[str, str]:
    """The approval as named text properties (DOCX custom properties, ODT user-defined meta), in a fixed order.

    `ReleaseDeskStanding` and `ReleaseDeskFingerprint` (of the exported content) always; `ReleaseDeskApprover` and
    `ReleaseDeskApprovedAt` (ISO 8601) on an approved copy. The PDF writes the same names as info keys.
    """
    properties = {"ReleaseDeskStanding": state.standing}
    if state.fingerprint:
        properties["ReleaseDeskFingerprint"] = state.fingerprint
    if state.approver:
        properties["ReleaseDeskApprover"] = state.approver
    if state.approved_at is not None:
        properties["ReleaseDeskApprovedAt"] = state.approved_at.isoformat()
    return properties


def stamp_text(approval: ApprovalState, lang: Lang, release: Release, formats: Mapping[Lang, str] | None) -> str:
    """`核定 · 王小明 · 2026-11-30 14:05 · 3f9a 12c0`, the time in the release's own zone; empty unless approved."""
    event = approval.event
    if not approval.approved or event is None:
        return ""
    zone = release.issued_at.tzinfo
    moment = event.at.astimezone(zone) if zone is not None else event.at
    wording = (formats or STAMP_FORMAT).get(lang, STAMP_FORMAT[lang])
    return wording.format(
        approver=event.by, time=moment.strftime("%Y-%m-%d %H:%M"), fingerprint=short_fingerprint(event.fingerprint)
    )

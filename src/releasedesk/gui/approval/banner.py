"""The banner over the form: who approved what and when, and — at once — when the content changed after that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from releasedesk.approval.canonical import canonical_content, short_fingerprint
from releasedesk.approval.compare import compare
from releasedesk.approval.state import ApprovalState, Standing
from releasedesk.gui.approval.places import place_label

if TYPE_CHECKING:
    from releasedesk.model.release import Release

_COLOURS = {
    Standing.APPROVED: ("#e7f5ea", "#1e6b34"),
    Standing.IN_REVIEW: ("#e8f0fb", "#1d4f91"),
    Standing.RETURNED: ("#fff6dc", "#7a5300"),
    Standing.CHANGED: ("#fde8e8", "#9b1c1c"),
    Standing.LEGACY: ("#fde8e8", "#9b1c1c"),
    Standing.BAD_SIGNATURE: ("#fde8e8", "#9b1c1c"),
}
MAX_PLACES = 4


class ApprovalBanner(QFrame):
    """The strip over the editor saying where the release stands in review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approval_banner")
        self.label = QLabel(self)
        self.label.setObjectName("approval_banner_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.station = QLabel(self)
        self.station.setObjectName("print_station_badge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.station)
        self.hide()

    def _when(self, state: ApprovalState) -> str:
        return "" if state.event is None else state.event.at.strftime("%Y-%m-%d %H:%M")

    def _changed_places(self, release: Release, state: ApprovalState) -> list[str]:
        event = state.event
        snapshot = None if event is None else release.history.snapshots.get(event.fingerprint)
        if snapshot is None:
            return []
        return [place_label(change.place) for change in compare(snapshot, canonical_content(release))]

    def text_for(self, release: Release, state: ApprovalState) -> str:
        event = state.event
        who = event.by if event is not None else ""
        when = self._when(state)
        if state.standing == Standing.APPROVED:
            assert event is not None
            signed = self.tr(", signed (%1)").replace("%1", event.signature.key_id) if event.signature else ""
            return (
                self.tr("Approved by %1 on %2 — content %3%4")
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", short_fingerprint(state.current))
                .replace("%4", signed)
            )
        if state.standing == Standing.CHANGED:
            places = self._changed_places(release, state)
            shown = self.tr(", ").join(places[:MAX_PLACES]) + (" …" if len(places) > MAX_PLACES else "")
            text = self.tr("Changed after approval: %1 approved this release on %2; it is no longer approved.")
            text = text.replace("%1", who).replace("%2", when)
            if shown:
                text += " " + self.tr("Changed: %1.").replace("%1", shown)
            return text + " " + self.tr("Undo the changes, or submit it for review again.")
        if state.standing == Standing.IN_REVIEW:
            return self.tr("In review: submitted by %1 on %2.").replace("%1", who).replace("%2", when)
        if state.standing == Standing.RETURNED:
            note = event.note if event is not None else ""
            return self.tr("Returned by %1 on %2: %3").replace("%1", who).replace("%2", when).replace("%3", note)
        if state.standing == Standing.LEGACY:
            return self.tr("Approved before approvals were recorded — approve again.")
        if state.standing == Standing.BAD_SIGNATURE:
            return self.tr("Not approved: the approval's signature does not check (%1).").replace("%1", state.reason)
        return ""

    def show_state(self, release: Release, state: ApprovalState, *, print_station: bool) -> None:
        text = self.text_for(release, state)
        self.station.setText(self.tr("Print station: read-only") if print_station else "")
        self.station.setVisible(print_station)
        if not text and not print_station:
            self.hide()
            return
        background, foreground = _COLOURS.get(state.standing, ("#f2f2f2", "#333333"))
        self.setStyleSheet(
            f"QFrame#approval_banner {{ background: {background}; border-bottom: 1px solid {foreground}; }}"
            f"QLabel {{ color: {foreground}; font-weight: bold; }}"
        )
        self.label.setText(text or self.tr("Draft: not approved."))
        self.show()

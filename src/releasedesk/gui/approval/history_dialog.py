"""Versions and compare: the file's history (who, when, what event) and any two versions side by side as marks."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from releasedesk.approval.canonical import canonical_content, short_fingerprint
from releasedesk.approval.compare import Change, compare
from releasedesk.gui.approval.places import place_label
from releasedesk.model.history import EventKind

if TYPE_CHECKING:
    from releasedesk.model.release import Release

CURRENT = 0


def changes_html(changes: list[Change], none_text: str) -> str:
    """Deletions struck through in red, insertions underlined in green: readable in print and for colour-blind eyes."""
    if not changes:
        return f"<p>{escape(none_text)}</p>"
    rows = []
    for change in changes:
        parts = []
        for op, text in change.segments:
            if op == "=":
                parts.append(escape(text))
            elif op == "-":
                parts.append(f'<s style="color:#b42318;background:#fde8e8">{escape(text)}</s>')
            else:
                parts.append(f'<u style="color:#1e6b34;background:#e7f5ea">{escape(text)}</u>')
        rows.append(f"<p><b>{escape(place_label(change.place))}</b><br>{''.join(parts)}</p>")
    return "".join(rows)


class HistoryDialog(QDialog):
    """The release's review history, with a diff between any two versions."""

    def __init__(self, release: Release, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Versions and compare"))
        self.release = release
        self.current = canonical_content(release)
        self._names = {
            EventKind.SUBMITTED: self.tr("Submitted for review"),
            EventKind.APPROVED: self.tr("Approved"),
            EventKind.RETURNED: self.tr("Returned for changes"),
            EventKind.VERSION: self.tr("Version saved"),
            EventKind.LEGACY_APPROVED: self.tr("Approved before approvals were recorded"),
        }
        self.versions = QTreeWidget(self)
        self.versions.setObjectName("versions")
        self.versions.setRootIsDecorated(False)
        self.versions.setHeaderLabels(
            [self.tr("#"), self.tr("When"), self.tr("Event"), self.tr("Who"), self.tr("Note")]
        )
        self.source, self.target = QComboBox(self), QComboBox(self)
        self.source.setObjectName("compare_from")
        self.target.setObjectName("compare_to")
        self.view = QTextBrowser(self)
        self.view.setObjectName("compare_view")
        self._fill()

        chooser = QWidget(self)
        grid = QGridLayout(chooser)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Compare &from:"), self, buddy=self.source), 0, 0)  # type: ignore[call-overload]  # Qt properties as keywords: PySide6 takes them, its stubs do not list them
        grid.addWidget(self.source, 0, 1)
        grid.addWidget(QLabel(self.tr("&to:"), self, buddy=self.target), 0, 2)  # type: ignore[call-overload]  # Qt properties as keywords: PySide6 takes them, its stubs do not list them
        grid.addWidget(self.target, 0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(chooser)
        lower_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.versions)
        splitter.addWidget(lower)
        splitter.setSizes([160, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)

        self.source.currentIndexChanged.connect(self.refresh)
        self.target.currentIndexChanged.connect(self.refresh)
        self.versions.currentItemChanged.connect(self._pick)
        self.refresh()

    def _fill(self) -> None:
        events = self.release.history.events
        approvals = [n for n, e in enumerate(events, 1) if e.kind == EventKind.APPROVED]
        with_content = [n for n, e in enumerate(events, 1) if e.fingerprint]
        for number, event in enumerate(events, 1):
            name = self._names[event.kind]
            when = event.at.strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([str(number), when, name, event.by, event.note])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            self.versions.addTopLevelItem(item)
            if event.fingerprint:
                label = f"{number} · {when} · {name} · {event.by} · {short_fingerprint(event.fingerprint)}"
                self.source.addItem(label, number)
                self.target.addItem(label, number)
        current = self.tr("Current content")
        self.source.addItem(current, CURRENT)
        self.target.addItem(current, CURRENT)
        for column in range(4):
            self.versions.resizeColumnToContents(column)
        start = approvals[-1] if approvals else (with_content[-1] if with_content else CURRENT)
        self.source.setCurrentIndex(self.source.findData(start))
        self.target.setCurrentIndex(self.target.findData(CURRENT))

    def content(self, number: int) -> dict[str, Any]:
        if number == CURRENT:
            return self.current
        return self.release.history.snapshots[self.release.history.events[number - 1].fingerprint]

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _pick(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        """Choosing a version in the list compares it with the current content."""
        if item is not None and (index := self.source.findData(item.data(0, Qt.ItemDataRole.UserRole))) >= 0:
            self.source.setCurrentIndex(index)

    def compare(self, source: int, target: int) -> list[Change]:
        self.source.setCurrentIndex(self.source.findData(source))
        self.target.setCurrentIndex(self.target.findData(target))
        return compare(self.content(source), self.content(target))

    @Slot()
    def refresh(self) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        if source is None or target is None:
            return
        changes = compare(self.content(source), self.content(target))
        warning = ""
        for number in (source, target):
            if number and self.release.history.events[number - 1].fingerprint in self.release.history.damaged:
                text = self.tr("Version %1 was edited by hand after it was recorded.").replace("%1", str(number))
                warning += f"<p style='color:#b42318'><b>{escape(text)}</b></p>"
        self.view.setHtml(warning + changes_html(changes, self.tr("No differences in what is printed.")))

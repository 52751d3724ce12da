"""The checks panel: every finding of the release in reading order; activating one jumps to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from releasedesk.gui.checks.labels import CheckLabels
from releasedesk.gui.checks.underline import COLOURS

if TYPE_CHECKING:
    from releasedesk.checks.findings import Finding, Location


@dataclass(frozen=True)
class Entry:
    """A finding and where to jump: the widget, and the offset of the finding's text inside it."""

    location: Location
    finding: Finding
    widget: QWidget
    base: int


class ChecksPanel(QWidget):
    """The checks dock: every finding in reading order; activating one jumps to it."""

    findingActivated = Signal(object)
    """An Entry the user activated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self.labels = CheckLabels(self)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checks_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.tree.setColumnWidth(0, 140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.entries: list[Entry] = []
        self.tree.itemActivated.connect(self._activated)
        self.set_entries([])

    def set_entries(self, entries: list[Entry]) -> None:
        if entries == self.entries and self.tree.topLevelItemCount() == len(entries):
            return
        self.entries = entries
        self.tree.clear()
        items = []
        for number, entry in enumerate(entries):
            item = QTreeWidgetItem([self.labels.place(entry.location), self.labels.problem(entry.finding)])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setForeground(1, QBrush(QColor(COLOURS.get(entry.finding.check, "#000000"))))
            item.setToolTip(1, entry.finding.message)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.summary.setText(self.tr("No findings.") if not entries else self.tr("%n finding(s)", "", len(entries)))

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.findingActivated.emit(self.entries[item.data(0, Qt.ItemDataRole.UserRole)])

""" "Show what changed" (the source's diff since confirmation) and the list of pairs needing work."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from releasedesk.gui.pairs.look import COLORS, PairLook
from releasedesk.pairs.diff import changed_excerpt, diff
from releasedesk.pairs.states import PairStatus, State, excerpt

if TYPE_CHECKING:
    from releasedesk.gui.pairs.tracker import PairTracker


def diff_html(old: str, new: str) -> str:
    """Removed text struck through on red, added text on green; the rest as it was."""
    out = []
    for piece in diff(old, new):
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.op == "delete":
            out.append(f'<span style="background:#ffd7d5; color:#a51d2d; text-decoration:line-through">{text}</span>')
        elif piece.op == "insert":
            out.append(f'<span style="background:#c8f0c8; color:#1c5f1c">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


class ChangesDialog(QDialog):
    """What changed in the changed side(s) of a pair since it was last confirmed, with the partner for reference."""

    def __init__(self, status: PairStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pair_changes_dialog")
        look = PairLook(self)
        self.setWindowTitle(self.tr("What changed — %1").replace("%1", look.place(status)))
        self.view = QTextBrowser(self)
        self.view.setObjectName("pair_changes")
        parts = []
        confirmed = status.confirmed
        for lang in ("zh-TW", "en"):
            now = status.text(lang)
            if confirmed is None:
                continue
            then = confirmed.zh if lang == "zh-TW" else confirmed.en
            title = look.language(lang)
            if lang in status.changed:
                label = self.tr("%1: changed since confirmed").replace("%1", title)
                parts.append(f"<h3>{html.escape(label)}</h3><p>{diff_html(then, now)}</p>")
            else:
                label = self.tr("%1: unchanged").replace("%1", title)
                parts.append(f"<h3>{html.escape(label)}</h3><p>{html.escape(now)}</p>")
        if confirmed is None:
            never = self.tr("This pair was never confirmed in sync, so there is nothing to compare with.")
            parts.append(f"<p>{html.escape(never)}</p>")
        self.view.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 420)


class PairListDialog(QDialog):
    """Every pair that needs work; choosing one goes to it, the buttons act on it."""

    goTo = Signal(object)
    """A PairStatus to show in the editors."""

    def __init__(self, tracker: PairTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pair_list_dialog")
        self.tracker = tracker
        self.look = PairLook(self)
        self.setWindowTitle(self.tr("Translation: pairs needing work"))
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("pair_list")
        self.list.itemActivated.connect(self._go)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.mark_button = QPushButton(self.tr("Mark in &sync"), self)
        self.minor_button = QPushButton(self.tr("&Minor edit"), self)
        self.changes_button = QPushButton(self.tr("Show what &changed"), self)
        self.all_button = QPushButton(self.tr("Mark &all in sync"), self)
        self.mark_button.clicked.connect(lambda: self._act(minor=False))
        self.minor_button.clicked.connect(lambda: self._act(minor=True))
        self.changes_button.clicked.connect(self._changes)
        self.all_button.clicked.connect(self._all)
        buttons = QHBoxLayout()
        for button in (self.mark_button, self.minor_button, self.changes_button, self.all_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        tracker.changed.connect(self.refresh)
        self.resize(720, 420)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        self.heading.setText(self.look.summary(self.tracker.counts()))
        for status in self.tracker.needing_work():
            side = status.needing_lang
            source = status.changed[0] if status.changed else ("en" if side == "zh-TW" else "zh-TW")
            shown = excerpt(status.text(source), 60)
            if status.changed and status.confirmed is not None:
                then = status.confirmed.zh if source == "zh-TW" else status.confirmed.en
                shown = changed_excerpt(then, status.text(source), 60)  # where the change is
            text = f"{self.look.place(status)} — {self.look.state_name(status.state)}: {shown}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, status)
            item.setForeground(COLORS[status.state])
            item.setToolTip(self.look.explanation(status))
            self.list.addItem(item)
        for status, warnings in self.tracker.pairs_with_figure_warnings():
            for warning in warnings:
                item = QListWidgetItem(f"{self.look.place(status)} — {self.look.mismatch(warning)}")
                item.setData(Qt.ItemDataRole.UserRole, status)
                item.setForeground(COLORS[State.OUT_OF_DATE])
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self._selection_changed(self.list.currentRow())

    def current(self) -> PairStatus | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @Slot(int)
    def _selection_changed(self, _row: int) -> None:
        status = self.current()
        self.mark_button.setEnabled(status is not None and status.needs_work and not status.empty)
        self.minor_button.setEnabled(status is not None and status.state == State.OUT_OF_DATE)
        self.changes_button.setEnabled(status is not None and status.confirmed is not None)
        self.all_button.setEnabled(any(not s.empty for s in self.tracker.needing_work()))

    @Slot(QListWidgetItem)
    def _go(self, item: QListWidgetItem) -> None:
        self.goTo.emit(item.data(Qt.ItemDataRole.UserRole))

    def _act(self, *, minor: bool) -> None:
        if (status := self.current()) is not None:
            self.tracker.mark(status, minor=minor)

    def _changes(self) -> None:
        if (status := self.current()) is not None:
            ChangesDialog(status, self).exec()

    def _all(self) -> None:
        self.tracker.mark_all()

"""Find and replace across the whole release: every form field, both headlines, bodies and boilerplates, and the
media contacts' text cells (through the contacts panel's API, so the release and the modified state follow)."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from releasedesk.gui.slots import command

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.contacts_panel import ContactsPanel

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


@dataclass
class ContactCell:
    """One text cell of the contacts table. A cell has no text selection of its own: `span` remembers the match."""

    panel: ContactsPanel
    row: int
    column: int
    span: tuple[int, int] | None = field(default=None, compare=False)

    def text(self) -> str:
        return self.panel.cell_text(self.row, self.column)


Target = TextWidget | ContactCell


def contact_cells(panel: ContactsPanel) -> list[ContactCell]:
    """The panel's text cells in reading order, as find/replace targets."""
    return [ContactCell(panel, row, column) for row, column in panel.text_cells()]


def _pattern(needle: str, case: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if case else re.IGNORECASE)


def _flags(case: bool) -> QTextDocument.FindFlag:
    return QTextDocument.FindFlag.FindCaseSensitively if case else QTextDocument.FindFlag(0)


def _line_find(edit: QLineEdit, needle: str, start: int, case: bool) -> int:
    haystack = edit.text() if case else edit.text().casefold()
    return haystack.find(needle if case else needle.casefold(), start)


def find_in(widget: Target, needle: str, start: int, case: bool) -> bool:
    """Select the first match at or after `start` in `widget`; False when there is none."""
    if isinstance(widget, ContactCell):
        match = _pattern(needle, case).search(widget.text(), start)
        if match is None:
            return False
        widget.span = match.span()
        widget.panel.show_cell(widget.row, widget.column)
        return True
    if isinstance(widget, QLineEdit):
        index = _line_find(widget, needle, start, case)
        if index < 0:
            return False
        widget.setSelection(index, len(needle))
        return True
    cursor = widget.document().find(needle, start, _flags(case))
    if cursor.isNull():
        return False
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    return True


def selection_end(widget: Target) -> int:
    """Where the selection ends in a search target (a field, an editor or a contact cell)."""
    if isinstance(widget, ContactCell):
        return min(widget.span[1], len(widget.text())) if widget.span else 0
    if isinstance(widget, QLineEdit):
        return widget.selectionEnd() if widget.hasSelectedText() else widget.cursorPosition()
    return widget.textCursor().selectionEnd()


def selected_text(widget: Target) -> str:
    """The selected text of a search target."""
    if isinstance(widget, ContactCell):
        return widget.text()[slice(*widget.span)] if widget.span else ""
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    return widget.textCursor().selectedText()


def replace_selection(widget: Target, replacement: str) -> None:
    """Replace the selection in a search target, as typing would (undoable)."""
    if isinstance(widget, ContactCell):
        if widget.span:
            start, end = widget.span
            text = widget.text()
            widget.panel.set_cell_text(widget.row, widget.column, text[:start] + replacement + text[end:])
            widget.span = (start + len(replacement), start + len(replacement))  # go on after the replacement
        return
    if isinstance(widget, QLineEdit):
        widget.insert(replacement)  # replaces the selection, undoable
    else:
        widget.textCursor().insertText(replacement)


def replace_all_in(widget: Target, needle: str, replacement: str, case: bool) -> int:
    """Replace every match; rich text keeps each match's character format (bold stays bold)."""
    if isinstance(widget, ContactCell):
        new, count = _pattern(needle, case).subn(lambda _m: replacement, widget.text())
        if count:
            widget.panel.set_cell_text(widget.row, widget.column, new)
        return count
    if isinstance(widget, QLineEdit):
        new, count = _pattern(needle, case).subn(lambda _m: replacement, widget.text())
        if count:
            widget.selectAll()
            widget.insert(new)
        return count
    document = widget.document()
    count = 0
    edit = QTextCursor(document)
    edit.beginEditBlock()
    cursor = document.find(needle, 0, _flags(case))
    while not cursor.isNull():
        edit.setPosition(cursor.selectionStart())
        edit.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(replacement)
        count += 1
        cursor = document.find(needle, edit.position(), _flags(case))
    edit.endEditBlock()
    return count


def _enabled(target: Target) -> bool:
    return target.panel.isEnabled() if isinstance(target, ContactCell) else target.isEnabled()


def _has_focus(target: Target, focused: QWidget | None) -> bool:
    """`focused` is the target or inside it; for a cell, the table has focus on that very cell."""
    if focused is None:
        return False
    if isinstance(target, ContactCell):
        table = target.panel.table
        on_table = focused is table or table.isAncestorOf(focused)
        return on_table and (table.currentRow(), table.currentColumn()) == (target.row, target.column)
    return target is focused or target.isAncestorOf(focused)


def _focus(target: Target) -> None:
    (target.panel.table if isinstance(target, ContactCell) else target).setFocus()


class FindReplaceDialog(QDialog):
    """Non-modal; searches the fields in reading order from the field with focus and wraps around."""

    def __init__(self, targets: Callable[[], list[Target]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and Replace"))
        self._targets = targets
        self._current: Target | None = None
        self.batch: Callable[[str], AbstractContextManager[object]] = lambda _name: nullcontext()
        """Groups Replace All's changes (the window makes them one undo step)."""
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("find_text")
        self.replace_text = QLineEdit(self)
        self.replace_text.setObjectName("replace_text")
        self.case = QCheckBox(self.tr("&Match case"), self)
        self.status = QLabel(self)
        find_next = QPushButton(self.tr("Find &Next"), self)
        find_next.setDefault(True)
        replace = QPushButton(self.tr("&Replace"), self)
        replace_all = QPushButton(self.tr("Replace &All"), self)
        close = QPushButton(self.tr("Close"), self)
        grid = QGridLayout(self)
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.find_text)
        replace_label = QLabel(self.tr("Replace &with:"), self)
        replace_label.setBuddy(self.replace_text)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_text, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_text, 1, 1)
        grid.addWidget(replace, 1, 2)
        grid.addWidget(self.case, 2, 1)
        grid.addWidget(replace_all, 2, 2)
        grid.addWidget(self.status, 3, 0, 1, 2)
        grid.addWidget(close, 3, 2)
        find_next.clicked.connect(command(self.find_next))
        replace.clicked.connect(command(self.replace))
        replace_all.clicked.connect(command(self.replace_all))
        close.clicked.connect(self.close)

    def _start(self, targets: list[Target]) -> tuple[int, int]:
        """The field and position to search from: the last match, else the field with focus, else the top."""
        focus = self._current if self._current in targets else None
        if focus is None:
            focused = parent.focusWidget() if (parent := self.parentWidget()) else None
            focus = next((target for target in targets if _has_focus(target, focused)), None)
        if focus is None:
            return 0, 0
        return targets.index(focus), selection_end(focus)

    def find_next(self) -> bool:
        needle, case = self.find_text.text(), self.case.isChecked()
        targets = [target for target in self._targets() if _enabled(target)]
        if not needle or not targets:
            return False
        index, position = self._start(targets)
        for step in range(len(targets) + 1):
            target = targets[(index + step) % len(targets)]
            if find_in(target, needle, position if step == 0 else 0, case):
                self._current = target
                _focus(target)
                self.status.clear()
                return True
        self._current = None
        self.status.setText(self.tr("Not found"))
        return False

    def _matches(self, text: str) -> bool:
        needle = self.find_text.text()
        return text == needle if self.case.isChecked() else text.casefold() == needle.casefold()

    def replace(self) -> bool:
        target = self._current
        if target is not None and self._matches(selected_text(target)):
            replace_selection(target, self.replace_text.text())
        return self.find_next()

    def replace_all(self) -> int:
        needle = self.find_text.text()
        if not needle:
            return 0
        with self.batch(self.tr("Replace All")):
            count = sum(
                replace_all_in(target, needle, self.replace_text.text(), self.case.isChecked())
                for target in self._targets()
                if _enabled(target)
            )
        self.status.setText(self.tr("Replaced %n occurrence(s)", "", count))
        return count

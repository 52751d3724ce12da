"""The release's media contacts as an editable table: a small API the contact-directory panel builds on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from releasedesk.model.release import Bilingual, Contact

_TEXT = Qt.ItemDataRole.DisplayRole
_CONTACT = Qt.ItemDataRole.UserRole
_CHANGED_BRUSH = QBrush(QColor("#fff3c4"))

# (column key, getter, setter); bilingual fields have one column per language
_Column = tuple[str, Callable[[Contact], str], Callable[[Contact, str], Contact]]


def _bi(field: str, lang: str) -> _Column:
    def get(contact: Contact) -> str:
        value: Bilingual = getattr(contact, field)
        return value.zh if lang == "zh" else value.en

    def set_(contact: Contact, text: str) -> Contact:
        old: Bilingual = getattr(contact, field)
        new = Bilingual(text, old.en) if lang == "zh" else Bilingual(old.zh, text)
        changes: dict[str, Any] = {field: new}  # `field` names a Bilingual field of Contact
        return replace(contact, **changes)

    return (f"{field}_{lang}", get, set_)


def _plain(field: str) -> _Column:
    return (field, lambda c: getattr(c, field), lambda c, text: replace(c, **{field: text}))


_COLUMNS: tuple[_Column, ...] = (
    _bi("name", "zh"),
    _bi("name", "en"),
    _bi("title", "zh"),
    _bi("title", "en"),
    _bi("unit", "zh"),
    _bi("unit", "en"),
    _plain("office_phone"),
    _plain("mobile"),
    _plain("email"),
)
_PRINT_OFFICE = len(_COLUMNS)
_PRINT_MOBILE = _PRINT_OFFICE + 1


class ContactsPanel(QWidget):
    """Rows are contacts in print order. Each row keeps its `Contact` (with directory link) as item data."""

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The item in a cell: `_fill_row` puts one in every column."""
        item = self.table.item(row, column)
        assert item is not None, f"contacts table: no item at ({row}, {column})"
        return item

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm_print_mobile: Callable[[Contact], bool] | None = None
        """Asked before "Print mobile" is ticked (the directory may say the number is not for print)."""
        self.table = QTableWidget(0, len(_COLUMNS) + 2, self)
        self.table.setObjectName("contacts_table")
        headers = [
            self.tr("Name (zh)"),
            self.tr("Name (en)"),
            self.tr("Title (zh)"),
            self.tr("Title (en)"),
            self.tr("Unit (zh)"),
            self.tr("Unit (en)"),
            self.tr("Office phone"),
            self.tr("Mobile"),
            self.tr("Email"),
            self.tr("Print office"),
            self.tr("Print mobile"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.itemChanged.connect(self._item_changed)

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        self.add_action = self._action(self.tr("Add contact"), self.tr("Add an empty contact row"), self._add_empty)
        self.remove_action = self._action(self.tr("Remove"), self.tr("Remove the selected contact"), self._remove)
        self.up_action = self._action(self.tr("Move up"), self.tr("Print this contact earlier"), self._move_up)
        self.down_action = self._action(self.tr("Move down"), self.tr("Print this contact later"), self._move_down)
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            self.add_button(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def add_button(self, action: QAction) -> QToolButton:
        """Show `action` as a button in the panel's row (the directory panel adds "Add from directory…")."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.insertWidget(self.buttons.count() - 1, button)  # before the trailing stretch
        return button

    # the API -------------------------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return [self.contact(row) for row in range(self.table.rowCount())]

    def contact(self, row: int) -> Contact:
        return self._cell(row, 0).data(_CONTACT)

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        self._insert(contacts, emit=False)
        self.table.resizeColumnsToContents()

    def add_contacts(self, contacts: list[Contact]) -> None:
        self._insert(contacts, emit=True)

    def replace_contact(self, index: int, contact: Contact) -> None:
        self._fill_row(index, contact)
        self.mark_changed_in_directory(index, False)
        self.changed.emit()

    def mark_changed_in_directory(self, index: int, changed: bool, tip: str = "") -> None:
        """Highlight a row whose directory entry is newer than the copy in this release."""
        self.table.blockSignals(True)
        for column in range(self.table.columnCount()):
            item = self._cell(index, column)
            item.setBackground(_CHANGED_BRUSH if changed else QBrush())
            item.setToolTip((tip or self.tr("Changed in the directory since it was added")) if changed else "")
        self.table.blockSignals(False)

    def is_marked_changed(self, index: int) -> bool:
        return self._cell(index, 0).background() == _CHANGED_BRUSH

    def current_index(self) -> int:
        return self.table.currentRow()

    # text cells, for find/replace -------------------------------------------------------------------------------
    def text_cells(self) -> list[tuple[int, int]]:
        """(row, column) of every text cell in reading order: contact by contact, left to right (no check boxes)."""
        return [(row, column) for row in range(self.table.rowCount()) for column in range(len(_COLUMNS))]

    def cell_text(self, row: int, column: int) -> str:
        """The contact's text in that cell; "" for a cell that no longer exists."""
        if not (0 <= row < self.table.rowCount() and 0 <= column < len(_COLUMNS)):
            return ""
        return _COLUMNS[column][1](self.contact(row))

    def set_cell_text(self, row: int, column: int, text: str) -> None:
        """Change one text field of one contact as typing would: the cell, the row's `Contact`, then `changed`."""
        if 0 <= row < self.table.rowCount() and 0 <= column < len(_COLUMNS):
            self._cell(row, column).setText(text)  # itemChanged → _item_changed updates the contact

    def show_cell(self, row: int, column: int) -> None:
        """Make the cell current and scroll to it; a hidden contacts dock is shown, so a find result is seen."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget) and not dock.isVisible():
            dock.show()
        self.table.setCurrentCell(row, column)
        self.table.scrollToItem(self._cell(row, column))

    # rows ------------------------------------------------------------------------------------------------
    def _insert(self, contacts: list[Contact], *, emit: bool) -> None:
        for contact in contacts:
            row = self.table.rowCount()
            self.table.blockSignals(True)
            self.table.insertRow(row)
            self.table.blockSignals(False)
            self._fill_row(row, contact)
        if contacts and emit:
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)
            self.changed.emit()
        self._update_buttons()

    def _fill_row(self, row: int, contact: Contact) -> None:
        self.table.blockSignals(True)
        try:
            for column, (_, get, _) in enumerate(_COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(get(contact)))
            for column, on in ((_PRINT_OFFICE, contact.print_office_phone), (_PRINT_MOBILE, contact.print_mobile)):
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
            self._cell(row, 0).setData(_CONTACT, contact)
        finally:
            self.table.blockSignals(False)

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        contact = self.contact(row)
        if column == _PRINT_OFFICE:
            contact = replace(contact, print_office_phone=item.checkState() == Qt.CheckState.Checked)
        elif column == _PRINT_MOBILE:
            on = item.checkState() == Qt.CheckState.Checked
            if on and self.confirm_print_mobile is not None and not self.confirm_print_mobile(contact):
                self.table.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.table.blockSignals(False)
                return
            contact = replace(contact, print_mobile=on)
        else:
            contact = _COLUMNS[column][2](contact, item.text())
        self.table.blockSignals(True)
        self._cell(row, 0).setData(_CONTACT, contact)
        self.table.blockSignals(False)
        self.changed.emit()

    @Slot()
    def _add_empty(self) -> None:
        self.add_contacts([Contact()])
        self.table.editItem(self._cell(self.table.rowCount() - 1, 0))

    @Slot()
    def _remove(self) -> None:
        row = self.current_index()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
            self._update_buttons()

    def move(self, row: int, offset: int) -> None:  # type: ignore[override]  # moves a row; shadows QWidget.move, callers use it
        target = row + offset
        if not (0 <= row < self.table.rowCount() and 0 <= target < self.table.rowCount()):
            return
        contacts = self.contacts()
        marked = [self.is_marked_changed(index) for index in range(len(contacts))]
        contacts[row], contacts[target] = contacts[target], contacts[row]
        marked[row], marked[target] = marked[target], marked[row]
        for index in (row, target):
            self._fill_row(index, contacts[index])
            self.mark_changed_in_directory(index, marked[index])
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.changed.emit()

    @Slot()
    def _move_up(self) -> None:
        self.move(self.current_index(), -1)

    @Slot()
    def _move_down(self) -> None:
        self.move(self.current_index(), 1)

    @Slot()
    def _update_buttons(self) -> None:
        row, count = self.current_index(), self.table.rowCount()
        self.remove_action.setEnabled(0 <= row < count)
        self.up_action.setEnabled(0 < row < count)
        self.down_action.setEnabled(0 <= row < count - 1)

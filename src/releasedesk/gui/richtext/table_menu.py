"""The Table menu of the formatting toolbar, as Word users expect it: insert, rows, columns, merge/split, header."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from releasedesk.gui.richtext import table_editing
from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.gui.richtext.table_dialog import TableSize, ask_table_size

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction

Run = Callable[[Callable[[RichTextEditor], object]], None]


class TableMenu(QMenu):
    """Commands run on the toolbar's current editor; the in-table ones are disabled outside a table."""

    def __init__(self, run: Run, editor: Callable[[], RichTextEditor | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setTitle(self.tr("Table"))
        self.ask_size: Callable[[QWidget | None], TableSize | None] = ask_table_size
        """Asks rows × columns, header row and caption; tests may answer instead."""
        self.insert_action = self._add(run, self.tr("Insert table…"), self._insert)
        self.addSeparator()
        self.in_table: list[QAction] = [
            self._add(run, self.tr("Insert row above"), lambda e: table_editing.add_row(e, above=True)),
            self._add(run, self.tr("Insert row below"), table_editing.add_row),
            self._add(run, self.tr("Delete row"), table_editing.remove_row),
        ]
        self.addSeparator()
        self.in_table += [
            self._add(run, self.tr("Insert column left"), lambda e: table_editing.add_column(e, before=True)),
            self._add(run, self.tr("Insert column right"), table_editing.add_column),
            self._add(run, self.tr("Delete column"), table_editing.remove_column),
        ]
        self.addSeparator()
        self.in_table += [
            self._add(run, self.tr("Merge cells"), table_editing.merge_cells),
            self._add(run, self.tr("Split cell"), table_editing.split_cell),
            self._add(run, self.tr("Header row on/off"), table_editing.toggle_header_row),
        ]
        self.aboutToShow.connect(self._update)

    def _add(self, run: Run, label: str, command: Callable[[RichTextEditor], object]) -> QAction:
        action = self.addAction(label)
        action.triggered.connect(lambda _checked=False: run(command))
        return action

    def _insert(self, editor: RichTextEditor) -> None:
        size = self.ask_size(editor.window())
        if size is not None:
            table_editing.insert_table(editor, size.rows, size.columns, header=size.header, caption=size.caption)

    def _update(self) -> None:
        editor = self._editor()
        inside = editor is not None and table_editing.current_table(editor) is not None
        self.insert_action.setEnabled(editor is not None)
        for action in self.in_table:
            action.setEnabled(inside)


def table_menu(run: Run, editor: Callable[[], RichTextEditor | None], parent: QObject | None = None) -> TableMenu:
    """The Table menu, acting on whichever editor `editor` returns."""
    return TableMenu(run, editor, parent if isinstance(parent, QWidget) else None)

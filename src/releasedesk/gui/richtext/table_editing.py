"""Table commands in the editor: insert, rows and columns, merge and split, header row, Tab between cells.

Each command is one undo step (one edit block on the document's cursor). They work on Qt's QTextTable; the model
reads the result through convert.py like any other edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextTable, QTextTableCell

from releasedesk.model.richtext import Run, Table, TableCell

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QTextEdit


def current_table(editor: QTextEdit) -> QTextTable | None:
    """The table the editor's cursor is in, or None."""
    return editor.textCursor().currentTable()


def insert_table(editor: QTextEdit, rows: int, columns: int, *, header: bool = True, caption: str = "") -> None:
    """An empty rows × columns table (the first row a header row) with its caption (maybe empty) above it."""
    rows, columns = max(1, rows), max(1, columns)
    empty = tuple(tuple(TableCell() for _ in range(columns)) for _ in range(rows))
    runs = (Run(caption),) if caption else ()
    editor.insert_blocks([Table(empty, 1 if header and rows > 1 else 0, caption=runs)])  # type: ignore[attr-defined]  # a RichTextEditor; typed QTextEdit to avoid importing the editor
    table = _last_table_before(editor)
    if table is not None:
        editor.setTextCursor(table.cellAt(0, 0).firstCursorPosition())


def _last_table_before(editor: QTextEdit) -> QTextTable | None:
    """The table just inserted: the one ending right before the cursor's block."""
    cursor = editor.textCursor()
    block = cursor.block().previous()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            return table
        if block.text():
            return None
        block = block.previous()
    return None


def _edit(editor: QTextEdit, action: Callable[[QTextTable, QTextCursor], None]) -> bool:
    table = current_table(editor)
    if table is None:
        return False
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    try:
        action(table, cursor)
    finally:
        cursor.endEditBlock()
    return True


def move_to_cell(editor: QTextEdit, *, back: bool = False) -> bool:
    """Tab: the next cell (a new row after the last one); Shift+Tab: the previous cell. False outside a table."""
    table = current_table(editor)
    if table is None:
        return False
    cell = table.cellAt(editor.textCursor())
    row, column = cell.row(), cell.column()
    if back:
        column -= 1
        while row >= 0:
            while column >= 0:
                target = table.cellAt(row, column)
                if target.row() == row and target.column() == column:
                    editor.setTextCursor(_select_cell(target))
                    return True
                column -= 1
            row, column = row - 1, table.columns() - 1
        return True  # already in the first cell: stay
    column += cell.columnSpan()
    while row < table.rows():
        while column < table.columns():
            target = table.cellAt(row, column)
            if target.row() == row and target.column() == column:
                editor.setTextCursor(_select_cell(target))
                return True
            column += 1
        row, column = row + 1, 0
    _edit(editor, lambda t, _c: t.appendRows(1))
    editor.setTextCursor(table.cellAt(table.rows() - 1, 0).firstCursorPosition())
    return True


def _select_cell(cell: QTextTableCell) -> QTextCursor:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def add_row(editor: QTextEdit, *, above: bool = False) -> bool:
    """Add a row below (or above) the cursor's; False when the cursor is not in a table."""

    def act(table: QTextTable, cursor: QTextCursor) -> None:
        cell = table.cellAt(cursor)
        table.insertRows(cell.row() if above else cell.row() + cell.rowSpan(), 1)

    return _edit(editor, act)


def remove_row(editor: QTextEdit) -> bool:
    """Remove the cursor's row (never the last one); False when the cursor is not in a table."""

    def act(table: QTextTable, cursor: QTextCursor) -> None:
        if table.rows() > 1:
            table.removeRows(table.cellAt(cursor).row(), 1)

    return _edit(editor, act)


def add_column(editor: QTextEdit, *, before: bool = False) -> bool:
    """Add a column after (or before) the cursor's; False when the cursor is not in a table."""

    def act(table: QTextTable, cursor: QTextCursor) -> None:
        cell = table.cellAt(cursor)
        table.insertColumns(cell.column() if before else cell.column() + cell.columnSpan(), 1)
        _forget_widths(table)

    return _edit(editor, act)


def remove_column(editor: QTextEdit) -> bool:
    """Remove the cursor's column (never the last one); False when the cursor is not in a table."""

    def act(table: QTextTable, cursor: QTextCursor) -> None:
        if table.columns() > 1:
            table.removeColumns(table.cellAt(cursor).column(), 1)
            _forget_widths(table)

    return _edit(editor, act)


def _forget_widths(table: QTextTable) -> None:
    """Another column count: equal columns again (the model's weights were for the old count)."""
    fmt = table.format()
    fmt.clearColumnWidthConstraints()
    table.setFormat(fmt)


def merge_cells(editor: QTextEdit) -> bool:
    """Merge the selected cells into one; Qt keeps every cell's text (joined by a space)."""
    return _edit(editor, lambda table, cursor: table.mergeCells(cursor))


def split_cell(editor: QTextEdit) -> bool:
    """Split the cursor's merged cell; False when the cursor is not in a table."""

    def act(table: QTextTable, cursor: QTextCursor) -> None:
        cell = table.cellAt(cursor)
        table.splitCell(cell.row(), cell.column(), 1, 1)

    return _edit(editor, act)


def toggle_header_row(editor: QTextEdit) -> bool:
    """Turn the first row into a header row, or back; False when the cursor is not in a table."""

    def act(table: QTextTable, _cursor: QTextCursor) -> None:
        fmt = table.format()
        fmt.setHeaderRowCount(0 if fmt.headerRowCount() else 1)
        table.setFormat(fmt)

    return _edit(editor, act)

"""Editing tables with qtbot: insert, rows and columns, merge/split, header row, Tab navigation; each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from releasedesk.gui.richtext import table_editing
from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.gui.richtext.table_dialog import TableSize
from releasedesk.model.richtext import Table, plain_text


@pytest.fixture
def editor(qtbot) -> RichTextEditor:
    widget = RichTextEditor(language="zh-TW")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.setFocus()
    return widget


def _table(editor: RichTextEditor) -> Table:
    (table,) = [block for block in editor.content() if isinstance(block, Table)]
    return table


def _texts(table: Table) -> list[list[str]]:
    return [[plain_text(cell.content) for cell in row] for row in table.rows]


def _shape(table: Table) -> tuple[int, int]:
    return len(table.rows), sum(cell.colspan for cell in table.rows[0])


def test_insert_type_and_tab_through_cells_adding_a_row(qtbot, editor) -> None:
    table_editing.insert_table(editor, 2, 2)
    for value in ("Region", "Villages", "Hills", "498"):  # (QTest types ASCII only)
        qtbot.keyClicks(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "Isles")  # Tab in the last cell added a row
    table = _table(editor)
    assert _texts(table) == [["Region", "Villages"], ["Hills", "498"], ["Isles", ""]]
    assert table.header_rows == 1
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)  # back in 498, selected: typing replaces it
    qtbot.keyClicks(editor, "499")
    assert _texts(_table(editor))[1] == ["Hills", "499"]
    assert editor.hasFocus()  # Tab never left the editor


def _in_cell(editor: RichTextEditor, row: int, column: int) -> None:
    table = editor.textCursor().currentTable() or table_editing._last_table_before(editor)  # noqa: SLF001 - the same lookup the editor uses
    assert table is not None
    editor.setTextCursor(table.cellAt(row, column).firstCursorPosition())


@pytest.mark.parametrize(
    ("command", "shape"),
    [
        (lambda e: table_editing.add_row(e), (3, 2)),
        (lambda e: table_editing.add_row(e, above=True), (3, 2)),
        (lambda e: table_editing.remove_row(e), (1, 2)),
        (lambda e: table_editing.add_column(e), (2, 3)),
        (lambda e: table_editing.remove_column(e), (2, 1)),
    ],
)
def test_rows_and_columns_change_and_undo(editor, command, shape) -> None:
    table_editing.insert_table(editor, 2, 2)
    _in_cell(editor, 1, 0)
    before = editor.content()
    assert command(editor)
    assert _shape(_table(editor)) == shape
    editor.undo()
    assert editor.content() == before


def test_merge_and_split_and_undo(qtbot, editor) -> None:
    table_editing.insert_table(editor, 2, 2)
    qtbot.keyClicks(editor, "A")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "B")
    table = editor.textCursor().currentTable()
    cursor = table.cellAt(0, 0).firstCursorPosition()
    cursor.setPosition(table.cellAt(0, 1).lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    before = editor.content()
    assert table_editing.merge_cells(editor)
    merged = _table(editor)
    assert merged.rows[0][0].colspan == 2
    assert _texts(merged)[0] == ["A B"]
    editor.undo()
    assert editor.content() == before
    editor.redo()
    _in_cell(editor, 0, 0)
    assert table_editing.split_cell(editor)
    assert _shape(_table(editor)) == (2, 2)
    assert len(_table(editor).rows[0]) == 2
    editor.undo()
    assert _table(editor).rows[0][0].colspan == 2


def test_header_row_toggles_and_undoes(editor) -> None:
    table_editing.insert_table(editor, 3, 2)
    assert _table(editor).header_rows == 1
    assert table_editing.toggle_header_row(editor)
    assert _table(editor).header_rows == 0
    editor.undo()
    assert _table(editor).header_rows == 1


def test_insert_is_one_undo_step(editor) -> None:
    before = editor.content()
    table_editing.insert_table(editor, 2, 3)
    assert _shape(_table(editor)) == (2, 3)
    editor.undo()
    assert editor.content() == before


def test_commands_outside_a_table_do_nothing(editor) -> None:
    assert not table_editing.add_row(editor)
    assert not table_editing.merge_cells(editor)
    assert not table_editing.move_to_cell(editor)


def test_the_toolbar_table_menu_inserts_and_edits(qtbot, editor) -> None:
    from releasedesk.gui.richtext.toolbar import FormatToolBar

    toolbar = FormatToolBar()
    qtbot.addWidget(toolbar)
    toolbar.set_editor(editor)
    menu = toolbar.table_menu
    menu.ask_size = lambda _parent: TableSize(3, 3, True, "")  # the dialog itself: test_table_dialog.py
    menu.aboutToShow.emit()
    assert menu.insert_action.isEnabled()
    assert not any(action.isEnabled() for action in menu.in_table)
    menu.insert_action.trigger()
    assert _shape(_table(editor)) == (3, 3)
    menu.aboutToShow.emit()
    assert all(action.isEnabled() for action in menu.in_table)
    menu.in_table[1].trigger()  # Insert row below
    assert _shape(_table(editor)) == (4, 3)
    menu.in_table[4].trigger()  # Insert column right
    assert _shape(_table(editor)) == (4, 4)

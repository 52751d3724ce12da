"""Insert Table asks rows × columns, header row and caption (a real dialog, filled in through its widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.gui.richtext.table_dialog import InsertTableDialog
from releasedesk.gui.richtext.toolbar import FormatToolBar
from releasedesk.model.richtext import Table, plain_text

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture
def toolbar(qtbot) -> FormatToolBar:
    editor = RichTextEditor(language="zh-TW")
    qtbot.addWidget(editor)
    editor.show()
    bar = FormatToolBar()
    qtbot.addWidget(bar)
    bar.set_editor(editor)
    return bar


def _answer(monkeypatch, qtbot, fill: Callable[[InsertTableDialog], None], button: QDialogButtonBox.StandardButton):
    """The modal exec(): the dialog is shown, `fill` sets its widgets like a user, then `button` is clicked."""

    def exec_(dialog: QDialog) -> int:
        assert isinstance(dialog, InsertTableDialog)
        dialog.show()
        fill(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(button), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", exec_)


def _tables(editor: RichTextEditor) -> list[Table]:
    return [block for block in editor.content() if isinstance(block, Table)]


def _fill(dialog: InsertTableDialog) -> None:
    dialog.rows.setValue(5)
    dialog.columns.setValue(4)
    dialog.header.setChecked(False)
    dialog.caption.setText("表1：各區受惠村里數")


def test_the_dialog_values_make_the_table_and_undo_removes_it(toolbar, monkeypatch, qtbot) -> None:
    editor = toolbar.editor()
    before = editor.content()
    _answer(monkeypatch, qtbot, _fill, QDialogButtonBox.StandardButton.Ok)
    toolbar.table_menu.insert_action.trigger()
    (table,) = _tables(editor)
    assert len(table.rows) == 5
    assert all(len(row) == 4 for row in table.rows)
    assert table.header_rows == 0
    assert plain_text(table.caption) == "表1：各區受惠村里數"
    editor.undo()
    assert editor.content() == before


def test_header_row_is_on_by_default(toolbar, monkeypatch, qtbot) -> None:
    _answer(monkeypatch, qtbot, lambda dialog: dialog.rows.setValue(2), QDialogButtonBox.StandardButton.Ok)
    toolbar.table_menu.insert_action.trigger()
    (table,) = _tables(toolbar.editor())
    assert (len(table.rows), len(table.rows[0]), table.header_rows, table.caption) == (2, 3, 1, ())


def test_cancel_inserts_nothing(toolbar, monkeypatch, qtbot) -> None:
    editor = toolbar.editor()
    before, steps = editor.content(), editor.document().availableUndoSteps()
    _answer(monkeypatch, qtbot, _fill, QDialogButtonBox.StandardButton.Cancel)
    toolbar.table_menu.insert_action.trigger()
    assert editor.content() == before
    assert editor.document().availableUndoSteps() == steps

"""One undo history for the release: form fields, contacts, replace-all and status, named in Edit → Undo/Redo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui.helpers import type_text
from releasedesk.model.release import Bilingual, Contact


def _press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_replace_all_is_one_step_that_ctrl_z_takes_back_everywhere(window, qtbot):
    before = window.current_release()
    window.contacts.set_cell_text(0, 4, window.contacts.cell_text(0, 4) + " 部")  # a contact cell to replace in
    start = window.current_release()
    assert start.contacts != before.contacts
    dialog = window.find_dialog
    dialog.find_text.setText("部")
    dialog.replace_text.setText("署")
    count = dialog.replace_all()
    after = window.current_release()
    assert count >= 3
    assert after != start
    changed_fields = [after.agency != start.agency, after.contacts != start.contacts, after.content != start.content]
    assert all(changed_fields)
    assert window.undo_action.text() == "&Undo Replace All"
    body = window.panes["en"].body
    _press(qtbot, body, Qt.Key.Key_Z)  # Ctrl+Z in a body editor undoes the whole replace-all, not only the body
    assert window.current_release() == start
    assert window.redo_action.text() == "&Redo Replace All"
    _press(
        qtbot, window.form.number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.current_release() == after
    window.undo_action.trigger()
    window.undo_action.trigger()  # and the contact cell edit before it
    assert window.current_release() == before


def test_typing_in_fields_undoes_in_the_order_it_happened(window, qtbot):
    start = window.current_release()
    type_text(window.form.number, "-r2")
    type_text(window.panes["en"].headline, " now")
    cursor = window.panes["zh-TW"].body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.panes["zh-TW"].body.setTextCursor(cursor)
    type_text(window.panes["zh-TW"].body, "新句")
    assert window.undo_action.text() == "&Undo Edit Chinese body"
    window.undo_action.trigger()
    assert window.current_release().content["en"].headline.startswith(" now")
    assert window.undo_action.text() == "&Undo Edit English headline"
    _press(qtbot, window.panes["zh-TW"].headline, Qt.Key.Key_Z)  # focus elsewhere: still the release's last step
    assert window.current_release().content["en"].headline == start.content["en"].headline
    assert window.current_release().number == start.number + "-r2"  # typing in one field is one step
    window.undo_action.trigger()
    assert window.current_release() == start
    assert not window.undo_action.isEnabled()


def test_contacts_add_edit_move_update_remove_each_undo(window, qtbot):
    panel = window.contacts
    start = panel.contacts()
    panel.add_contacts([Contact(name=Bilingual("林大衛", "David Lin"), directory_id=3, directory_updated="1")])
    assert window.undo_action.text() == "&Undo Add 1 contact(s)"
    last = len(start)
    panel.set_cell_text(last, 1, "David Lin Jr.")
    assert window.undo_action.text() == "&Undo Edit contact 林大衛"
    panel.move(last, -1)
    assert window.undo_action.text() == "&Undo Move contact 林大衛"
    panel.replace_contact(last - 1, replace(panel.contact(last - 1), directory_updated="2", email="d@x.tw"))
    assert window.undo_action.text() == "&Undo Update 林大衛 from the directory"
    panel.table.setCurrentCell(last - 1, 0)
    panel.remove_action.trigger()
    assert window.undo_action.text() == "&Undo Remove contact 林大衛"
    assert len(panel.contacts()) == len(start)
    for _ in range(5):
        _press(qtbot, panel.table, Qt.Key.Key_Z)  # the window-wide shortcut, from the contacts table
    assert panel.contacts() == start
    for _ in range(4):
        window.redo_action.trigger()
    names = [c.name.en for c in start]
    assert [c.name.en for c in panel.contacts()] == [*names[:-1], "David Lin Jr.", names[-1]]
    assert panel.contact(last - 1).email == "d@x.tw"
    window.redo_action.trigger()
    assert [c.name.en for c in panel.contacts()] == names
    assert window.isWindowModified()


def test_release_line_and_include_changes_are_steps(window):
    """(The status is no longer typed: it is derived from the approval records, which the Review menu keeps.)"""
    start = window.current_release()
    window.form.embargoed.setChecked(True)
    window.panes["en"].include.setChecked(False)
    assert window.current_release().languages == ("zh-TW",)
    assert window.undo_action.text() == "&Undo Include English"
    window.undo_action.trigger()
    assert window.current_release().languages == ("zh-TW", "en")
    window.undo_action.trigger()
    assert window.current_release().embargo_until is None
    assert window.current_release() == start


def test_opening_a_release_starts_a_fresh_history(window, make_window):
    type_text(window.form.number, "x")
    assert window.undo_action.isEnabled()
    window.show_release(window.current_release(), None)
    assert not window.undo_action.isEnabled()


def test_a_fields_context_menu_undo_is_the_release_history(window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    start = window.current_release()
    type_text(window.form.number, "-x")
    body = window.panes["en"].body
    for target in (body.viewport(), window.panes["zh-TW"].headline):
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5)))
        QApplication.sendEvent(target, event)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        undo = next(action for action in menu.actions() if action.objectName() == "edit-undo")
        assert undo.isEnabled() == (target is body.viewport())  # the number edit, not this field, has history
        if undo.isEnabled():
            undo.trigger()  # undoes the number typed elsewhere: one history for the release
        menu.close()
    assert window.current_release() == start

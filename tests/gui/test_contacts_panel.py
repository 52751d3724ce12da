"""The contacts panel API the directory panel builds on: add, replace, reorder, remove, mark as changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from releasedesk.gui.contacts_panel import ContactsPanel
from releasedesk.model.release import Bilingual, Contact


def _contact(name: str, directory_id: int | None = None) -> Contact:
    return Contact(name=Bilingual(f"{name}中", name), email=f"{name.lower()}@example.org", directory_id=directory_id)


def test_add_replace_move_remove(window):
    panel = window.contacts
    start = panel.contacts()
    panel.add_contacts([_contact("Ann", 7), _contact("Bo")])
    assert panel.contacts() == [*start, _contact("Ann", 7), _contact("Bo")]
    assert window.isWindowModified()
    index = len(start)
    panel.replace_contact(index, _contact("Ann2", 7))
    assert panel.contacts()[index] == _contact("Ann2", 7)
    panel.move(index, 1)
    assert [c.name.en for c in panel.contacts()[index:]] == ["Bo", "Ann2"]
    panel.table.setCurrentCell(index, 0)
    panel.remove_action.trigger()
    assert [c.name.en for c in panel.contacts()[index:]] == ["Ann2"]
    assert window.current_release().contacts == panel.contacts()


def test_editing_cells_and_print_flags_updates_the_contact(window):
    panel = window.contacts
    panel.set_contacts([_contact("Cy")])
    panel.table.item(0, 1).setText("Cyrus")
    panel.table.item(0, 10).setCheckState(Qt.CheckState.Checked)  # print mobile
    contact = panel.contacts()[0]
    assert contact.name == Bilingual("Cy中", "Cyrus")
    assert contact.print_mobile
    assert contact.email == "cy@example.org"


def test_mark_changed_in_directory_survives_reordering(qtbot):
    panel = ContactsPanel()  # alone: in the window the directory link recomputes the marks itself
    qtbot.addWidget(panel)
    panel.set_contacts([_contact("A", 1), _contact("B", 2)])
    panel.mark_changed_in_directory(1, True, "Phone changed")
    assert panel.is_marked_changed(1)
    assert not panel.is_marked_changed(0)
    assert panel.table.item(1, 0).toolTip() == "Phone changed"
    panel.move(1, -1)
    assert panel.is_marked_changed(0)
    assert panel.contacts()[0].name.en == "B"
    panel.replace_contact(0, _contact("B-new", 2))  # taking the directory's version clears the mark
    assert not panel.is_marked_changed(0)


def test_extra_buttons_can_be_added(window):
    action = QAction("Add from directory…", window)
    button = window.contacts.add_button(action)
    assert button.defaultAction() is action
    assert window.contacts.buttons.indexOf(button) == window.contacts.buttons.count() - 2  # before the stretch

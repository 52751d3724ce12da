"""Find and replace reaches the media contacts table, after the boilerplates, and edits through the panel's API."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from releasedesk.gui.find_replace import ContactCell


def _from_english_boilerplate(window) -> None:
    """Put the cursor at the end of the last field before the contacts."""
    boilerplate = window.panes["en"].boilerplate
    boilerplate.setFocus()
    boilerplate.moveCursor(QTextCursor.MoveOperation.End)
    window.find_dialog._current = None


def test_contact_cells_come_after_the_boilerplates_in_reading_order(window):
    fields = window.text_fields()
    first = next(index for index, field in enumerate(fields) if isinstance(field, ContactCell))
    assert fields[first - 1] is window.panes["en"].boilerplate
    cells = [(cell.row, cell.column) for cell in fields[first:]]
    assert cells == [(row, column) for row in range(3) for column in range(9)]  # 3 contacts × 9 text columns
    assert [fields[first + column].text() for column in range(9)] == [
        "陳怡君", "Chen Yi-chun", "科長", "Section Chief", "數位包容司", "Department of Digital Inclusion",
        "(02) 2700-5100 #3120", "0912-345-678", "yichun.chen@digital-services.example",
    ]  # fmt: skip


def test_find_next_goes_into_the_contacts_and_shows_the_cell(window):
    window.contacts_dock.hide()
    _from_english_boilerplate(window)
    dialog = window.find_dialog
    dialog.find_text.setText("spokesperson")
    assert dialog.find_next()
    assert isinstance(dialog._current, ContactCell)
    assert (dialog._current.row, dialog._current.column, dialog._current.span) == (1, 3, (0, 12))
    table = window.contacts.table
    assert (table.currentRow(), table.currentColumn()) == (1, 3)
    assert window.contacts_dock.isVisible()
    assert table.hasFocus()
    assert not window.isWindowModified()  # finding changes nothing


def test_case_sensitivity_applies_to_cells(window):
    dialog = window.find_dialog
    dialog.find_text.setText("chen")
    _from_english_boilerplate(window)
    assert dialog.find_next()
    assert (dialog._current.row, dialog._current.column) == (0, 1)  # "Chen Yi-chun"
    dialog.case.setChecked(True)
    _from_english_boilerplate(window)
    assert dialog.find_next()
    assert (dialog._current.row, dialog._current.column, dialog._current.span) == (0, 8, (7, 11))  # the e-mail


def test_replace_one_by_one_updates_the_release_and_the_modified_state(window):
    dialog = window.find_dialog
    dialog.find_text.setText("#31")
    dialog.replace_text.setText("ext. 31")
    _from_english_boilerplate(window)
    assert dialog.find_next()
    assert (dialog._current.row, dialog._current.column) == (0, 6)
    assert dialog.replace()  # replaces, then finds the next one: the third contact's phone
    assert (dialog._current.row, dialog._current.column) == (2, 6)
    contacts = window.current_release().contacts
    assert contacts[0].office_phone == "(02) 2700-5100 ext. 3120"
    assert contacts[2].office_phone == "(02) 2700-5100 #3127"
    assert window.contacts.table.item(0, 6).text() == "(02) 2700-5100 ext. 3120"
    assert window.isWindowModified()
    dialog.replace()
    assert window.current_release().contacts[2].office_phone == "(02) 2700-5100 ext. 3127"
    assert not dialog.find_next()
    assert dialog.status.text() == "Not found"


def test_replace_all_covers_contacts_and_keeps_their_other_fields(window):
    before = window.current_release().contacts
    dialog = window.find_dialog
    dialog.find_text.setText("數位包容司")
    dialog.replace_text.setText("數位平權司")
    assert dialog.replace_all() == 3  # the form's unit and two contacts
    after = window.current_release()
    assert after.unit.zh == "數位平權司"
    assert [contact.unit.zh for contact in after.contacts] == ["數位平權司", "公共事務室", "數位平權司"]
    for old, new in zip(before, after.contacts, strict=True):
        assert (new.directory_uid, new.email, new.print_office_phone) == (
            old.directory_uid, old.email, old.print_office_phone,
        )  # fmt: skip
    assert window.isWindowModified()

    dialog.find_text.setText("DIGITAL-SERVICES.EXAMPLE")
    dialog.replace_text.setText("moda.example")
    count = dialog.replace_all()
    emails = [contact.email for contact in window.current_release().contacts]
    assert emails == ["yichun.chen@moda.example", "press@moda.example", "peijung.lin@moda.example"]
    assert count >= 3

"""The real main window: add a directory contact, save, change the entry, reopen, see it flagged, update."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from gui.directory.people import fill
from gui.helpers import commit_input_method
from releasedesk.directory.repository import SqliteContactRepository, default_db_path
from releasedesk.fileformat import load_release, save_release
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from pathlib import Path


def test_release_flags_a_directory_change_and_updates_it(
    settings: Any, make_window: Any, tmp_path: Path, qtbot: Any
) -> None:
    db = default_db_path()  # the window's own location (releasedesk.appdirs, inside the test home)
    assert db.is_relative_to(os.environ["XDG_DATA_HOME"])  # the test's folder, never the real home
    with SqliteContactRepository(db) as repo:
        fill(repo, filler=20)
    window = make_window()
    typed = len(window.contacts.contacts())
    assert window.directory.refresh() == ["not_linked"] * typed

    window.directory.add_action.trigger()
    dialog = window.directory.dialog
    commit_input_method(dialog.search, "王小明")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    added = window.contacts.contacts()[-1]
    assert added.name == Bilingual("王小明", "Wang Hsiao-ming")
    assert added.directory_id is not None
    assert window.isWindowModified()

    path = tmp_path / "with-directory-contact.rdrelease"
    save_release(window.current_release(), path)
    with SqliteContactRepository(db) as repo:
        entry = repo.get(added.directory_id)
        assert entry is not None
        entry.office_phone = "(02) 2366-9999"
        repo.update(entry)

    window.show_release(load_release(path), path)
    row = len(window.contacts.contacts()) - 1
    assert window.directory.states[row] == "changed"
    assert window.contacts.is_marked_changed(row)
    window.contacts.table.setCurrentCell(row, 0)
    assert window.directory.update_action.isEnabled()
    window.directory.update_action.trigger()
    assert window.contacts.contact(row).office_phone == "(02) 2366-9999"
    assert not window.contacts.is_marked_changed(row)
    assert window.isWindowModified()
    assert window.current_release().contacts[row].office_phone == "(02) 2366-9999"

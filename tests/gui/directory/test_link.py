"""Directory ↔ release contacts: add from the directory, see a later directory edit flagged, update the copy."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui.helpers import commit_input_method
from releasedesk.directory.repository import SqliteContactRepository
from releasedesk.directory.snapshot import to_snapshot
from releasedesk.gui.contacts_panel import ContactsPanel
from releasedesk.gui.directory import DirectoryLink
from releasedesk.model.release import Bilingual, Contact

if TYPE_CHECKING:
    from pathlib import Path


def make_panel(qtbot: Any, db: Path, contacts: list[Contact]) -> tuple[ContactsPanel, DirectoryLink, QWidget]:
    host = QWidget()
    qtbot.addWidget(host)
    panel = ContactsPanel(host)
    panel.set_contacts(contacts)
    link = DirectoryLink(panel, host, db_path=db)
    host.show()
    qtbot.waitExposed(host)
    return panel, link, host


def test_add_from_directory_flag_a_change_and_update(qtbot: Any, repo: SqliteContactRepository, tmp_path: Path) -> None:
    db = tmp_path / "directory.sqlite3"
    typed = Contact(name=Bilingual("林記者", "Reporter Lin"))  # not from the directory: never flagged
    panel, link, host = make_panel(qtbot, db, [typed])
    assert link.refresh() == ["not_linked"]

    link.add_action.trigger()
    dialog = link.dialog
    assert dialog is not None
    assert dialog.isVisible()
    commit_input_method(dialog.search, "陳美玲")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert link.dialog is None
    assert [c.name.zh for c in panel.contacts()] == ["林記者", "陳美玲"]
    added = panel.contact(1)
    assert added.directory_id is not None
    assert added.title.zh == "發言人"
    assert added.directory_uid == repo.get(added.directory_id).uid  # type: ignore[union-attr]
    assert link.states == ["not_linked", "current"]
    assert not panel.is_marked_changed(1)

    with SqliteContactRepository(db) as elsewhere:  # e.g. a colleague's edit, or the dialog opened later
        entry = elsewhere.get(added.directory_id)
        assert entry is not None
        entry.title = Bilingual("主任秘書", "Chief Secretary")
        elsewhere.update(entry)
    QApplication.sendEvent(host, QEvent(QEvent.Type.WindowActivate))  # coming back to the window re-checks
    assert link.states == ["not_linked", "changed"]
    assert panel.is_marked_changed(1)
    assert not panel.is_marked_changed(0)
    assert "Changed in the directory" in panel.table.item(1, 0).toolTip()

    panel.table.setCurrentCell(0, 0)
    assert not link.update_action.isEnabled()
    panel.table.setCurrentCell(1, 0)
    assert link.update_action.isEnabled()
    link.update_action.trigger()
    updated = panel.contact(1)
    assert updated.title == Bilingual("主任秘書", "Chief Secretary")
    assert updated.directory_updated == repo.get(added.directory_id).updated_at  # type: ignore[union-attr]
    assert link.states == ["not_linked", "current"]
    assert not panel.is_marked_changed(1)
    assert not link.update_action.isEnabled()
    assert panel.contact(0) == typed


def test_a_note_only_edit_is_not_flagged(qtbot: Any, repo: SqliteContactRepository, tmp_path: Path) -> None:
    wang = repo.search("王小明")[0]
    panel, link, _host = make_panel(qtbot, tmp_path / "directory.sqlite3", [to_snapshot(wang)])
    wang.notes = "only a note"
    repo.update(wang)
    assert link.refresh() == ["current"]
    wang = repo.search("王小明")[0]
    wang.mobile = "0900-000-000"
    repo.update(wang)
    assert link.refresh() == ["changed"]
    assert panel.is_marked_changed(0)


def test_a_contact_from_another_directory_is_never_flagged_or_replaced(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path
) -> None:
    """The release's uid is not here; the id (and name) it remembers belong to an entry that has changed since."""
    wang = repo.search("王小明")[0]
    foreign = replace(to_snapshot(wang), directory_uid="5a0e7d51-9c1f-4e4e-8d1e-2b6f0f1f3c77")
    wang.title = Bilingual("主任秘書", "Chief Secretary")
    current = repo.update(wang)
    panel, link, _host = make_panel(qtbot, tmp_path / "directory.sqlite3", [foreign, to_snapshot(current)])
    assert link.refresh() == ["missing", "current"]
    assert not panel.is_marked_changed(0)
    panel.table.setCurrentCell(0, 0)
    assert not link.update_action.isEnabled()
    link.update_current()
    assert panel.contact(0) == foreign

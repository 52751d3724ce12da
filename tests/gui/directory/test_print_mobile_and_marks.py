"""The directory's word on mobile numbers is asked before overriding it; contacts already in the release are marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.directory.test_link import make_panel
from releasedesk.directory.snapshot import to_snapshot

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.directory.repository import SqliteContactRepository

MOBILE = 10  # the "Print mobile" column


def _tick_mobile(panel: Any, row: int) -> None:
    panel.table.item(row, MOBILE).setCheckState(Qt.CheckState.Checked)


def test_ticking_print_mobile_against_the_directory_asks(qtbot, repo: SqliteContactRepository, tmp_path: Path, dialogs):
    wang, chen = repo.search("王小明")[0], repo.search("陳美玲")[0]
    assert not wang.print_mobile
    assert chen.print_mobile
    panel, _link, _host = make_panel(qtbot, tmp_path / "directory.sqlite3", [to_snapshot(wang), to_snapshot(chen)])
    _tick_mobile(panel, 0)
    assert [kind for kind, *_ in dialogs.shown] == ["warning"]
    assert "王小明" in dialogs.shown[0][2]
    assert not panel.contact(0).print_mobile  # Cancel: the directory's word stands, the box is unticked again
    assert panel.table.item(0, MOBILE).checkState() == Qt.CheckState.Unchecked
    dialogs.answers["warning"] = QMessageBox.StandardButton.Yes
    _tick_mobile(panel, 0)
    assert panel.contact(0).print_mobile
    panel.table.item(1, MOBILE).setCheckState(Qt.CheckState.Unchecked)
    _tick_mobile(panel, 1)
    assert panel.contact(1).print_mobile
    assert len(dialogs.shown) == 2  # the directory allows Chen's number: nothing to ask


def test_the_directory_marks_contacts_already_in_the_release(qtbot, repo: SqliteContactRepository, tmp_path: Path):
    wang = repo.search("王小明")[0]
    panel, link, _host = make_panel(qtbot, tmp_path / "directory.sqlite3", [to_snapshot(wang)])
    dialog = link.open_dialog()
    assert dialog is not None
    model = dialog.model
    texts = {model.index(row).data() for row in range(model.rowCount())}
    marked = [text for text in texts if text.startswith("✓ ")]
    assert len(marked) == 1
    assert "王小明" in marked[0]
    assert "in this release" in marked[0]
    panel.set_contacts([])
    panel.changed.emit()  # removing it from the release clears the mark
    assert not any(model.index(row).data().startswith("✓ ") for row in range(model.rowCount()))
    dialog.close()

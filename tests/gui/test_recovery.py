"""Autosave to the recovery folder and recovery after a crash, through real windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.helpers import type_text
from releasedesk.fileformat import FILE_SUFFIX, load_release


def test_autosave_writes_only_when_there_are_new_changes(window, recovery_dir):
    assert not window.files.autosave()  # nothing changed yet
    type_text(window.panes["en"].headline, "Draft: ")
    assert window.files.autosave()
    copies = list(recovery_dir.glob(f"*{FILE_SUFFIX}"))
    assert len(copies) == 1
    assert load_release(copies[0]) == window.current_release()
    assert not window.files.autosave()  # same edits: no second write


def test_focus_loss_autosaves(window, recovery_dir):
    type_text(window.panes["en"].headline, "Focus ")
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert len(list(recovery_dir.glob(f"*{FILE_SUFFIX}"))) == 1


def test_clean_close_and_save_discard_the_recovery_copy(window, recovery_dir, tmp_path):
    type_text(window.panes["en"].headline, "x")
    assert window.files.autosave()
    assert window.files.save_to(tmp_path / "saved.rdrelease")
    assert list(recovery_dir.iterdir()) == []


def test_recovery_after_a_simulated_crash(make_window, dialogs, recovery_dir, tmp_path):
    crashed = make_window()
    crashed.panes["zh-TW"].headline.setText("當機前的修改")
    type_text(crashed.panes["en"].headline, "Before the crash: ")
    crashed.files.path = tmp_path / "was-open.rdrelease"  # it had a file open
    assert crashed.files.autosave()
    expected = crashed.current_release()
    crashed.files.autosave_timer.stop()  # the process "dies": nothing else runs for it

    restarted = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    assert restarted.files.offer_recovery()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "question"
    assert "was-open.rdrelease" in text
    assert restarted.current_release() == expected
    assert restarted.isWindowModified()
    assert restarted.files.path == tmp_path / "was-open.rdrelease"
    assert restarted.current_release().content["zh-TW"].headline == "當機前的修改"
    # the recovered copy now belongs to the restarted session; the crashed session's copy is gone
    assert [path.stem for path in recovery_dir.glob(f"*{FILE_SUFFIX}")] == [restarted.files.store.session_id]


def test_declined_recovery_can_be_discarded(make_window, dialogs, recovery_dir):
    crashed = make_window()
    type_text(crashed.panes["en"].headline, "lost? ")
    crashed.files.autosave()
    restarted = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.Discard
    assert not restarted.files.offer_recovery()
    assert restarted.files.store.orphans() == []
    assert not restarted.isWindowModified()

"""File commands through the window: lock files, corrupt files, unwritable paths, the save-changes prompt."""

from __future__ import annotations

import json
import os
import socket
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from gui.helpers import type_text
from releasedesk.fileformat import load_release, save_release
from releasedesk.samples import load_sample
from releasedesk.session.lockfile import lock_path, read_lock

if TYPE_CHECKING:
    from pathlib import Path


def _saved_sample(tmp_path: Path, name: str = "a.rdrelease") -> Path:
    path = tmp_path / name
    save_release(load_sample(), path)
    return path


def test_open_writes_a_lock_and_close_removes_it(make_window, tmp_path):
    path = _saved_sample(tmp_path)
    window = make_window()
    assert window.files.open_path(path)
    owner = read_lock(path)
    assert owner is not None
    assert owner.pid == os.getpid()
    window.close()
    assert not lock_path(path).exists()


def test_file_held_by_another_process_warns_and_can_be_declined(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    holder = {"user": "mei", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-11-24T09:00:00+00:00"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    before = window.current_release()
    dialogs.choices = ["cancel"]
    assert not window.files.open_path(path)
    kind, title, text = dialogs.shown[-1]
    assert kind == "exec"
    assert title == "File in use"
    assert f"mei@{socket.gethostname()}" in text
    assert str(os.getppid()) in text
    assert "2026-11-24T09:00:00" not in text  # shown in local time, not as a raw UTC string
    assert "Take Over" not in text  # a live holder on this machine cannot be taken over
    assert window.files.path is None
    assert window.current_release() == before
    assert read_lock(path).user == "mei"  # their lock is untouched

    dialogs.choices = ["open_anyway"]
    assert window.files.open_path(path)
    assert window.files.path == path
    assert window.files.lock is None
    window.close()
    assert read_lock(path).user == "mei"  # closing never deletes a live holder's lock


def test_stale_lock_from_a_dead_process_is_ignored(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    dead = {"user": "x", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": ""}
    lock_path(path).write_text(json.dumps(dead), encoding="utf-8")
    assert window.files.open_path(path)
    assert dialogs.shown == []
    assert read_lock(path).pid == os.getpid()


def test_corrupt_file_shows_a_dialog_and_keeps_the_current_work(window, dialogs, tmp_path):
    type_text(window.panes["en"].headline, "unsaved ")
    before = window.current_release()
    bad = tmp_path / "bad.rdrelease"
    bad.write_bytes(b'{"format": "releasedesk-release", "schema": 1, "release": {"agency": 3')
    assert not window.files.open_path(bad, ask_to_save=False)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical"
    assert "bad.rdrelease" in text
    assert "damaged" in text
    assert window.current_release() == before
    assert window.isWindowModified()


def test_unwritable_path_shows_a_dialog_and_keeps_the_work_modified(window, dialogs, tmp_path):
    type_text(window.panes["en"].headline, "unsaved ")
    target = tmp_path / "no-such-folder" / "x.rdrelease"
    assert not window.files.save_to(target)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical"
    assert "folder does not exist" in text
    assert window.isWindowModified()
    assert window.files.path is None
    assert not target.exists()


def test_close_with_changes_asks_and_cancel_keeps_the_window(window, dialogs, tmp_path):
    type_text(window.panes["en"].headline, "x")
    dialogs.answers["question"] = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert dialogs.kinds() == ["question"]

    target = tmp_path / "closing.rdrelease"
    dialogs.save_paths.append(target)
    dialogs.answers["question"] = QMessageBox.StandardButton.Save
    expected = window.current_release()
    assert window.close()
    assert load_release(target) == expected


def test_new_replaces_the_release_with_the_sample_after_asking(window, dialogs):
    window.panes["en"].headline.setText("changed")
    assert window.files.new()  # answered Discard
    assert dialogs.kinds() == ["question"]
    assert window.current_release() == load_sample()
    assert not window.isWindowModified()


def test_open_dialog_and_recent_menu(window, dialogs, tmp_path):
    first, second = _saved_sample(tmp_path, "first.rdrelease"), _saved_sample(tmp_path, "second.rdrelease")
    dialogs.open_paths.append(first)
    assert window.files.open_dialog()
    assert window.files.open_path(second)
    names = [action.text() for action in window.recent_menu.actions()]
    assert names == ["second.rdrelease", "first.rdrelease"]
    window.recent_menu.actions()[1].trigger()
    assert window.files.path == first

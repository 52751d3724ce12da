"""Saving through the window when someone else changed, locked or protected the file: nothing lost silently."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from gui.helpers import type_text
from releasedesk.fileformat import load_release, save_release
from releasedesk.processes import ProcessId, process_start
from releasedesk.samples import load_sample
from releasedesk.session.lockfile import lock_path, read_lock

if TYPE_CHECKING:
    from pathlib import Path

# Another ReleaseDesk (another process) opens the file, changes the English headline and saves it properly.
COLLEAGUE = """
import sys
from pathlib import Path
from releasedesk.fileformat import load_release_stamped, save_release
path = Path(sys.argv[1])
release, stamp = load_release_stamped(path)
release.content["en"].headline = "Colleague's headline"
save_release(release, path, expected=stamp)
"""


def _saved_sample(tmp_path: Path) -> Path:
    path = tmp_path / "shared.rdrelease"
    save_release(load_sample(), path)
    return path


def _colleague_saves(path: Path) -> None:
    subprocess.run([sys.executable, "-c", COLLEAGUE, str(path)], check=True, timeout=60)


def _headline(path: Path) -> str:
    return load_release(path).content["en"].headline


def test_save_after_a_colleagues_save_asks_and_writes_nothing_until_told(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    assert window.files.open_path(path)
    _colleague_saves(path)
    type_text(window.panes["en"].headline, "Mine: ")
    dialogs.choices = ["compare", "cancel"]
    assert not window.files.save()
    titles = [title for kind, title, _ in dialogs.shown if kind == "exec"]
    assert titles == ["File changed on disk", "File changed on disk"]
    assert "shared.rdrelease" in dialogs.shown[-1][2]
    assert "modified" in dialogs.shown[-1][2]
    assert _headline(path) == "Colleague's headline"  # their save survives on disk, not only in the backup
    assert window.isWindowModified()

    copy = tmp_path / "mine.rdrelease"
    dialogs.choices = ["save_copy"]
    dialogs.save_paths = [copy]
    assert window.files.save()
    assert _headline(copy).startswith("Mine: ")
    assert _headline(path) == "Colleague's headline"
    assert window.files.path == copy


def test_overwrite_on_purpose_and_reload(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    assert window.files.open_path(path)
    _colleague_saves(path)
    type_text(window.panes["en"].headline, "Mine: ")
    dialogs.choices = ["overwrite"]
    assert window.files.save()
    assert _headline(path).startswith("Mine: ")
    assert _headline(path.with_name(path.name + "~")) == "Colleague's headline"  # theirs kept as the backup

    _colleague_saves(path)
    type_text(window.panes["en"].headline, "Again: ")
    dialogs.choices = ["reload"]
    assert not window.files.save()
    assert window.current_release().content["en"].headline == "Colleague's headline"
    assert not window.isWindowModified()
    type_text(window.panes["en"].headline, "After reload: ")
    assert window.files.save()  # based on what is on disk now: no conflict
    assert _headline(path).startswith("After reload: ")


def test_file_open_elsewhere_can_be_opened_read_only(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    parent = os.getppid()
    holder = {"user": "mei", "since": "2026-11-24T09:00:00+00:00", **ProcessId.current().__dict__}
    holder.update(pid=parent, start=process_start(parent))
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    dialogs.choices = ["read_only"]
    assert window.files.open_path(path)
    assert window.files.read_only
    assert "(read-only)" in window.windowTitle()
    type_text(window.panes["en"].headline, "Looking: ")
    copy = tmp_path / "copy.rdrelease"
    dialogs.save_paths = [copy]
    assert window.files.save()  # Save goes to Save As
    assert copy.exists()
    assert load_release(path) == load_sample()
    assert read_lock(path).user == "mei"


def test_unwritable_lock_is_shown_to_the_user(window, dialogs, tmp_path):
    folder = tmp_path / "protected"
    folder.mkdir()
    path = _saved_sample(folder)
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        os.chmod(folder, 0o555)
    try:
        assert window.files.open_path(path)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        os.chmod(folder, 0o755)
    warning = window.files.warnings
    assert warning.isVisible()
    assert "No lock file" in warning.text()
    assert "permission denied" in warning.text()


def test_autosave_failure_stays_visible_until_autosave_works(window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    good_folder = window.files.store.folder
    window.files.store.folder = blocker / "recovery"
    type_text(window.panes["en"].headline, "a")
    assert not window.files.autosave()
    warning = window.files.warnings
    assert warning.isVisible()
    assert "Autosave is failing" in warning.text()
    type_text(window.panes["en"].headline, "b")
    assert not window.files.autosave()
    assert warning.isVisible()  # still there: not a message that times out
    window.files.store.folder = good_folder
    type_text(window.panes["en"].headline, "c")
    assert window.files.autosave()
    assert not warning.isVisible()


def test_read_only_release_is_replaced_only_when_chosen(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    assert window.files.open_path(path)
    path.chmod(0o444)
    type_text(window.panes["en"].headline, "Edited: ")
    dialogs.choices = ["cancel"]
    assert not window.files.save()
    assert load_release(path) == load_sample()
    assert dialogs.shown[-1][1] == "Read-only file"
    dialogs.choices = ["replace"]
    assert window.files.save()
    assert _headline(path).startswith("Edited: ")
    assert path.stat().st_mode & 0o777 == 0o444


def test_backup_that_could_not_be_made_is_a_visible_warning(window, tmp_path):
    path = _saved_sample(tmp_path)
    assert window.files.open_path(path)
    path.with_name(path.name + "~").mkdir()
    type_text(window.panes["en"].headline, "x")
    assert window.files.save()
    assert window.files.warnings.isVisible()
    assert "shared.rdrelease~" in window.files.warnings.text()


def test_recovery_against_a_newer_file_on_disk_asks_before_saving(make_window, dialogs, recovery_dir, tmp_path):
    path = _saved_sample(tmp_path)
    crashed = make_window()
    assert crashed.files.open_path(path)
    type_text(crashed.panes["en"].headline, "Unsaved: ")
    assert crashed.files.autosave()
    crashed.files.autosave_timer.stop()
    crashed.files.lock.release()  # the crash: its lock is gone (or stale)
    crashed.files.lock = None
    _colleague_saves(path)  # meanwhile a colleague saved a newer version

    from PySide6.QtWidgets import QMessageBox

    restarted = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    assert restarted.files.offer_recovery()
    offer = next(text for kind, _title, text in dialogs.shown if kind == "question")
    assert re.search(r"autosaved \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(\w+\)", offer)
    assert "+00:00" not in offer
    assert restarted.files.path == path
    dialogs.choices = ["cancel"]
    assert not restarted.files.save()
    assert dialogs.shown[-1][1] == "File changed on disk"
    assert _headline(path) == "Colleague's headline"


def test_recovery_leaves_a_live_holders_lock_alone(make_window, dialogs, recovery_dir, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    path = _saved_sample(tmp_path)
    crashed = make_window()
    assert crashed.files.open_path(path)
    type_text(crashed.panes["en"].headline, "Unsaved: ")
    assert crashed.files.autosave()
    crashed.files.autosave_timer.stop()
    parent = os.getppid()
    holder = {"user": "mei", "since": "2026-11-24T09:00:00+00:00", **ProcessId.current().__dict__}
    holder.update(pid=parent, start=process_start(parent))
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")  # someone else has it open now
    crashed.files.lock = None

    restarted = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    assert restarted.files.offer_recovery()
    assert restarted.files.lock is None
    assert read_lock(path).user == "mei"
    assert "Also open elsewhere" in restarted.files.warnings.text()


def test_other_computers_lock_shows_owner_and_age_and_is_taken_over_only_on_purpose(window, dialogs, tmp_path):
    path = _saved_sample(tmp_path)
    holder = {"user": "mei", "since": "2026-11-24T09:00:00+00:00", **ProcessId.current().__dict__}
    holder.update(host="press-pc-2", machine_id="f" * 32, pid=4242)
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    two_hours_ago = time.time() - 2 * 3600 - 60
    os.utime(lock_path(path), (two_hours_ago, two_hours_ago))
    dialogs.choices = ["open_anyway"]
    assert window.files.open_path(path)
    _kind, _title, text = dialogs.shown[-1]
    assert "mei@press-pc-2" in text
    assert "last seen 2 hours ago" in text
    assert "another computer" in text
    assert read_lock(path).host == "press-pc-2"  # opening anyway leaves their lock alone
    dialogs.choices = ["take_over"]
    assert window.files.open_path(path)
    assert read_lock(path).is_this_process
    assert window.files.lock is not None

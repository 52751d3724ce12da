"""File commands: New, Open, Save, Save As, Close prompts, recent files, lock files and autosave.

The window asks; this controller talks to the user (dialogs) and to the Qt-free file format, lock and recovery
modules. Every failure is a dialog with one clear line; the release in the window is never touched by a failure.
The controller remembers the stamp (size, time, hash) of what it loaded or last saved, and every save passes it on:
a file changed on disk meanwhile is never overwritten silently (see conflict_dialog).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from releasedesk import samples
from releasedesk.appdirs import app_data_dir
from releasedesk.errors import ReleaseDeskError
from releasedesk.fileformat import (
    FILE_SUFFIX,
    FileStamp,
    ReadOnlyReleaseError,
    SaveConflictError,
    dumps,
    file_stamp,
    load_release_stamped,
    save_release,
)
from releasedesk.gui.choice import Role, ask, local_time
from releasedesk.gui.conflict_dialog import ConflictChoice, DiffDialog, ask_conflict, text_diff
from releasedesk.gui.file_warnings import FileWarnings
from releasedesk.gui.lock_dialog import LockChoice, ask_lock
from releasedesk.gui.slots import command
from releasedesk.model.release import LANGUAGES, LanguageContent, Release
from releasedesk.session.lockfile import FileLock, LockState, foreign_holder
from releasedesk.session.recovery import RecoveryEntry, RecoveryStore

if TYPE_CHECKING:
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.window_protocol import ReleaseWindow

AUTOSAVE_MS = 30_000
UNKNOWN_VERSION = FileStamp(-1, 0, "")
"""The expected stamp when the version a release was based on is not known: any file on disk is a conflict."""


def recovery_folder() -> Path:
    """Where autosaved copies wait for recovery after a crash (the application's data folder)."""
    return app_data_dir() / "recovery"


def new_release() -> Release:
    """The bundled sample as a starting point; an empty bilingual release when the sample is missing."""
    try:
        return samples.load_sample()
    except ReleaseDeskError:
        return Release(content={lang: LanguageContent() for lang in LANGUAGES})


class FileController(QObject):
    """Open, save, autosave and recovery for the window, with locks and conflict checks."""

    def __init__(self, window: ReleaseWindow, settings: Settings, store: RecoveryStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.store = store or RecoveryStore(recovery_folder())
        self.path: Path | None = None
        self.stamp: FileStamp | None = None  # what is on disk at `path` as far as this window knows
        self.read_only = False
        self.lock: FileLock | None = None
        self._autosaved_generation = -1
        self.warnings = FileWarnings(window)
        window.statusBar().addPermanentWidget(self.warnings)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(command(self.autosave))
        self.autosave_timer.start()

    def _parent(self) -> QWidget:
        return self.window

    def _error(self, title: str, error: Exception) -> None:
        QMessageBox.critical(self._parent(), title, str(error))

    # open/close -----------------------------------------------------------------------------------------------
    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _claim(self, path: Path | None, lock: FileLock | None = None, *, read_only: bool = False) -> None:
        """Make `path` this window's file, holding `lock` (acquired for it) or else trying to acquire one; a lock
        someone else holds is never replaced, and a missing lock is shown until the file is closed."""
        if self.lock is not None and self.lock is not lock:
            self._release_lock()
        self.path, self.read_only, self.lock = path, read_only, None
        self.warnings.set_warning("lock", None)
        if path is None or read_only:
            return
        if lock is None:
            lock = FileLock(path)
            attempt = lock.acquire()
            if attempt.state is LockState.UNWRITABLE:
                message = self.tr("No lock file (%1): others opening this release will not be warned")
                self.warnings.set_warning("lock", message.replace("%1", attempt.reason))
                return
            if attempt.state is LockState.HELD:
                message = self.tr("Also open elsewhere: your save will be checked against their changes")
                self.warnings.set_warning("lock", message)
                return
        self.lock = lock

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._claim(None)
        self.stamp = None
        self.window.show_release(new_release(), None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        folder = str(self.settings.last_folder() or Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open release"), folder, self.tr("Releases (*%1)").replace("%1", FILE_SUFFIX)
        )
        return self.open_path(Path(name), ask_to_save=False) if name else False

    def _lock_for_opening(self, path: Path) -> tuple[bool, FileLock | None, bool]:
        """Acquire the lock of `path`, or ask what to do when someone holds it: (go on, lock acquired, read-only)."""
        if self.lock is not None and self.lock.path == path and self.lock.still_ours():
            return True, self.lock, False
        lock = FileLock(path)
        attempt = lock.acquire()
        if attempt.state is not LockState.HELD:  # acquired, or unwritable (which _claim reports)
            return True, lock if attempt.state is LockState.ACQUIRED else None, False
        choice = ask_lock(self._parent(), path, attempt.holder)
        if choice is LockChoice.CANCEL:
            return False, None, False
        if choice is LockChoice.TAKE_OVER and lock.take_over().state is LockState.ACQUIRED:
            return True, lock, False
        return True, None, choice is LockChoice.READ_ONLY

    def open_path(self, path: Path, *, ask_to_save: bool = True) -> bool:
        """Open `path` in this window; on any failure the current release stays as it was."""
        if ask_to_save and not self.maybe_save():
            return False
        try:
            release, stamp = load_release_stamped(path)
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot open the release"), error)
            return False
        go_on, lock, read_only = self._lock_for_opening(path)
        if not go_on:
            return False
        self._claim(path, lock, read_only=read_only)
        self.stamp = stamp
        self.window.show_release(release, path)
        self._show_read_only_title()
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path.resolve().parent)
        self.window.update_recent_menu()
        return True

    def _show_read_only_title(self) -> None:
        if self.read_only and self.path is not None:
            self.window.setWindowTitle(self.tr("%1 (read-only)[*] — ReleaseDesk").replace("%1", self.path.name))

    def maybe_save(self) -> bool:
        """The usual prompt before the release is replaced or closed; False means the user cancelled."""
        if not self.window.isWindowModified():
            return True
        answer = QMessageBox.question(
            self._parent(),
            self.tr("Save changes?"),
            self.tr("The release “%1” has unsaved changes. Save them?").replace("%1", self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def close(self) -> None:
        """The window is closing after `maybe_save`: give up the lock and this session's recovery copy."""
        self.autosave_timer.stop()
        self._claim(None)
        self.store.discard()

    # save ---------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.path, self.stamp)

    def save_as(self, *, as_copy: bool = False) -> bool:
        """Ask where to save; `as_copy`: even this window's own file counts as someone else's (after a conflict)."""
        folder = self.settings.last_folder() or Path.home()
        suggestion = str(folder / (self.path.name if self.path else self.tr("release") + FILE_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(
            self._parent(), self.tr("Save release as"), suggestion, self.tr("Releases (*%1)").replace("%1", FILE_SUFFIX)
        )
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        if path == self.path and not self.read_only and not as_copy:
            return self.save_to(path, self.stamp)
        holder = foreign_holder(path)
        if holder is not None:
            answer = QMessageBox.warning(
                self._parent(),
                self.tr("File in use"),
                self.tr("“%1” is open by %2 since %3. Replace it anyway?")
                .replace("%1", path.name)
                .replace("%2", holder.describe())
                .replace("%3", local_time(holder.since)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        # The file dialog has asked about replacing an existing file: replace exactly what is there now.
        return self.save_to(path, file_stamp(path))

    def show_untitled(self, release: Release, *, modified: bool = True) -> None:
        """Show a release that has no file yet (from a profile, a sample or the library)."""
        self._claim(None)
        self.window.show_release(release, None, modified=modified)

    def save_to(self, path: Path, expected: FileStamp | None = None, *, replace_read_only: bool = False) -> bool:
        """Save to `path`, which should hold `expected` (None: no file); a different file there is a conflict."""
        release = self.window.current_release()
        try:
            result = save_release(release, path, expected=expected, replace_read_only=replace_read_only)
        except SaveConflictError as conflict:
            return self._resolve_conflict(path, conflict)
        except ReadOnlyReleaseError:
            return self._resolve_read_only(path, expected)
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot save the release"), error)
            return False
        if path != self.path or self.read_only:
            self._claim(path)
            self.settings.add_recent_file(path)
            self.settings.set_last_folder(path.resolve().parent)
            self.window.update_recent_menu()
        self.stamp = result.stamp
        self.window.mark_saved(path)
        problems = "; ".join(result.warnings)  # a backup that could not be made: shown until a save makes one
        self.warnings.set_warning("backup", self.tr("Saved, but %1").replace("%1", problems) if problems else None)
        self.store.discard()
        self.window.library.keep(release, path)
        return True

    def _resolve_read_only(self, path: Path, expected: FileStamp | None) -> bool:
        key = ask(
            self._parent(),
            QMessageBox.Icon.Warning,
            self.tr("Read-only file"),
            self.tr("“%1” is marked read-only. Replace it anyway, or save a copy?").replace("%1", path.name),
            [
                ("save_copy", self.tr("Save as Copy…"), Role.AcceptRole),
                ("replace", self.tr("Replace Anyway"), Role.DestructiveRole),
                ("cancel", self.tr("Cancel"), Role.RejectRole),
            ],
            "save_copy",
        )
        if key == "replace":
            return self.save_to(path, expected, replace_read_only=True)
        if key == "save_copy":
            return self.save_as(as_copy=True)
        return False

    def _resolve_conflict(self, path: Path, conflict: SaveConflictError) -> bool:
        """The file on disk is not what this window loaded: the user decides, nothing is written until then."""
        while True:
            choice = ask_conflict(self._parent(), path, conflict, foreign_holder(path))
            if choice is ConflictChoice.COMPARE:
                self._compare(path)
                continue
            if choice is ConflictChoice.SAVE_COPY:
                return self.save_as(as_copy=True)
            if choice is ConflictChoice.RELOAD:
                return self._reload(path)
            if choice is ConflictChoice.OVERWRITE:
                return self.save_to(path, conflict.current)
            return False

    def _compare(self, path: Path) -> None:
        try:
            theirs = path.read_bytes().decode("utf-8", "replace")
        except OSError as error:
            self._error(self.tr("Cannot compare"), error)
            return
        mine = dumps(self.window.current_release()).decode("utf-8")
        DiffDialog(self._parent(), self.tr("Changes: on disk → this window"), text_diff(theirs, mine, path.name)).exec()

    def _reload(self, path: Path) -> bool:
        try:
            release, stamp = load_release_stamped(path)
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot open the release"), error)
            return False
        self.stamp = stamp
        self.window.show_release(release, path)
        return False  # nothing was saved: what is on disk is now in the window

    # autosave and recovery -------------------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Save a recovery copy when there are changes not yet autosaved; a failure stays on show until one works."""
        if self.lock is not None:
            self.lock.refresh()
        if not self.window.isWindowModified() or self.window.edit_generation == self._autosaved_generation:
            return False
        try:
            self.store.save(self.window.current_release(), self.path, self.stamp)
        except ReleaseDeskError as error:
            self.warnings.set_warning(
                "autosave",
                self.tr("Autosave is failing (%1): save your work; a crash now would lose it").replace(
                    "%1", str(error)
                ),
            )
            return False
        self.warnings.set_warning("autosave", None)
        self._autosaved_generation = self.window.edit_generation
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer each copy left behind; True when one was recovered into the window."""
        for entry in self.store.orphans():
            answer = QMessageBox.question(
                self._parent(),
                self.tr("Recover unsaved work?"),
                self.tr(
                    "ReleaseDesk did not close properly last time. Unsaved changes to “%1” (autosaved %2) "
                    "can be recovered.\n\nRecover them now? “Discard” deletes the copy; “Cancel” asks again "
                    "next time."
                )
                .replace("%1", entry.title)
                .replace("%2", local_time(entry.saved_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Discard:
                self.store.discard(entry.session_id)
            elif answer == QMessageBox.StandardButton.Yes and self.recover(entry):
                return True
        return False

    def recover(self, entry: RecoveryEntry) -> bool:
        """Put a crashed session's work back; its original keeps any live holder's lock and is compared on save."""
        try:
            release = entry.load()
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot recover the release"), error)
            return False
        original = entry.original if entry.original and entry.original.parent.is_dir() else None
        self._claim(original)  # takes the lock only when nobody live holds it
        # Based on that version; an entry from an older ReleaseDesk has no stamp, so any file there is a conflict.
        self.stamp = entry.original_stamp if entry.original_stamp is not None or original is None else UNKNOWN_VERSION
        if original is not None and entry.original_stamp is None and not original.exists():
            self.stamp = None
        self.window.show_release(release, self.path, modified=True)
        self.store.discard(entry.session_id)
        self.autosave()
        return True

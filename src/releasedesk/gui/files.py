"""File commands: New, Open, Save, Save As, Close prompts, recent files, lock files and autosave.

The window asks; this controller talks to the user (dialogs) and to the Qt-free file format, lock and recovery
modules. Every failure is a dialog with one clear line; the release in the window is never touched by a failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from releasedesk import samples
from releasedesk.errors import ReleaseDeskError
from releasedesk.fileformat import FILE_SUFFIX, load_release, save_release
from releasedesk.gui.lockfile import FileLock, foreign_holder
from releasedesk.gui.recovery import RecoveryEntry, RecoveryStore
from releasedesk.gui.settings import Settings
from releasedesk.gui.slots import command
from releasedesk.model.release import LANGUAGES, LanguageContent, Release

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow

AUTOSAVE_MS = 30_000


def recovery_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def new_release() -> Release:
    """The bundled sample as a starting point; an empty bilingual release when the sample is missing."""
    try:
        return samples.load_sample()
    except ReleaseDeskError:
        return Release(content={lang: LanguageContent() for lang in LANGUAGES})


class FileController(QObject):
    def __init__(self, window: MainWindow, settings: Settings, store: RecoveryStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.store = store or RecoveryStore(recovery_folder())
        self.path: Path | None = None
        self.lock: FileLock | None = None
        self._autosaved_generation = -1
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(command(self.autosave))
        self.autosave_timer.start()

    def _parent(self) -> QWidget:
        return self.window

    def _error(self, title: str, error: Exception) -> None:
        QMessageBox.critical(self._parent(), title, str(error))

    # open/close -----------------------------------------------------------------------------------------------
    def _claim(self, path: Path | None) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.path = path
        if path is not None:
            self.lock = FileLock(path)
            self.lock.acquire()

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._claim(None)
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

    def open_path(self, path: Path, *, ask_to_save: bool = True) -> bool:
        """Open `path` in this window; on any failure the current release stays as it was."""
        if ask_to_save and not self.maybe_save():
            return False
        holder = foreign_holder(path)
        if holder is not None:
            answer = QMessageBox.warning(
                self._parent(),
                self.tr("File in use"),
                self.tr("%1 is already open by %2 since %3.\n\nOpen it anyway? Saving may overwrite their changes.")
                .replace("%1", path.name)
                .replace("%2", holder.describe())
                .replace("%3", holder.since),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
        try:
            release = load_release(path)
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot open the release"), error)
            return False
        self._claim(path)
        self.window.show_release(release, path)
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path.resolve().parent)
        self.window.update_recent_menu()
        return True

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
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
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
        return self.save_to(path)

    def show_untitled(self, release: Release, *, modified: bool = True) -> None:
        """Show a release that has no file yet (from a profile, a sample or the library)."""
        self._claim(None)
        self.window.show_release(release, None, modified=modified)

    def save_to(self, path: Path) -> bool:
        release = self.window.current_release()
        try:
            save_release(release, path)
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot save the release"), error)
            return False
        if path != self.path:
            self._claim(path)
            self.settings.add_recent_file(path)
            self.settings.set_last_folder(path.resolve().parent)
            self.window.update_recent_menu()
        self.window.mark_saved(path)
        self.store.discard()
        self.window.library.keep(release, path)
        return True

    # autosave and recovery -------------------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Save a recovery copy when there are changes not yet autosaved; failures are only logged in the status bar."""
        if not self.window.isWindowModified() or self.window.edit_generation == self._autosaved_generation:
            return False
        try:
            self.store.save(self.window.current_release(), self.path)
        except ReleaseDeskError as error:
            self.window.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(error)), 10_000)
            return False
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
                .replace("%2", entry.saved_at),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Discard:
                self.store.discard(entry.session_id)
            elif answer == QMessageBox.StandardButton.Yes and self.recover(entry):
                return True
        return False

    def recover(self, entry: RecoveryEntry) -> bool:
        try:
            release = entry.load()
        except ReleaseDeskError as error:
            self._error(self.tr("Cannot recover the release"), error)
            return False
        self._claim(entry.original if entry.original and entry.original.parent.is_dir() else None)
        self.window.show_release(release, self.path, modified=True)
        self.store.discard(entry.session_id)
        self.autosave()
        return True

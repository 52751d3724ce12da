"""The window's link to the library: opened on first use from the settings' URL, keeps every saved release (a new
version of the one that was opened), and polls for colleagues' changes so open dialogs refresh themselves."""

from __future__ import annotations

import getpass
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from releasedesk import samples
from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.slots import command
from releasedesk.library.errors import LibraryConflict
from releasedesk.library.newfrom import new_from_release, reuse_boilerplate, reuse_contacts
from releasedesk.model.release import LANGUAGES, Image, LanguageContent, Release

if TYPE_CHECKING:
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.window_protocol import ReleaseWindow
    from releasedesk.library.store import Library

POLL_MS = 5000


class LibraryController(QObject):
    """The office library for the window: opening it, and telling views when it changed."""

    changed = Signal()
    """A colleague (or this window) added or changed something in the library."""

    def __init__(self, window: ReleaseWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._library: Library | None = None
        self._token: tuple[object, ...] | None = None
        self.current: tuple[int, int] | None = None
        """(library id, version) of the release in the window, when it came from or went into the library."""
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(command(self.poll))

    # the connection -----------------------------------------------------------------------------------------------
    def library(self, *, quiet: bool = False) -> Library | None:
        if self._library is None:
            from releasedesk.library.store import Library  # SQLAlchemy and Alembic: on first use, not at start-up

            try:
                self._library = Library(self.settings.library_url or None)
            except ReleaseDeskError as error:
                if not quiet:
                    QMessageBox.warning(self.window, self.tr("Library unavailable"), str(error))
                return None
            self._token = self._library.change_token()
            self.poll_timer.start()
        return self._library

    def poll(self) -> bool:
        """Colleagues' changes appear without a restart: one cheap query every few seconds."""
        if self._library is None:
            return False
        try:
            token = self._library.change_token()
        except ReleaseDeskError:
            return False
        except Exception:  # a server gone away: try again at the next tick
            return False
        if token == self._token:
            return False
        self._token = token
        self.changed.emit()
        return True

    def set_address(self, url: str) -> bool:
        """Point this workstation at another library (empty: the local file), after checking it opens."""
        from releasedesk.library.engine import has_password
        from releasedesk.library.store import Library

        url = url.strip()
        try:
            if has_password(url):
                raise ValueError(self.tr("Put the password in ~/.pgpass or a libpq service file, not in the address."))
            Library(url or None).close()
            self.settings.library_url = url
        except (ReleaseDeskError, ValueError) as error:
            QMessageBox.warning(self.window, self.tr("Library unavailable"), str(error))
            return False
        self.close()
        self.current = None
        return self.library() is not None

    def ask_address(self) -> bool:
        url, chosen = QInputDialog.getText(
            self.window,
            self.tr("Library address"),
            self.tr("sqlite:///PATH or postgresql://HOST/DATABASE (empty: this computer's library):"),
            text=self.settings.library_url,
        )
        return self.set_address(url) if chosen else False

    def close(self) -> None:
        self.poll_timer.stop()
        if self._library is not None:
            self._library.close()
            self._library = None

    # new releases ----------------------------------------------------------------------------------------------------
    def _replace(self, release: Release, stored: tuple[int, int] | None = None) -> bool:
        if not self.window.files.maybe_save():
            return False
        self.window.files.show_untitled(release, modified=stored is None)
        self.current = stored
        return True

    def new_from_profile(self) -> bool:
        """File → New: a blank release from an agency profile (asked when there are several), its number allocated;
        with no profile yet, a blank bilingual release."""
        library = self.library()
        names = library.profiles.names() if library is not None else []
        if not names:
            return self._replace(Release(content={lang: LanguageContent() for lang in LANGUAGES}))
        name = names[0]
        if len(names) > 1:
            name, chosen = QInputDialog.getItem(
                self.window, self.tr("New release"), self.tr("Agency profile:"), names, 0, False
            )
            if not chosen:
                return False
        try:
            release = library.profiles.new_release(name)  # type: ignore[union-attr]  # None only when there are no profiles, handled above
        except ReleaseDeskError as error:
            QMessageBox.warning(self.window, self.tr("Cannot create the release"), str(error))
            return False
        return self._replace(release)

    def new_from_sample(self, name: str) -> bool:
        try:
            release = samples.load_sample(name)
        except ReleaseDeskError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open the sample"), str(error))
            return False
        return self._replace(release)

    def open_stored(self, release_id: int) -> bool:
        library = self.library()
        stored = library.releases.get(release_id) if library is not None else None
        if stored is None:
            return False
        return self._replace(stored.release, (stored.summary.id, stored.summary.version))

    def new_from_stored(self, release_id: int) -> bool:
        library = self.library()
        stored = library.releases.get(release_id) if library is not None else None
        if stored is None:
            return False
        return self._replace(new_from_release(stored.release))

    def reuse_from_stored(self, release_id: int, *, boilerplate: bool, contacts: bool) -> bool:
        """Take a past release's boilerplate and/or contact block into the release being edited."""
        library = self.library()
        stored = library.releases.get(release_id) if library is not None else None
        if stored is None:
            return False
        release = self.window.current_release()
        if boilerplate:
            reuse_boilerplate(release, stored.release)
        if contacts:
            reuse_contacts(release, stored.release)
        current = self.current
        self.window.show_release(release, self.window.files.path, modified=True)
        self.current = current  # still the same release, only edited
        return True

    # keeping saved releases ---------------------------------------------------------------------------------------
    def keep(self, release: Release, path: Path | None) -> bool:
        """After a save to disk: the library gets the same content, as a new version of the release it came from.
        If a colleague saved that release meanwhile, this one is kept as a separate entry: nobody's edit is lost."""
        library = self.library(quiet=True)
        if library is None:
            self.window.statusBar().showMessage(self.tr("Saved; the library is unavailable, so it was not kept there"))
            return False
        author = getpass.getuser()
        source = path.name if path else ""
        try:
            if self.current is not None:
                try:
                    summary = library.releases.save(
                        self.current[0], release, expected_version=self.current[1], author=author
                    )
                except LibraryConflict as conflict:
                    summary = library.releases.add(release, author=author, source_name=source)
                    QMessageBox.information(
                        self.window,
                        self.tr("Saved alongside a colleague's version"),
                        self.tr("%1\n\nYour version is kept in the library as a separate release (%2).")
                        .replace("%1", str(conflict))
                        .replace("%2", str(summary.id)),
                    )
            elif (known := library.releases.find_by_number(release.number)) is not None:
                summary = library.releases.save(known.id, release, expected_version=known.version, author=author)
            else:
                summary = library.releases.add(release, author=author, source_name=source)
        except ReleaseDeskError as error:
            self.window.statusBar().showMessage(self.tr("Saved; not kept in the library: %1").replace("%1", str(error)))
            return False
        self.current = (summary.id, summary.version)
        return True

    # the release's logo -------------------------------------------------------------------------------------------
    def change_logo(self) -> bool:
        from releasedesk.library.profiles import LOGO_TYPES

        filters = self.tr("Images (%1)").replace("%1", " ".join(f"*{suffix}" for suffix in LOGO_TYPES))
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Choose a logo"), str(Path.home()), filters)
        return self.set_logo_file(Path(name)) if name else False

    def set_logo_file(self, path: Path) -> bool:
        from releasedesk.library.profiles import LOGO_TYPES

        mime = LOGO_TYPES.get(path.suffix.lower())
        try:
            data = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Cannot read the logo"), f"{path}: {error.strerror or error}")
            return False
        if mime is None or not data:
            QMessageBox.warning(self.window, self.tr("Cannot use the logo"), self.tr("Choose a PNG or JPEG image."))
            return False
        self.window.set_logo(Image(f"logo-{uuid.uuid4().hex[:8]}", mime, data))
        return True

    def remove_logo(self) -> bool:
        self.window.set_logo(None)
        return True

"""The window's link to the library: opened on first use from the settings' URL, keeps every saved release (a new
version of the one that was opened), and notices colleagues' changes so open dialogs, the directory and the checks'
glossary refresh themselves: told by PostgreSQL (LISTEN/NOTIFY, a socket notifier, no polling), asked of SQLite
every two seconds (PRAGMA data_version)."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from releasedesk import samples
from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.slots import command
from releasedesk.library.errors import LibraryConflict
from releasedesk.library.loading import import_library
from releasedesk.library.newfrom import new_from_release, reuse_boilerplate, reuse_contacts
from releasedesk.model.release import LANGUAGES, Image, LanguageContent, Release

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.window_protocol import ReleaseWindow
    from releasedesk.library.changes import ChangeWatcher
    from releasedesk.library.store import Library

POLL_MS = 2000
"""SQLite (or a lost PostgreSQL listener): how often to ask whether anything changed."""
ALL = "*"
"""`library.changes.ALL`: every table may have changed (kept here: importing that module loads psycopg)."""
GLOSSARY_TABLES = {"glossary_entry", "office_word", "office_setting", ALL}


class LibraryController(QObject):
    """The office library for the window: opening it, and telling views when it changed."""

    changed = Signal()
    """A colleague (or this window) added or changed something in the library."""

    def __init__(self, window: ReleaseWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._library: Library | None = None
        self._token: dict[str, tuple[object, ...]] | None = None
        self._watcher: ChangeWatcher | None = None
        self._templates: dict[tuple[str, ...], HouseStyle | None] = {}
        self._notifier: QSocketNotifier | None = None
        self.current: tuple[int, int] | None = None
        """(library id, version) of the release in the window, when it came from or went into the library."""
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(command(self.poll))
        self.changed.connect(command(self._refresh_directory))
        self.changed.connect(self._templates.clear)  # a colleague may have changed a profile's template
        window.preview.template_for = self.template_for

    # the connection -----------------------------------------------------------------------------------------------
    def library(self, *, quiet: bool = False) -> Library | None:
        if self._library is None:
            import_library()  # SQLAlchemy and Alembic: on first use, not at start-up
            from releasedesk.library.store import Library

            try:
                self._library = Library(self.settings.library_url or None)
            except ReleaseDeskError as error:
                if not quiet:
                    QMessageBox.warning(self.window, self.tr("Library unavailable"), str(error))
                return None
            self._watch(self._library)
        return self._library

    def _watch(self, library: Library) -> None:
        try:
            self._watcher = library.watch()
        except ReleaseDeskError:  # e.g. a server that refuses another connection: poll the change token instead
            self._watcher = None
            self._token = library.change_token()
        fileno = self._watcher.fileno() if self._watcher is not None else None
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(command(self.poll))
        else:
            self.poll_timer.start()

    def _stop_watching(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def poll(self) -> bool:
        """Whether anyone changed the library since the last call; tells the window (`changed`) when so."""
        if self._library is None:
            return False
        if self._watcher is not None:
            try:
                tables = self._watcher.changes()
            except ReleaseDeskError:  # the listening connection is gone: fall back to asking every few seconds
                self._stop_watching()
                self._token = None
                self.poll_timer.start()
                return False
        else:
            try:
                token = self._library.change_token()
            except Exception:  # a server gone away: try again at the next tick
                return False
            from releasedesk.library.changes import changed_tables  # loaded with the library already

            before, self._token = self._token, token
            tables = changed_tables(before, token) if before != token else set()
        if not tables:
            return False
        self.changed.emit()
        checks = getattr(self.window, "checks", None)
        if tables & GLOSSARY_TABLES and checks is not None:
            checks.reload()  # a colleague's glossary entry or office word underlines here too
        return True

    def template_for(self, release: Release, *, open_library: bool = False) -> HouseStyle | None:
        """The PDF template of the agency profile `release` was made from, for export, print and preview; None for
        the built-in house style. Only an open library is asked unless `open_library` (an export opens it; the
        preview does not open it just to look). Raises LibraryError for a profile whose template is broken."""
        if self._library is None and not (open_library and self.library(quiet=True)):
            return None
        key = (release.agency.zh, release.agency.en, release.unit.zh, release.unit.en)
        if key not in self._templates:
            assert self._library is not None
            profile = self._library.profiles.for_release(release)
            self._templates[key] = profile.house_style() if profile is not None else None
        return self._templates[key]

    def _refresh_directory(self) -> None:
        """Contacts a colleague added or edited: the open directory dialog and the release's changed-flags."""
        link = getattr(self.window, "directory", None)
        if link is None:
            return
        if link.dialog is not None:
            link.dialog.model.refresh()
        link.refresh()

    def set_address(self, url: str) -> bool:
        """Point this workstation at another library (empty: the local file), after checking it opens."""
        import_library()
        from releasedesk.library.store import Library

        url = url.strip()
        try:
            from releasedesk.library.engine import has_password  # SQLAlchemy: when the address is set

            if has_password(url):
                raise ValueError(self.tr("Put the password in ~/.pgpass or a libpq service file, not in the address."))
            Library(url or None).close()
            self.settings.library_url = url
        except (ReleaseDeskError, ValueError) as error:
            QMessageBox.warning(self.window, self.tr("Library unavailable"), str(error))
            return False
        self.close()
        self.current = None
        self._switch_directory()
        return self.library() is not None

    def _switch_directory(self) -> None:
        """The contact directory lives in the library: the window's directory follows it to the new address."""
        link = getattr(self.window, "directory", None)
        if link is not None and link.dialog is None:  # an open directory dialog keeps its library until closed
            link.switch_to(self.settings.library_url or None)

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
        self._stop_watching()
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
        self.window.set_logo(Image(f"logo-{os.urandom(4).hex()}", mime, data))  # uuid4().hex[:8], no uuid import
        return True

    def remove_logo(self) -> bool:
        self.window.set_logo(None)
        return True

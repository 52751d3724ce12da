"""Opening the library: connect, bring the schema up to date (Alembic), hand out the repositories.

On SQLite the directory's own migrations run first (`SqliteContactRepository`), so an existing contact directory
becomes a library in place with nothing copied or lost, and Alembic then adds the library's tables beside it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import SQLAlchemyError

from releasedesk.directory.contact import DirectoryError
from releasedesk.directory.repository import SqliteContactRepository
from releasedesk.library.engine import advisory_lock, configured_url, make_engine, safe_url, write_transaction
from releasedesk.library.errors import LibraryError

if TYPE_CHECKING:  # imported lazily below: opening a library for contacts needs no release code
    from types import TracebackType

    from sqlalchemy import Engine

    from releasedesk.library.changes import ChangeWatcher
    from releasedesk.library.contacts import SqlContactRepository
    from releasedesk.library.profiles import ProfileStore
    from releasedesk.library.releases import ReleaseLibrary

MIGRATION_LOCK = 0x52440001
"""pg_advisory_xact_lock key: two workstations starting at once migrate one after the other."""
_migrating = threading.Lock()
"""Alembic's `op` and `context` are module-level proxies, one per process: two threads migrating two libraries at
once (the window's checks thread the default file, its GUI thread a new library address) ran each other's
operations on the wrong connection ("table releases already exists", a PostgreSQL migration asking SQLite)."""


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return config


def head_revision() -> str:
    """The newest migration revision this version knows (a newer database refuses to open)."""
    return str(ScriptDirectory.from_config(_alembic_config()).get_current_head())


class Library:
    """One library database; thread-safe (each call takes a pooled connection)."""

    def __init__(self, url: str | Path | None = None) -> None:
        self.url = configured_url(None if url is None else str(url))
        self.engine: Engine = make_engine(self.url)
        self.label = safe_url(self.engine.url)
        try:
            if self.engine.dialect.name == "sqlite":
                self._prepare_directory_file(Path(self.engine.url.database or ""))
            self._migrate()
        except SQLAlchemyError as error:
            self.engine.dispose()
            raise LibraryError(f"{self.label}: cannot open the library ({_reason(error)})") from None
        except (LibraryError, DirectoryError):
            self.engine.dispose()
            raise

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @staticmethod
    def _prepare_directory_file(path: Path) -> None:
        """Create or update the contact tables with the directory's own, tested migrations."""
        SqliteContactRepository(path).close()

    def _migrate(self) -> None:
        head = head_revision()
        with self.engine.connect() as connection:
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
        with _migrating, write_transaction(self.engine) as connection:
            advisory_lock(connection, MIGRATION_LOCK)
            current = MigrationContext.configure(connection).get_current_revision()
            known = {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
            if current is not None and current not in known:
                raise LibraryError(f"{self.label}: made by a newer ReleaseDesk (schema {current}); please update")
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def contacts(self, *, owns_library: bool = False) -> SqlContactRepository:
        """The contact directory in this library; with `owns_library`, closing it closes the library too."""
        from releasedesk.library.contacts import SqlContactRepository

        return SqlContactRepository(self, owns_library=owns_library)

    @property
    def releases(self) -> ReleaseLibrary:
        from releasedesk.library.releases import ReleaseLibrary

        return ReleaseLibrary(self)

    @property
    def profiles(self) -> ProfileStore:
        from releasedesk.library.profiles import ProfileStore

        return ProfileStore(self)

    def watch(self) -> ChangeWatcher:
        """A watcher for colleagues' changes: LISTEN/NOTIFY on PostgreSQL, PRAGMA data_version on SQLite."""
        from releasedesk.library.changes import ChangeWatcher

        return ChangeWatcher(self)

    def change_token(self) -> dict[str, tuple[object, ...]]:
        """Per table, a value that changes whenever anyone adds, edits or deletes a row there: what a window polls
        when it cannot watch (`changes.table_tokens`, compared table by table)."""
        from releasedesk.library.changes import table_tokens

        with self.engine.connect() as connection:
            return table_tokens(lambda sql: connection.exec_driver_sql(sql).all())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def _reason(error: SQLAlchemyError) -> str:
    """The driver's first line, without SQLAlchemy's statement dump and background link."""
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def open_library(url: str | Path | None = None) -> Library:
    """Open the library at `url` (default: the configured one)."""
    return Library(url)

"""Opening the contact directory where it lives: in the library, or a read-only directory file as it is.

Above both `directory.repository` (the interface and the SQLite file) and `library.store` (the database that keeps
the directory since schema 3): the directory package itself never imports the library.
"""

from __future__ import annotations

from pathlib import Path

from releasedesk.directory.repository import ContactRepository, DirectoryError, SqliteContactRepository, read_only_file
from releasedesk.library.errors import LibraryError
from releasedesk.library.loading import import_library


def open_repository(path: Path | str | None = None) -> ContactRepository:
    """The directory in the library at `path` (a SQLite file or a database URL), or the configured one (see
    `releasedesk.library.engine.configured_url`). An old directory file is migrated in place on first open."""
    if path is not None and "://" not in str(path) and read_only_file(Path(path)):
        return SqliteContactRepository(path)  # a directory we may not write is read as it is: no migration, no lock
    import_library()  # SQLAlchemy loads when the directory is first opened (the window may have a thread at it too)
    from releasedesk.library.store import Library

    try:
        library = Library(path)
    except LibraryError as error:
        raise DirectoryError(str(error)) from None
    return library.contacts(owns_library=True)

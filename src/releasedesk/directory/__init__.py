"""The contact directory: bilingual media contacts kept once (SQLite), reused in releases as snapshots.

Qt-free: the GUI (releasedesk.gui.directory) and the command line (releasedesk.directory.cli) both go through the
`ContactRepository` interface in `repository`, so a server database can be added without touching either.
`releasedesk.library.open_directory.open_repository` opens it where it lives (the library, since schema 3).
"""

from __future__ import annotations

from releasedesk.directory.repository import (
    ContactRepository,
    DirectoryContact,
    DirectoryError,
    SqliteContactRepository,
    default_db_path,
)

__all__ = [
    "ContactRepository",
    "DirectoryContact",
    "DirectoryError",
    "SqliteContactRepository",
    "default_db_path",
]

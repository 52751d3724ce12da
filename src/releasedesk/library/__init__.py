"""The office library: releases with their versions, the contact directory, agency profiles and number schemes in
one store, on SQLite (the default file) or an office PostgreSQL server. Qt-free; see docs/office-library.md.

`Library(url)` opens (and migrates) a store; `library.releases`, `library.contacts()` and `library.profiles` are
the repositories the window and the command line use.
"""

from __future__ import annotations

from releasedesk.library.errors import LibraryConflict, LibraryError
from releasedesk.library.store import Library, open_library

__all__ = ["Library", "LibraryConflict", "LibraryError", "open_library"]

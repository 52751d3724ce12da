"""The office library: releases with their versions, the contact directory, agency profiles and number schemes in
one store, on SQLite (the default file) or an office PostgreSQL server. Qt-free; see docs/office-library.md.

`Library(url)` opens (and migrates) a store; `library.releases`, `library.contacts()` and `library.profiles` are
the repositories the window and the command line use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from releasedesk.library.errors import LibraryConflict, LibraryError

if TYPE_CHECKING:
    from releasedesk.library.store import Library, open_library

__all__ = ["Library", "LibraryConflict", "LibraryError", "open_library"]


def __getattr__(name: str) -> Any:
    """The store (SQLAlchemy and Alembic, ~1 s of imports) loads on first use: importing a light submodule such as
    `library.errors` must not put it on the window's start-up path."""
    if name in ("Library", "open_library"):
        from releasedesk.library import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

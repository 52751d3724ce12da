"""The library's code (SQLAlchemy, Alembic, psycopg and the modules over them) is imported by one thread at a time.

CPython locks each module while it imports it. When two threads import a package with circular imports inside it
(SQLAlchemy's `sql` package) at the same moment, its deadlock avoidance hands one of them a half-initialised module:
"partially initialized module 'sqlalchemy.sql.roles' has no attribute 'SyntaxExtensionRole'". The window reads the
office glossary on the checks thread just after start-up, while the GUI thread may open the library or the directory
for the user's first command, so both threads reach for SQLAlchemy. `import_library()` takes one lock, before any
module lock, and imports the whole stack once; every thread calls it before it touches the library, and afterwards
the imports are finished modules in `sys.modules`. Imports under one outer lock cannot deadlock, and an import this
misses can only fail as before, never hang.
"""

from __future__ import annotations

import importlib
import threading

STACK = (
    "sqlalchemy",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic",
    "psycopg",
    "releasedesk.library.engine",
    "releasedesk.library.store",
    "releasedesk.library.changes",
    "releasedesk.library.contacts",
    "releasedesk.library.profiles",
    "releasedesk.library.releases",
    "releasedesk.checks.glossary_store",
)
"""Everything a thread may import to open the library, read the glossary or watch for changes. SQLAlchemy loads
its dialects when an engine is first made: they are listed so that that happens here too."""

_lock = threading.Lock()
_done = threading.Event()


def import_library() -> None:
    """Import the library's stack if no thread has yet; waits while another thread does (about 0.5 s, once)."""
    if _done.is_set():
        return
    with _lock:
        for name in STACK:
            importlib.import_module(name)
        _done.set()

"""Noticing colleagues' changes without a restart: PostgreSQL tells, SQLite is asked.

On PostgreSQL, statement triggers on the shared tables (migrations 0002 and 0003) send
`NOTIFY releasedesk_library, '<table>'` when a transaction that changed them commits, whoever wrote (a window, the
command line, psql). A `ChangeWatcher` holds one LISTEN connection; its socket becomes readable when a notice
arrives, so a window watches `fileno()` and calls `changes()` only then. On SQLite there is nothing to listen to:
`changes()` compares `PRAGMA data_version` on a connection of its own, which moves whenever another connection
commits to the file (a cheap poll), and only then compares each table's change counter (`table_tokens`, bumped by
triggers: migration 0005) to say which tables changed: a saved release must not make every window rebuild its
writing checks, a glossary entry must.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import psycopg

from releasedesk.library.errors import LibraryError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from releasedesk.library.handle import LibraryHandle

CHANNEL = "releasedesk_library"
ALL = "*"
"""What `changes()` reports on SQLite when the file changed but no table's token shows where."""

COUNTERS_SQL = "SELECT table_name, counter FROM change_counters"
"""One counter per shared table, bumped by triggers with every committed change (migration 0005): unlike the row
counts and time stamps compared before, two changes within one second (the glossary's stamps) are two moves."""

Tokens = dict[str, tuple[object, ...]]


def table_tokens(execute: Callable[[str], Sequence[Sequence[object]]]) -> Tokens:
    """Per table, a value that changes whenever anyone changes a row there; `execute` runs one fixed SQL statement
    (portable to SQLite and PostgreSQL) and returns its rows."""
    return {str(table): (counter,) for table, counter in execute(COUNTERS_SQL)}


def changed_tables(before: Tokens | None, after: Tokens) -> set[str]:
    """The tables whose token moved; {ALL} when there is nothing to compare with or nothing visible moved."""
    if before is None:
        return {ALL}
    return {table for table, token in after.items() if before.get(table) != token} or {ALL}


class ChangeWatcher:
    """One listening connection (PostgreSQL) or one data_version probe (SQLite) for a library."""

    def __init__(self, library: LibraryHandle) -> None:
        self.label = library.label
        self._pg: psycopg.Connection[tuple[object, ...]] | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._version: int | None = None
        self._tokens: Tokens | None = None
        url = library.engine.url
        try:
            if library.dialect == "postgresql":
                conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
                self._pg = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
                self._pg.execute(f"LISTEN {CHANNEL}")  # a fixed identifier, not user input
            else:
                self._sqlite = sqlite3.connect(url.database or "", check_same_thread=False)
                self._version = self._data_version()
                self._tokens = self._table_tokens()
        except (psycopg.Error, sqlite3.Error) as error:
            self.close()
            raise LibraryError(f"{self.label}: cannot watch for changes ({error})") from None

    @property
    def listens(self) -> bool:
        """True when changes are announced (PostgreSQL); False when they must be polled for (SQLite)."""
        return self._pg is not None

    def fileno(self) -> int | None:
        """The socket that becomes readable when a notice arrives (PostgreSQL), else None."""
        return self._pg.fileno() if self._pg is not None else None

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _table_tokens(self) -> Tokens | None:
        """None for a file without the library's tables yet (a contact directory the library has not migrated)."""
        connection = self._sqlite
        assert connection is not None
        try:
            return table_tokens(lambda sql: connection.execute(sql).fetchall())
        except sqlite3.OperationalError:
            return None

    def changes(self) -> set[str]:
        """The tables changed since the last call (SQLite: {"*"} when the file changed and no table shows where);
        never blocks for long."""
        try:
            if self._pg is not None:
                found: set[str] = set()
                while batch := {notice.payload for notice in self._pg.notifies(timeout=0.01)}:
                    found |= batch
                return found
            if self._sqlite is not None:
                version = self._data_version()
                if version != self._version:
                    self._version = version
                    before, self._tokens = self._tokens, self._table_tokens()
                    return changed_tables(before, self._tokens) if self._tokens is not None else {ALL}
        except (psycopg.Error, sqlite3.Error) as error:
            raise LibraryError(f"{self.label}: lost the change watch ({error})") from None
        return set()

    def close(self) -> None:
        for connection in (self._pg, self._sqlite):
            if connection is not None:
                connection.close()
        self._pg = self._sqlite = None

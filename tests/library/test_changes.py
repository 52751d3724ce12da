"""Colleagues' changes are noticed without a restart: announced by PostgreSQL (NOTIFY from the tables' triggers, on
a real server), found by PRAGMA data_version on SQLite. The change is made on another connection, as a colleague's
workstation would."""

from __future__ import annotations

import select
import time

import psycopg

from library.helpers import make_release
from releasedesk.checks.glossary_store import CheckStore
from releasedesk.library.store import Library


def _wait_for(watcher: object, seconds: float = 5.0) -> set[str]:
    """What a window does: wait on the socket (PostgreSQL) or poll (SQLite), then read the changes."""
    deadline = time.monotonic() + seconds
    found: set[str] = set()
    while time.monotonic() < deadline and not found:
        fileno = watcher.fileno()  # type: ignore[attr-defined]
        if fileno is not None:
            select.select([fileno], [], [], max(0.0, deadline - time.monotonic()))
        else:
            time.sleep(0.05)
        found = watcher.changes()  # type: ignore[attr-defined]
    return found


def test_a_colleagues_change_is_delivered(library_url: str) -> None:
    with Library(library_url) as mine, Library(library_url) as colleague:
        watcher = mine.watch()
        try:
            assert watcher.listens == (mine.dialect == "postgresql")
            assert watcher.changes() == set()  # nothing yet
            colleague.releases.add(make_release("海底電纜", "Submarine cable"))
            assert _wait_for(watcher) >= {"releases"}  # SQLite: data_version moved, then the table tokens tell which
            assert watcher.changes() == set()  # each change is told once
            with CheckStore(colleague) as glossary:
                glossary.add_word("Xinyi")
            assert _wait_for(watcher) == {"office_word"}
            colleague.contacts().count()  # reading changes nothing
            assert watcher.changes() == set()
        finally:
            watcher.close()


def test_any_writer_is_heard_on_postgresql(pg_url: str) -> None:
    """The trigger, not the application, sends the notice: a change made with psql is heard too."""
    with Library(pg_url) as mine:
        watcher = mine.watch()
        try:
            with psycopg.connect(pg_url, autocommit=True) as other:
                other.execute("INSERT INTO number_counters (scope, value) VALUES ('x', 1)")  # not watched
                other.execute("UPDATE profiles SET version = version + 1")  # watched, even touching no row
            assert _wait_for(watcher) == {"profiles"}
        finally:
            watcher.close()

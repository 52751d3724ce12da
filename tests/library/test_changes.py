"""Colleagues' changes are noticed without a restart: announced by PostgreSQL (NOTIFY from the tables' triggers, on
a real server), found by PRAGMA data_version on SQLite. The change is made on another connection, as a colleague's
workstation would."""

from __future__ import annotations

import select
import time
from dataclasses import replace
from typing import TYPE_CHECKING

import psycopg
import pytest

from library.helpers import make_release
from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_store import CheckStore
from releasedesk.library.changes import changed_tables
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from collections.abc import Callable


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


def _within_one_second(work: Callable[[], object]) -> None:
    """Run `work` so that it starts and ends within one second of the clock (what the time stamps resolve)."""
    for _ in range(5):
        time.sleep(1.0 - time.time() % 1.0 + 0.01)  # just after a second begins
        second = int(time.time())
        work()
        if int(time.time()) == second:
            return
    pytest.fail("the machine is too slow to make two changes within one second")


def test_two_changes_within_one_second_are_both_seen(library_url: str) -> None:
    """A glossary entry edited twice in one second (its time stamp does not move) while a release is saved: the
    glossary must still show as changed, or the windows keep checking against the old entry."""
    with Library(library_url) as mine, Library(library_url) as colleague, CheckStore(colleague) as glossary:
        watcher = mine.watch() if mine.dialect == "sqlite" else None
        try:
            entry = glossary.save(GlossaryEntry("海底電纜", "submarine cable"))
            seen: list[set[str]] = []

            def edit_twice() -> None:
                glossary.save(replace(entry, en="undersea cable"))
                before = mine.change_token()
                if watcher is not None:
                    watcher.changes()
                glossary.save(replace(entry, en="subsea cable"))
                colleague.releases.add(make_release("海纜", "Cable"))
                seen.append(changed_tables(before, mine.change_token()))
                if watcher is not None:
                    seen.append(watcher.changes())

            _within_one_second(edit_twice)
            assert all(tables >= {"glossary_entry", "releases"} for tables in seen), seen
        finally:
            if watcher is not None:
                watcher.close()

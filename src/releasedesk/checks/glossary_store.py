"""The glossary, the office word list and the office's check settings, stored in the contact directory's database.

Its own tables (created if missing), beside the directory's, so everyone who shares the directory shares them; it
leaves the directory's schema version alone. Takes the database path; one connection per instance.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.errors import ReleaseDeskError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_TABLES = """
CREATE TABLE IF NOT EXISTS glossary_entry (
    id INTEGER PRIMARY KEY,
    zh TEXT NOT NULL UNIQUE CHECK (zh <> ''),
    en TEXT NOT NULL CHECK (en <> ''),
    deprecated TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS office_word (
    word TEXT PRIMARY KEY CHECK (word <> ''),
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS office_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

ENGLISH_VARIANT = "checks.english"
"""Office setting: en_US (default) or en_GB."""
TAI_FORM = "checks.tai"
"""Office setting: 臺 (default, the Ministry of Education's form), 台, or "" for no 臺/台 check."""
DEFAULTS = {ENGLISH_VARIANT: "en_US", TAI_FORM: "臺"}


class CheckStoreError(ReleaseDeskError):
    """The database cannot be opened or written: one line."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CheckStore:
    """The office's glossary and word lists, in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.executescript(_TABLES)
        except (OSError, sqlite3.Error) as error:
            raise CheckStoreError(f"{self.path}: cannot open the glossary and word list ({error})") from error

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CheckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, sql: str, params: Iterable[object] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, tuple(params))
        except sqlite3.Error as error:
            raise CheckStoreError(f"{self.path}: {error}") from error

    # Glossary ----------------------------------------------------------------------------------------------------

    def entries(self) -> list[GlossaryEntry]:
        rows = self._run("SELECT id, zh, en, deprecated, kind, note FROM glossary_entry ORDER BY zh").fetchall()
        return [
            GlossaryEntry(zh, en, tuple(v for v in deprecated.split("|") if v), kind, note, row_id)
            for row_id, zh, en, deprecated, kind, note in rows
        ]

    def save(self, entry: GlossaryEntry) -> GlossaryEntry:
        """Insert, or update the entry with the same id (or, without an id, the same Chinese term)."""
        values = (entry.zh.strip(), entry.en.strip(), "|".join(entry.deprecated), entry.kind, entry.note, _now())
        if not values[0] or not values[1]:
            raise CheckStoreError("a glossary entry needs both a Chinese term and its English form")
        try:
            if entry.id is not None:
                self._db.execute(
                    "UPDATE glossary_entry SET zh=?, en=?, deprecated=?, kind=?, note=?, updated_at=? WHERE id=?",
                    (*values, entry.id),
                )
                row_id = entry.id
            else:
                row_id = self._db.execute(
                    "INSERT INTO glossary_entry (zh, en, deprecated, kind, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(zh) DO UPDATE SET en=excluded.en, deprecated=excluded.deprecated,"
                    " kind=excluded.kind, note=excluded.note, updated_at=excluded.updated_at RETURNING id",
                    values,
                ).fetchone()[0]
        except sqlite3.IntegrityError as error:
            raise CheckStoreError(f"glossary: {entry.zh!r} is already in the glossary ({error})") from error
        except sqlite3.Error as error:
            raise CheckStoreError(f"{self.path}: {error}") from error
        return GlossaryEntry(*values[:2], entry.deprecated, entry.kind, entry.note, row_id)

    def delete(self, entry_id: int) -> None:
        self._run("DELETE FROM glossary_entry WHERE id = ?", (entry_id,))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All the writes inside happen, or none of them."""
        self._run("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._run("COMMIT")

    def import_entries(self, entries: Iterable[GlossaryEntry]) -> int:
        """Add or update (by Chinese term) every entry in one transaction: all or nothing. Returns how many."""
        entries = list(entries)
        with self.transaction():
            for entry in entries:
                self.save(GlossaryEntry(entry.zh, entry.en, entry.deprecated, entry.kind, entry.note))
        return len(entries)

    # Office word list --------------------------------------------------------------------------------------------

    def words(self) -> list[str]:
        return [word for (word,) in self._run("SELECT word FROM office_word ORDER BY word COLLATE NOCASE")]

    def add_word(self, word: str) -> None:
        word = word.strip()
        if not word:
            raise CheckStoreError("an empty word cannot go into the word list")
        self._run("INSERT OR IGNORE INTO office_word (word, added_at) VALUES (?, ?)", (word, _now()))

    def remove_word(self, word: str) -> None:
        self._run("DELETE FROM office_word WHERE word = ?", (word.strip(),))

    # Office settings ---------------------------------------------------------------------------------------------

    def setting(self, key: str) -> str:
        row = self._run("SELECT value FROM office_setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else DEFAULTS.get(key, "")

    def set_setting(self, key: str, value: str) -> None:
        self._run("INSERT OR REPLACE INTO office_setting (key, value) VALUES (?, ?)", (key, value))

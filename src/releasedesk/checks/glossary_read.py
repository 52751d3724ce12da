"""The office's glossary, word list and check settings read from a local library file with the standard library.

An export runs the writing checks in preflight, and a single export is mostly start-up: opening the library through
SQLAlchemy and Alembic would cost more than the checks. The tables are read as `glossary_store.CheckStore` reads
them (same order, same defaults); a library without them (an old directory file, a library older than revision 0003)
returns None: reading is not a reason to migrate a library (the window, which writes, does), so the checks go on
without a glossary. A server library is read the same way (`read_server`), without Alembic.

Reading never writes beside the library file. A read-only connection to a WAL database creates the `-wal` and `-shm`
files next to it and leaves them behind (only a writer removes them), so where they do not exist — nobody has the
library open — the file is read as immutable, which needs neither; while they exist (the window has the library
open) it is read in the ordinary read-only mode, which sees what the WAL holds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.store_keys import DEFAULTS, CheckStoreError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from pathlib import Path

_TABLES = {"glossary_entry", "office_word", "office_setting"}


@dataclass(frozen=True)
class OfficeChecks:
    """What the writing checks take from the library: settings, accepted words and the glossary."""

    settings: dict[str, str]
    words: tuple[str, ...]
    entries: tuple[GlossaryEntry, ...]

    def setting(self, key: str) -> str:
        """The stored value, else the default (as `CheckStore.setting`)."""
        return self.settings.get(key, DEFAULTS.get(key, ""))


def read_local(path: Path) -> OfficeChecks | None:
    """The office checks kept in the SQLite file at `path`, read only; None when it does not hold them."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=10.0)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not names >= _TABLES:
            return None
        return _read(lambda sql: connection.execute(sql).fetchall())
    except sqlite3.Error as error:  # not a database, damaged, locked
        raise CheckStoreError(f"{path}: cannot read the glossary and word list ({error})") from None
    finally:
        connection.close()


def read_server(url: str) -> OfficeChecks | None:
    """The office checks kept in a server's library (PostgreSQL), read only; None when it does not hold them yet."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from releasedesk.errors import ReleaseDeskError
    from releasedesk.library.engine import make_engine, safe_url

    try:
        engine = make_engine(url)
    except (ReleaseDeskError, SQLAlchemyError, ValueError) as error:
        raise CheckStoreError(f"cannot open the glossary and word list: {error}") from None
    try:
        with engine.connect() as connection:
            if not set(inspect(connection).get_table_names()) >= _TABLES:
                return None
            return _read(lambda sql: connection.exec_driver_sql(sql).all())
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise CheckStoreError(f"{safe_url(engine.url)}: cannot read the glossary and word list ({reason})") from None
    finally:
        engine.dispose()


def _read(query: Callable[[str], Sequence[Sequence[Any]]]) -> OfficeChecks:
    """The three tables, read with the same SQL on every engine (the caller made sure they exist)."""
    rows = query("SELECT id, zh, en, deprecated, kind, note FROM glossary_entry")
    words = [str(row[0]) for row in query("SELECT word FROM office_word")]
    settings = {str(key): str(value) for key, value in query("SELECT key, value FROM office_setting")}
    return OfficeChecks(settings, tuple(sorted_words(words)), tuple(entries_from_rows(rows)))


def read_only_uri(path: Path) -> str:
    """The URI that reads `path` without creating anything beside it: immutable for a WAL database nobody has open
    (no `-wal`/`-shm`), else read-only. The header's byte 18 is 2 for WAL (sqlite.org/fileformat2.html)."""
    path = path.resolve()
    with path.open("rb") as file:  # a missing file raises here: sqlite3 would create it
        header = file.read(20)
    wal_open = path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-shm").exists()
    immutable = len(header) == 20 and header[18] == 2 and not wal_open
    return f"{path.as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def entries_from_rows(rows: Iterable[Sequence[Any]]) -> list[GlossaryEntry]:
    """Glossary rows (id, zh, en, deprecated, kind, note) as entries, in code-point order of the Chinese term on
    every engine, whatever a server's locale; this module and the full store both read them so."""
    ordered = sorted(rows, key=lambda row: row[1])
    return [
        GlossaryEntry(zh, en, tuple(v for v in deprecated.split("|") if v), kind, note, int(row_id))
        for row_id, zh, en, deprecated, kind, note in ordered
    ]


def sorted_words(words: Iterable[str]) -> list[str]:
    """The office word list in the order both readers give it: case-insensitive, then exact."""
    return sorted(words, key=lambda word: (word.lower(), word))

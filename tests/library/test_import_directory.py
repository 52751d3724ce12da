"""`releasedesk library import-directory FILE` reads FILE and nothing else: an older directory file it moves into the
library keeps every byte (no migration, no library tables, no journal-mode change), on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from typing import TYPE_CHECKING

import pytest

from old_directory import V1_SCHEMA
from releasedesk.checks.glossary_store import CheckStore
from releasedesk.cli import main
from releasedesk.directory.importcopy import private_copy
from releasedesk.errors import ReleaseDeskError
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from pathlib import Path

_OLD_GLOSSARY = """
CREATE TABLE glossary_entry (id INTEGER PRIMARY KEY, zh TEXT NOT NULL UNIQUE CHECK (zh <> ''),
    en TEXT NOT NULL CHECK (en <> ''), deprecated TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other',
    note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
CREATE TABLE office_word (word TEXT PRIMARY KEY CHECK (word <> ''), added_at TEXT NOT NULL);
CREATE TABLE office_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO glossary_entry VALUES (7, '數位發展部', 'Ministry of Digital Affairs', '', 'agency', 'moda',
    '2025-01-01T00:00:00+00:00');
INSERT INTO office_word VALUES ('Xinyi', '2025-01-01T00:00:00+00:00');
"""


def _older_file(path: Path, journal: str) -> None:
    """A version-1 contact directory with the checks' own glossary tables, as an older ReleaseDesk left it."""
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA journal_mode = {journal}")
    raw.executescript(V1_SCHEMA + _OLD_GLOSSARY)
    raw.close()


def _state(folder: Path) -> dict[str, str]:
    """Every file in the folder and its content: a side file (-wal, -shm, -journal) appearing counts too."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_importing_leaves_the_older_file_byte_for_byte(
    library_url: str, tmp_path: Path, journal: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    source = laptop / "contacts.sqlite3"
    _older_file(source, journal)
    before = _state(laptop)
    assert main(["library", "--db", library_url, "import-directory", str(source)]) == 0
    out = capsys.readouterr().out
    assert "moved 2 contacts in" in out
    assert "moved 1 glossary entries and 1 office words in" in out
    assert _state(laptop) == before
    with Library(library_url) as library:
        assert sorted(contact.name.en for contact in library.contacts().all()) == ["Chen Mei-ling", "Wang Hsiao-ming"]
    with CheckStore(library_url) as office:
        assert [entry.zh for entry in office.entries()] == ["數位發展部"]
    raw = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    try:  # still the older version: a previous ReleaseDesk on that laptop opens it as before
        assert raw.execute("PRAGMA user_version").fetchone() == (1,)
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()
    assert "alembic_version" not in tables
    assert "releases" not in tables


def test_the_copy_sees_what_a_writer_has_not_checkpointed_yet(tmp_path: Path) -> None:
    """A file still open elsewhere in WAL mode: its last changes are only in the -wal file, and the copy has them."""
    source = tmp_path / "contacts.sqlite3"
    _older_file(source, "wal")
    writer = sqlite3.connect(source, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO office_word VALUES ('Beitou', '2025-02-01T00:00:00+00:00')")
        assert os.path.getsize(f"{source}-wal") > 0
        with private_copy(source) as copy:
            copied = sqlite3.connect(copy)
            try:
                assert [row[0] for row in copied.execute("SELECT word FROM office_word ORDER BY word")] == [
                    "Beitou",
                    "Xinyi",
                ]
            finally:
                copied.close()
            folder = copy.parent
        assert not folder.exists()  # the copy is gone with its side files
    finally:
        writer.close()


def test_what_is_not_a_directory_file_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database", encoding="utf-8")
    before = junk.read_bytes()
    with pytest.raises(ReleaseDeskError, match=r"notes\.txt") as caught, private_copy(junk):
        pass
    assert "\n" not in str(caught.value)
    assert junk.read_bytes() == before
    with pytest.raises(ReleaseDeskError, match="no such directory file"), private_copy(tmp_path / "missing.sqlite3"):
        pass

"""Schema versions: an empty file (version 0) and a real version-1 file are brought to the current schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from releasedesk.directory.repository import (
    SCHEMA_VERSION,
    DirectoryContact,
    DirectoryError,
    SqliteContactRepository,
)
from releasedesk.model.release import Bilingual

# Version 1 as the first release wrote it: no notes, tags, uid or search column.
V1_SCHEMA = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name_zh TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',
    unit_zh TEXT NOT NULL DEFAULT '', unit_en TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    print_office_phone INTEGER NOT NULL DEFAULT 1, print_mobile INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
INSERT INTO contacts VALUES (7, '王小明', 'Wang Hsiao-ming', '新聞科科長', 'Section Chief', '中小企業署', 'SMEA',
    '02-2366-1234', '0912-345-678', 'wang@sme.gov.tw', 1, 0, '2024-05-01T08:00:00.000000Z');
INSERT INTO contacts VALUES (9, '陳美玲', 'Chen Mei-ling', '發言人', 'Spokesperson', '經濟部', 'MOEA',
    '02-2321-2200', '', 'mlchen@moea.gov.tw', 0, 1, '2024-05-02T08:00:00.000000Z');
PRAGMA user_version = 1;
"""


def _columns(path: Path, table: str) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}
    finally:
        raw.close()


def _user_version(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


@pytest.mark.parametrize("existing", [False, True], ids=["no file", "empty file"])
def test_version_0_becomes_current(db_path: Path, existing: bool) -> None:
    if existing:
        db_path.write_bytes(b"")
    with SqliteContactRepository(db_path) as repo:
        assert repo.schema_version == SCHEMA_VERSION
        saved = repo.add(DirectoryContact(name=Bilingual("王小明", ""), notes="n", tags=["t"]))
    assert _user_version(db_path) == SCHEMA_VERSION
    assert {"notes", "uid", "search_text"} <= _columns(db_path, "contacts")
    with SqliteContactRepository(db_path) as repo:
        assert repo.get(saved.id or 0) == saved


def test_version_1_file_is_migrated_with_its_contacts(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.executescript(V1_SCHEMA)
    raw.close()
    assert "notes" not in _columns(db_path, "contacts")

    with SqliteContactRepository(db_path) as repo:
        assert repo.schema_version == SCHEMA_VERSION
        wang, chen = repo.get(7), repo.get(9)
        assert wang is not None and chen is not None
        assert (wang.name, wang.title, wang.unit) == (
            Bilingual("王小明", "Wang Hsiao-ming"),
            Bilingual("新聞科科長", "Section Chief"),
            Bilingual("中小企業署", "SMEA"),
        )
        assert (chen.print_office_phone, chen.print_mobile) == (False, True)
        assert wang.updated_at == "2024-05-01T08:00:00.000000Z"  # a migration is not an edit
        assert wang.notes == "" and wang.tags == []
        assert wang.uid and chen.uid and wang.uid != chen.uid
        assert [c.id for c in repo.search("小明")] == [7]  # the search column was filled for old rows
        assert [c.id for c in repo.search("spokesperson")] == [9]
        wang.tags = ["SMEA press team"]
        wang.notes = "新欄位"
        repo.update(wang)
        assert [c.id for c in repo.search("press team")] == [7]
    assert {"tags", "contact_tags"} <= _tables(db_path)


def _tables(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()


def test_a_failed_migration_leaves_the_version_1_file_as_it_was(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.executescript(V1_SCHEMA)
    raw.execute("CREATE TABLE tags (x)")  # makes step 2 fail half-way: its CREATE TABLE tags collides
    raw.commit()
    raw.close()
    with pytest.raises(DirectoryError):
        SqliteContactRepository(db_path)
    assert _user_version(db_path) == 1
    assert "notes" not in _columns(db_path, "contacts")  # the ALTER TABLEs before the failure were rolled back


def test_a_newer_schema_is_refused_untouched(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(DirectoryError, match="newer ReleaseDesk"):
        SqliteContactRepository(db_path)
    assert _user_version(db_path) == SCHEMA_VERSION + 1

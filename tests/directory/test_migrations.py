"""Schema versions: an empty file (version 0) and real version-1 and version-2 files are brought to the current
schema."""

from __future__ import annotations

import sqlite3
import uuid
from typing import TYPE_CHECKING

import pytest

from old_directory import V1_SCHEMA
from releasedesk.directory.repository import (
    SCHEMA_VERSION,
    DirectoryContact,
    DirectoryError,
    SqliteContactRepository,
)
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from pathlib import Path


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
        assert wang is not None
        assert chen is not None
        assert (wang.name, wang.title, wang.unit) == (
            Bilingual("王小明", "Wang Hsiao-ming"),
            Bilingual("新聞科科長", "Section Chief"),
            Bilingual("中小企業署", "SMEA"),
        )
        assert (chen.print_office_phone, chen.print_mobile) == (False, True)
        assert wang.updated_at == "2024-05-01T08:00:00.000000Z"  # a migration is not an edit
        assert wang.notes == ""
        assert wang.tags == []
        assert wang.uid
        assert chen.uid
        assert wang.uid != chen.uid
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


# Version 2 as shipped: V1 plus notes, a nullable uid, search_text and shared tags. Row 7 has a uid that was
# already exported in vCards (it must survive), row 9 none (possible: the column had no NOT NULL).
V2_SCHEMA = """
ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN uid TEXT;
ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id);
CREATE UNIQUE INDEX contacts_by_uid ON contacts(uid);
CREATE INDEX contacts_in_display_order ON contacts(name_zh = '', name_zh, lower(name_en), id, search_text);
UPDATE contacts SET uid = 'exported-uid-7', notes = '週三不在', search_text = '王小明' WHERE id = 7;
UPDATE contacts SET search_text = '陳美玲' WHERE id = 9;
INSERT INTO tags VALUES (1, 'SMEA press team', 'smea press team');
INSERT INTO contact_tags VALUES (7, 1), (9, 1);
PRAGMA user_version = 2;
"""


def _v2_file(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.executescript(V1_SCHEMA + V2_SCHEMA)
    raw.close()


def _uid_column(path: Path) -> tuple[int, ...]:
    """(notnull,) of contacts.uid, as PRAGMA table_info reports it."""
    raw = sqlite3.connect(path)
    try:
        return tuple(row[3] for row in raw.execute("PRAGMA table_info(contacts)") if row[1] == "uid")
    finally:
        raw.close()


def test_version_2_file_gets_a_required_unique_uid_for_every_contact(db_path: Path) -> None:
    _v2_file(db_path)
    assert _uid_column(db_path) == (0,)

    with SqliteContactRepository(db_path) as repo:
        assert repo.schema_version == SCHEMA_VERSION == 3
        wang, chen = repo.get(7), repo.get(9)
        assert wang is not None
        assert chen is not None
        assert wang.uid == "exported-uid-7"  # already in exported vCards: kept
        assert uuid.UUID(chen.uid).version == 4
        assert str(uuid.UUID(chen.uid)) == chen.uid
        assert wang.updated_at == "2024-05-01T08:00:00.000000Z"
        assert wang.notes == "週三不在"
        assert (chen.print_office_phone, chen.print_mobile) == (False, True)
        assert wang.tags == chen.tags == ["SMEA press team"]  # the table rebuild did not cascade to the tags
        assert [c.id for c in repo.search("美玲")] == [9]
        assert repo.get_by_uid(chen.uid) == chen
        added = repo.add(DirectoryContact(name=Bilingual("林", "")))
        assert len({wang.uid, chen.uid, added.uid}) == 3
        repo.delete(9)
        assert repo.all_tags() == ["SMEA press team"]
        assert repo.count() == 2

    assert _uid_column(db_path) == (1,)
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("SELECT count(*) FROM contact_tags WHERE contact_id = 9").fetchone() == (0,)  # cascaded
        for bad_uid in (None, "", "exported-uid-7"):
            with pytest.raises(sqlite3.IntegrityError):
                raw.execute("INSERT INTO contacts (uid, updated_at) VALUES (?, 'x')", (bad_uid,))
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(contacts)")}
        assert {"contacts_by_uid", "contacts_in_display_order"} <= indexes
    finally:
        raw.close()


def test_the_connection_enforces_foreign_keys_again_after_migrating(db_path: Path) -> None:
    _v2_file(db_path)
    with SqliteContactRepository(db_path) as repo:
        assert repo._db.execute("PRAGMA foreign_keys").fetchone() == (1,)  # noqa: SLF001 - the connection setting is the point


def test_a_failed_step_3_leaves_the_version_2_file_as_it_was(db_path: Path) -> None:
    _v2_file(db_path)
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE contacts_v3 (x)")  # step 3's new table collides
    raw.commit()
    raw.close()
    with pytest.raises(DirectoryError):
        SqliteContactRepository(db_path)
    assert _user_version(db_path) == 2
    assert _uid_column(db_path) == (0,)
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("SELECT id, uid FROM contacts ORDER BY id").fetchall() == [(7, "exported-uid-7"), (9, None)]
        assert raw.execute("SELECT count(*) FROM contact_tags").fetchone() == (2,)
    finally:
        raw.close()

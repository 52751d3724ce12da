"""The SQLite repository on a real file: CRUD, search in both languages, stamps, conflicts, tags, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.directory.repository import (
    DirectoryConflict,
    DirectoryContact,
    DirectoryError,
    SqliteContactRepository,
    default_db_path,
)
from releasedesk.library.open_directory import open_repository
from releasedesk.model.release import Bilingual


def test_add_get_update_delete_survive_reopening(db_path: Path, samples: list[DirectoryContact]) -> None:
    with SqliteContactRepository(db_path) as repo:
        stored = [repo.add(contact) for contact in samples]
        assert [contact.content() for contact in stored] == [contact.content() for contact in samples]
        assert all(contact.id and contact.uid and contact.updated_at for contact in stored)
        wang = stored[0]
        wang.title.zh = "新聞科專門委員"
        wang.mobile = ""
        updated = repo.update(wang)
        assert updated.updated_at > stored[0].updated_at
        repo.delete(stored[1].id or 0)
    with SqliteContactRepository(db_path) as repo:
        assert repo.count() == 2
        again = repo.get(wang.id or 0)
        assert again is not None
        assert again.title.zh == "新聞科專門委員"
        assert again.mobile == ""
        assert again.uid == stored[0].uid
        assert again.updated_at == updated.updated_at
        assert repo.get(stored[1].id or 0) is None


def test_every_update_gets_a_later_stamp(repo: SqliteContactRepository, samples: list[DirectoryContact]) -> None:
    contact = repo.add(samples[0])
    stamps = [contact.updated_at]
    for number in range(20):
        contact.notes = f"edit {number}"
        contact = repo.update(contact)
        stamps.append(contact.updated_at)
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王", ["王小明"]),
        ("小明", ["王小明"]),
        ("wang", ["王小明"]),
        ("HSIAO-MING", ["王小明"]),
        ("發言", ["陳美玲"]),
        ("spokes", ["陳美玲"]),
        ("經濟部", ["王小明", "陳美玲"]),
        ("ministry econ", ["陳美玲"]),  # every term, in any field
        ("ＳＭＥＡ", ["王小明"]),  # full-width Latin typed with a Chinese input method
        ("smea press", ["王小明"]),  # a tag
        ("媒體聯絡", ["王小明"]),  # a Chinese tag
        ("週三", ["王小明"]),  # notes
        ("0223661234", ["王小明"]),  # digits only finds "(02) 2366-1234"
        ("2321-2200", ["陳美玲"]),
        ("o'brien", ["Mary O'Brien"]),
        ("attaché", ["Mary O'Brien"]),
        ("@moea.gov", ["陳美玲"]),
        ("nobody", []),
        ("%", []),  # LIKE wildcards are plain text here
        ("", ["王小明", "陳美玲", "Mary O'Brien"]),
    ],
)
def test_search_by_any_field_in_either_language(
    repo: SqliteContactRepository, samples: list[DirectoryContact], query: str, expected: list[str]
) -> None:
    for contact in samples:
        repo.add(contact)
    assert [contact.name.best("zh-TW") for contact in repo.search(query)] == expected


def test_search_limit_and_order(repo: SqliteContactRepository, samples: list[DirectoryContact]) -> None:
    for contact in reversed(samples):
        repo.add(contact)
    assert [contact.name.best("zh-TW") for contact in repo.search("", limit=2)] == ["王小明", "陳美玲"]


def test_stale_update_is_refused_and_nothing_is_lost(
    db_path: Path, repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    mine = repo.add(samples[0])
    with SqliteContactRepository(db_path) as other:
        theirs = other.get(mine.id or 0)
        assert theirs is not None
        theirs.email = "new@sme.gov.tw"
        other.update(theirs)
    mine.notes = "my edit"
    with pytest.raises(DirectoryConflict, match="changed elsewhere"):
        repo.update(mine)
    stored = repo.get(mine.id or 0)
    assert stored is not None
    assert (stored.email, stored.notes) == ("new@sme.gov.tw", samples[0].notes)
    repo.delete(mine.id or 0)
    with pytest.raises(DirectoryConflict, match="no longer exists"):
        repo.update(stored)


def test_tags_are_shared_case_insensitively_and_dropped_when_unused(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    first = repo.add(DirectoryContact(name=Bilingual("甲", ""), tags=["Press team", " press  TEAM ", "", "媒體"]))
    second = repo.add(DirectoryContact(name=Bilingual("乙", ""), tags=["PRESS TEAM"]))
    assert first.tags == ["Press team", "媒體"]
    assert second.tags == ["Press team"]  # the first spelling is the tag's name
    assert repo.all_tags() == ["Press team", "媒體"]
    repo.delete(first.id or 0)
    assert repo.all_tags() == ["Press team"]
    assert [contact.name.zh for contact in repo.search("press team")] == ["乙"]


def test_file_is_wal_with_foreign_keys_enforced(db_path: Path, repo: SqliteContactRepository) -> None:
    contact = repo.add(DirectoryContact(name=Bilingual("王小明", ""), tags=["x"]))
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT count(*) FROM contact_tags").fetchone()[0] == 1
        repo.delete(contact.id or 0)  # ON DELETE CASCADE only runs with foreign keys on
        assert raw.execute("SELECT count(*) FROM contact_tags").fetchone()[0] == 0
    finally:
        raw.close()


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, long enough to not look like an empty database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(DirectoryError, match="not a usable contact directory"):
        SqliteContactRepository(path)
    assert path.read_bytes() == before


def test_default_path_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "ReleaseDesk" / "ReleaseDesk" / "contacts.sqlite3"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec says relative paths are invalid
    assert default_db_path() == Path.home() / ".local" / "share" / "ReleaseDesk" / "ReleaseDesk" / "contacts.sqlite3"
    with open_repository() as repo:
        repo.add(DirectoryContact(name=Bilingual("王小明", "")))
    assert default_db_path().is_file()


def test_search_ids_and_get_many_keep_display_order(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    stored = [repo.add(contact) for contact in reversed(samples)]
    ids = repo.search_ids()
    assert [contact.name.best("zh-TW") for contact in repo.get_many(ids)] == ["王小明", "陳美玲", "Mary O'Brien"]
    assert repo.search_ids("經濟部", limit=1) == [stored[2].id]
    repo.delete(stored[1].id or 0)
    assert [contact.id for contact in repo.get_many(list(reversed(ids)))] == [stored[0].id, stored[2].id]
    many = [repo.add(DirectoryContact(name=Bilingual(f"記者{n:04}", ""))).id or 0 for n in range(1200)]
    assert [contact.id for contact in repo.get_many(many)] == many  # more ids than one SQL statement takes


def test_search_scans_the_display_order_index_without_sorting(db_path: Path, repo: SqliteContactRepository) -> None:
    """The covering index is what keeps one-letter queries on 10,000 contacts fast (benchmarks/directory.py)."""
    raw = sqlite3.connect(db_path)
    try:
        plan = raw.execute(
            "EXPLAIN QUERY PLAN SELECT c.id FROM contacts c WHERE instr(c.search_text, 'w') > 0 "
            "ORDER BY c.name_zh = '', c.name_zh, lower(c.name_en), c.id"
        ).fetchall()
    finally:
        raw.close()
    details = " ".join(str(row[-1]) for row in plan)
    assert "contacts_in_display_order" in details
    assert "TEMP B-TREE" not in details


_ALPHABET = list("王小明陳美玲經濟部署𠀋「」，。abcXYZ019 -_'\",;:%\\/@#()&é😀ＡＢ１")
_text = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(_text, min_size=9, max_size=9), data=st.data())
def test_any_piece_of_any_field_finds_the_contact(
    repo: SqliteContactRepository, fields: list[str], data: st.DataObject
) -> None:
    contact = repo.add(
        DirectoryContact(
            name=Bilingual(fields[0], fields[1]),
            title=Bilingual(fields[2], fields[3]),
            unit=Bilingual(fields[4], fields[5]),
            office_phone=fields[6],
            email=fields[7],
            tags=[fields[8]],
        )
    )
    field = data.draw(st.sampled_from(fields))
    start = data.draw(st.integers(0, len(field)))
    piece = field[start : data.draw(st.integers(start, len(field)))]
    assert contact.id in repo.search_ids(piece)
    assert contact.id in repo.search_ids(piece.upper())
    repo.delete(contact.id or 0)

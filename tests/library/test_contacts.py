"""The contact directory on the library, both engines: the directory's behaviour, colleagues editing at once, and
old directory files moved in with nothing lost."""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING

import pytest

from old_directory import V1_SCHEMA
from releasedesk.directory.contact import DirectoryConflict, DirectoryContact
from releasedesk.directory.repository import SqliteContactRepository
from releasedesk.library.open_directory import open_repository
from releasedesk.library.store import Library
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from pathlib import Path

PEOPLE = [
    DirectoryContact(
        name=Bilingual("王小明", "Wang Hsiao-ming"),
        unit=Bilingual("中小企業署", "SMEA"),
        office_phone="(02) 2366-1234",
        tags=["Press team", "媒體"],
    ),
    DirectoryContact(name=Bilingual("陳美玲", "Chen Mei-ling"), email="mlchen@moea.gov.tw", tags=["press team"]),
    DirectoryContact(name=Bilingual("", "Mary O'Brien"), email="mary@example.ie"),
    DirectoryContact(name=Bilingual("", "adam 50%_off"), email="adam@example.com"),
]


def test_add_search_order_and_tags(library: Library) -> None:
    with library.contacts() as repo:
        stored = [repo.add(person) for person in PEOPLE]
        assert all(contact.uid and contact.updated_at for contact in stored)
        assert [c.name.best("zh-TW") for c in repo.all()] == [
            "王小明",
            "陳美玲",
            "adam 50%_off",
            "Mary O'Brien",
        ]  # Chinese names first (code points), then English case-insensitively, as the SQLite directory did
        assert [c.name.en for c in repo.search("press")] == ["Wang Hsiao-ming", "Chen Mei-ling"]
        assert [c.name.en for c in repo.search("02236")] == ["Wang Hsiao-ming"]  # phone digits
        assert [c.name.en for c in repo.search("５０%_")] == ["adam 50%_off"]  # LIKE wildcards are literal
        assert [c.name.en for c in repo.search("王 smea")] == ["Wang Hsiao-ming"]
        assert repo.get(stored[0].id or 0) == stored[0]
        assert repo.get_by_uid(stored[1].uid) == stored[1]
        assert repo.all_tags() == ["Press team", "媒體"]  # one tag for both spellings
        repo.delete(stored[0].id or 0)
        assert repo.all_tags() == ["Press team"]
        assert repo.count() == 3


def test_a_stale_edit_is_a_conflict(library_url: str) -> None:
    with Library(library_url) as first, Library(library_url) as second:
        mine = first.contacts().add(PEOPLE[1])
        theirs = second.contacts().get(mine.id or 0)
        assert theirs is not None
        first.contacts().update(DirectoryContact(**{**vars(mine), "notes": "mine"}))
        with pytest.raises(DirectoryConflict):
            second.contacts().update(DirectoryContact(**{**vars(theirs), "notes": "theirs"}))
        assert (second.contacts().get(mine.id or 0) or theirs).notes == "mine"


def test_colleagues_editing_one_contact_at_once_lose_nothing(library_url: str) -> None:
    with Library(library_url) as setup:
        contact_id = setup.contacts().add(PEOPLE[0]).id or 0
    errors: list[BaseException] = []

    def editor(name: str) -> None:
        try:
            with Library(library_url) as client:
                repo = client.contacts()
                for n in range(5):
                    while True:
                        current = repo.get(contact_id)
                        assert current is not None
                        current.notes = f"{current.notes}\n{name}-{n}".strip()
                        current.tags = [*current.tags, f"{name}-{n}"]
                        try:
                            repo.update(current)
                            break
                        except DirectoryConflict:
                            continue
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=editor, args=(f"c{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    with Library(library_url) as check:
        final = check.contacts().get(contact_id)
        assert final is not None
        expected = sorted(f"c{i}-{n}" for i in range(4) for n in range(5))
        assert sorted(final.notes.splitlines()) == expected
        assert sorted(tag for tag in final.tags if tag.startswith("c")) == expected


def _old_directory(path: Path) -> list[DirectoryContact]:
    """A version-1 directory file plus, through the old code, a tagged contact: what a user has on disk today."""
    raw = sqlite3.connect(path)
    raw.executescript(V1_SCHEMA)
    raw.close()
    with SqliteContactRepository(path) as old:
        old.add(DirectoryContact(name=Bilingual("", "Mary O'Brien"), tags=["Foreign press"], notes="Irish office"))
        return old.all()


def test_an_existing_directory_file_becomes_a_library_in_place(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    before = _old_directory(path)
    with open_repository(path) as repo:  # what the window and `releasedesk contacts` do on first start
        assert repo.all() == before  # ids, uids, stamps, tags and every field as they were
        assert [c.name.en for c in repo.search("spokes")] == ["Chen Mei-ling"]
    with Library(path) as library:
        assert library.releases.count() == 0  # the library's tables were added beside the contacts
    with SqliteContactRepository(path) as old:  # and the directory code of the previous version still reads it
        assert old.all() == before


def test_an_old_directory_file_moves_into_any_library(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "old-laptop.sqlite3"
    before = _old_directory(path)
    repo = library.contacts()
    summary = repo.import_directory_file(path)
    assert (summary.added, summary.unchanged) == (3, 0)
    after = repo.all()
    keep = ("uid", "updated_at", "name", "title", "unit", "office_phone", "mobile", "email", "notes", "tags")
    assert [[getattr(c, k) for k in keep] for c in after] == [[getattr(c, k) for k in keep] for c in before]
    assert [(c.print_office_phone, c.print_mobile) for c in after] == [(True, False), (False, True), (True, False)]
    assert repo.import_directory_file(path).unchanged == 3  # moving it twice adds nothing
    assert repo.count() == 3

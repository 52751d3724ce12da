"""The writing checks' glossary, word list and office settings in the library, on SQLite and PostgreSQL: shared by
everyone using the library, and a laptop's existing glossary moved into an office server with nothing lost."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_store import ENGLISH_VARIANT, TAI_FORM, CheckStore, CheckStoreError
from releasedesk.cli import main
from releasedesk.library.store import Library, head_revision

if TYPE_CHECKING:
    from pathlib import Path

MODA = GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair",), "agency", "moda")
EY = GlossaryEntry("行政院", "Executive Yuan", (), "agency")


def test_colleagues_share_one_glossary(library_url: str) -> None:
    with CheckStore(library_url) as mine:
        saved = mine.save(MODA)
        mine.add_word("Xinyi")
        mine.add_word("Xinyi")  # twice is once
        mine.set_setting(ENGLISH_VARIANT, "en_GB")
        mine.set_setting(ENGLISH_VARIANT, "en_US")
    with Library(library_url) as library, CheckStore(library) as colleague:
        assert colleague.entries() == [MODA]
        assert colleague.entries()[0].id == saved.id
        assert colleague.words() == ["Xinyi"]
        assert (colleague.setting(ENGLISH_VARIANT), colleague.setting(TAI_FORM)) == ("en_US", "臺")
        colleague.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs (moda)"))  # same term: updated
        assert [entry.en for entry in colleague.entries()] == ["Ministry of Digital Affairs (moda)"]
        with pytest.raises(CheckStoreError, match="already in the glossary"):
            colleague.save(GlossaryEntry("數位發展部", "x", id=colleague.save(EY).id))  # renaming onto a taken term
        colleague.remove_word("Xinyi")
        colleague.delete(saved.id)
        assert colleague.words() == []
        assert [entry.zh for entry in colleague.entries()] == ["行政院"]


def test_an_import_is_all_or_nothing(library_url: str) -> None:
    with CheckStore(library_url) as store:
        with pytest.raises(CheckStoreError):
            store.import_entries([MODA, GlossaryEntry("高雄", "")])
        assert store.entries() == []
        assert store.import_entries([MODA, EY]) == 2
        assert [entry.zh for entry in store.entries()] == sorted(["數位發展部", "行政院"])


def _old_directory_with_glossary(path: Path) -> None:
    """A directory file as the checks left it before the library: the three tables the checks created themselves."""
    raw = sqlite3.connect(path)
    raw.executescript(
        """
        CREATE TABLE glossary_entry (id INTEGER PRIMARY KEY, zh TEXT NOT NULL UNIQUE CHECK (zh <> ''),
            en TEXT NOT NULL CHECK (en <> ''), deprecated TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other',
            note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
        CREATE TABLE office_word (word TEXT PRIMARY KEY CHECK (word <> ''), added_at TEXT NOT NULL);
        CREATE TABLE office_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO glossary_entry VALUES (7, '數位發展部', 'Ministry of Digital Affairs', 'Ministry of Digital Affair',
            'agency', 'moda', '2025-01-01T00:00:00+00:00');
        INSERT INTO glossary_entry VALUES (9, '行政院', 'Executive Yuan', '', 'agency', '',
            '2025-01-01T00:00:00+00:00');
        INSERT INTO office_word VALUES ('Xinyi', '2025-01-01T00:00:00+00:00');
        INSERT INTO office_setting VALUES ('checks.tai', '台');
        """
    )
    raw.commit()
    raw.close()


def test_an_existing_glossary_stays_where_it_is_when_the_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    _old_directory_with_glossary(path)
    with Library(path) as library:
        assert library.schema_revision() == head_revision()  # migrated through 0003 (the glossary) and on
    with CheckStore(path) as store:
        assert [(entry.id, entry.zh) for entry in store.entries()] == [(7, "數位發展部"), (9, "行政院")]  # code points
        assert store.entries()[0] == MODA
        assert store.words() == ["Xinyi"]
        assert store.setting(TAI_FORM) == "台"


def test_a_laptops_glossary_moves_into_the_office_library(
    library_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "old-laptop.sqlite3"
    _old_directory_with_glossary(laptop)
    with CheckStore(library_url) as office:
        office.save(GlossaryEntry("行政院", "The Executive Yuan"))  # the office's own wording is kept
        office.set_setting(TAI_FORM, "臺")
    assert main(["library", "--db", library_url, "import-directory", str(laptop)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("moved 1 glossary entries and 1 office words in")
    with CheckStore(library_url) as office:
        assert {entry.zh: entry.en for entry in office.entries()} == {
            "行政院": "The Executive Yuan",
            "數位發展部": "Ministry of Digital Affairs",
        }
        assert next(entry for entry in office.entries() if entry.zh == MODA.zh).deprecated == MODA.deprecated
        assert office.words() == ["Xinyi"]
        assert office.setting(TAI_FORM) == "臺"
    assert main(["library", "--db", library_url, "import-directory", str(laptop)]) == 0
    assert "moved 0 glossary entries and 0 office words" in capsys.readouterr().out

"""The glossary, word list and office settings in the directory's SQLite file, and the glossary's CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from releasedesk.checks.glossary import GlossaryEntry, GlossaryError, read_csv, write_csv
from releasedesk.checks.glossary_store import ENGLISH_VARIANT, TAI_FORM, CheckStore, CheckStoreError
from releasedesk.directory.repository import SqliteContactRepository

if TYPE_CHECKING:
    from pathlib import Path

ENTRY = GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair",), "agency")


def test_entries_words_and_settings_are_shared_through_the_directory_file(tmp_path: Path) -> None:
    path = tmp_path / "directory.sqlite3"
    with SqliteContactRepository(path) as directory:
        version = directory.schema_version
    with CheckStore(path) as mine:
        saved = mine.save(ENTRY)
        mine.add_word("Xinyi")
        mine.set_setting(ENGLISH_VARIANT, "en_GB")
    with CheckStore(path) as colleague:
        assert colleague.entries() == [ENTRY]
        assert colleague.entries()[0].id == saved.id
        assert colleague.words() == ["Xinyi"]
        assert colleague.setting(ENGLISH_VARIANT) == "en_GB"
        assert colleague.setting(TAI_FORM) == "臺"
        colleague.remove_word("Xinyi")
        colleague.delete(saved.id)
        assert colleague.words() == []
        assert colleague.entries() == []
    with SqliteContactRepository(path) as directory:  # the directory still opens, at its own version
        assert directory.schema_version == version


def test_saving_the_same_chinese_term_updates_it(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "db") as store:
        store.save(ENTRY)
        store.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs (moda)"))
        assert [entry.en for entry in store.entries()] == ["Ministry of Digital Affairs (moda)"]
        with pytest.raises(CheckStoreError):
            store.save(GlossaryEntry("數位發展部", " "))


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "db") as store:
        with pytest.raises(CheckStoreError):
            store.import_entries([ENTRY, GlossaryEntry("行政院", "")])
        assert store.entries() == []
        assert store.import_entries([ENTRY, GlossaryEntry("行政院", "Executive Yuan")]) == 2
        assert len(store.entries()) == 2


def test_csv_round_trip_keeps_every_field() -> None:
    entries = [ENTRY, GlossaryEntry("高雄", "Kaohsiung", ("Kaoshiung", "Kao-hsiung"), "place", "city, not county")]
    assert read_csv(write_csv(entries)) == entries
    assert write_csv(entries).splitlines()[0] == "zh,en,deprecated,kind,note"


def test_csv_from_a_spreadsheet_with_bom_and_minimal_columns() -> None:
    assert read_csv("\ufeffZH,EN\n行政院,Executive Yuan\n\n") == [GlossaryEntry("行政院", "Executive Yuan")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("term,english\n行政院,Executive Yuan\n", "header with at least 'zh' and 'en'"),
        ("zh,en\n行政院,\n", "line 2 needs both"),
        ("zh,en,kind\n行政院,Executive Yuan,ministry\n", "kind 'ministry'"),
        ("zh,en\n行政院,Executive Yuan,extra\n", "more fields than the header"),
    ],
)
def test_bad_csv_is_one_clear_line(data: str, message: str) -> None:
    with pytest.raises(GlossaryError, match=message) as raised:
        read_csv(data, "terms.csv")
    assert str(raised.value).startswith("terms.csv: ")
    assert "\n" not in str(raised.value)


def test_unopenable_database_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "not-a-db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CheckStoreError, match="cannot open the glossary"):
        CheckStore(tmp_path / "not-a-db")

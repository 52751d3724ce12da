from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_read import read_local
from releasedesk.checks.glossary_store import ENGLISH_VARIANT, TAI_FORM, CheckStore

if TYPE_CHECKING:
    from pathlib import Path


def test_the_light_read_gives_what_the_store_gives(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with CheckStore(path) as store:
        store.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("數位部",), "agency", "MODA"))
        store.save(GlossaryEntry("行政院", "Executive Yuan"))
        store.add_word("Xinyi")
        store.add_word("apple")
        store.set_setting(ENGLISH_VARIANT, "en_GB")
        entries, words, english, tai = (
            store.entries(),
            store.words(),
            store.setting(ENGLISH_VARIANT),
            store.setting(TAI_FORM),
        )
    office = read_local(path)
    assert office is not None
    assert list(office.entries) == entries
    assert list(office.words) == words
    assert (office.setting(ENGLISH_VARIANT), office.setting(TAI_FORM)) == (english, tai)


def test_a_file_without_the_checks_tables_is_left_to_the_store(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)").connection.close()
    assert read_local(path) is None
    assert read_local(tmp_path / "missing.sqlite3") is None  # read-only: nothing is created
    assert not (tmp_path / "missing.sqlite3").exists()


def _wal_library(path: Path) -> None:
    with CheckStore(path) as store:
        store.save(GlossaryEntry("行政院", "Executive Yuan"))
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_reading_a_closed_wal_library_creates_nothing_beside_it(tmp_path: Path) -> None:
    """A read-only connection would leave `-wal` and `-shm` files in the user's data folder on every export."""
    path = tmp_path / "library.sqlite3"
    _wal_library(path)
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert before.keys() == {"library.sqlite3"}
    office = read_local(path)
    assert office is not None
    assert [entry.en for entry in office.entries] == ["Executive Yuan"]
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_reading_an_open_library_sees_what_its_wal_holds(tmp_path: Path) -> None:
    """The window has the library open: a new entry may still be in the WAL only, and the read must see it."""
    path = tmp_path / "library.sqlite3"
    _wal_library(path)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute(
            "INSERT INTO glossary_entry (zh, en, deprecated, kind, note, updated_at) "
            "VALUES ('立法院', 'Legislative Yuan', '', 'agency', '', '2026-11-30T00:00:00+00:00')"
        )
        writer.commit()
        assert (tmp_path / "library.sqlite3-wal").stat().st_size > 0
        office = read_local(path)
        assert office is not None
        assert sorted(entry.en for entry in office.entries) == ["Executive Yuan", "Legislative Yuan"]
    finally:
        writer.close()

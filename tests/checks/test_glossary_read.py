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

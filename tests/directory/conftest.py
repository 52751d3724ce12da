"""Directory fixtures: a real SQLite file in the test's temporary folder, and bilingual sample contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def samples() -> list[DirectoryContact]:
    """Fresh (unsaved) contacts: two bilingual, one English only."""
    return [
        DirectoryContact(
            name=Bilingual("王小明", "Wang Hsiao-ming"),
            title=Bilingual("新聞科科長", "Section Chief, Press Office"),
            unit=Bilingual("經濟部中小及新創企業署", "Small and Medium Enterprise Administration"),
            office_phone="(02) 2366-1234 #56",
            mobile="0912-345-678",
            email="wang.hm@sme.gov.tw",
            notes="週三下午不在辦公室",
            tags=["SMEA press team", "媒體聯絡"],
            print_office_phone=True,
            print_mobile=False,
        ),
        DirectoryContact(
            name=Bilingual("陳美玲", "Chen Mei-ling"),
            title=Bilingual("發言人", "Spokesperson"),
            unit=Bilingual("經濟部", "Ministry of Economic Affairs"),
            office_phone="02-2321-2200",
            mobile="0933-222-111",
            email="mlchen@moea.gov.tw",
            tags=["Spokespeople"],
            print_mobile=True,
        ),
        DirectoryContact(
            name=Bilingual("", "Mary O'Brien"),
            title=Bilingual("", "Press Attaché"),
            unit=Bilingual("", "Irish Trade Office, Taipei"),
            email="mary.obrien@example.ie",
        ),
    ]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "contacts.sqlite3"


@pytest.fixture
def repo(db_path: Path) -> Iterator[SqliteContactRepository]:
    with SqliteContactRepository(db_path) as repository:
        yield repository  # type: ignore[misc]

"""Realistic bilingual directory contacts for the GUI tests, plus numbered filler."""

from __future__ import annotations

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.model.release import Bilingual

PEOPLE = [
    DirectoryContact(
        name=Bilingual("王小明", "Wang Hsiao-ming"),
        title=Bilingual("新聞科科長", "Section Chief, Press Office"),
        unit=Bilingual("經濟部中小及新創企業署", "SME Administration"),
        office_phone="(02) 2366-1234 #56",
        mobile="0912-345-678",
        email="wang.hm@sme.gov.tw",
        tags=["SMEA press team"],
    ),
    DirectoryContact(
        name=Bilingual("陳美玲", "Chen Mei-ling"),
        title=Bilingual("發言人", "Spokesperson"),
        unit=Bilingual("經濟部", "Ministry of Economic Affairs"),
        office_phone="02-2321-2200",
        mobile="0933-222-111",
        email="mlchen@moea.gov.tw",
        print_mobile=True,
    ),
    DirectoryContact(
        name=Bilingual("林志豪", "Lin Chih-hao"),
        title=Bilingual("專門委員", "Senior Specialist"),
        unit=Bilingual("交通部", "Ministry of Transportation"),
        office_phone="02-2349-2900",
        email="chlin@motc.gov.tw",
    ),
]


def fill(repo: SqliteContactRepository, filler: int = 150) -> None:
    for person in PEOPLE:
        repo.add(DirectoryContact(**{**person.__dict__}))
    repo.import_contacts(
        DirectoryContact(name=Bilingual(f"記者{n:03}", f"Reporter {n:03}"), email=f"r{n}@news.example.tw")
        for n in range(filler)
    )

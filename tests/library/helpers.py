"""Small bilingual releases for library tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from releasedesk.model.release import Bilingual, Contact, LanguageContent, Release, Status
from releasedesk.model.richtext import Paragraph, text


def make_release(
    zh: str,
    en: str,
    *,
    zh_body: str = "",
    en_body: str = "",
    number: str = "",
    status: Status = Status.DRAFT,
    unit: tuple[str, str] = ("新聞科", "Press Office"),
    day: tuple[int, int, int] = (2026, 3, 1),
) -> Release:
    content = {}
    if zh or zh_body:
        content["zh-TW"] = LanguageContent(
            headline=zh, body=[Paragraph((text(zh_body),))] if zh_body else [], boilerplate="關於本部：部長說明"
        )
    if en or en_body:
        content["en"] = LanguageContent(
            headline=en, body=[Paragraph((text(en_body),))] if en_body else [], boilerplate="About: research sea"
        )
    return Release(
        agency=Bilingual("數位服務部", "Ministry of Digital Services"),
        unit=Bilingual(*unit),
        number=number,
        issued_at=datetime(*day, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        status=status,
        content=content,  # type: ignore[arg-type]
        contacts=[Contact(name=Bilingual("林怡君", "Lin Yi-chun"), email="lin@example.gov.tw")],
    )

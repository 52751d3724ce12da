"""Layout decisions every exporter shares: what the meta block says, date forms, end marks, printable contacts.

Writers (PDF, DOCX) decide how things look; this module decides what is said, so both formats say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from releasedesk.model import dates
from releasedesk.model.release import LANGUAGES, Contact, Lang, Release

LangChoice: TypeAlias = Literal["zh-TW", "en", "both"]
LANG_CHOICES: tuple[LangChoice, ...] = ("zh-TW", "en", "both")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh-TW, en)
    "news_release": ("新聞稿", "NEWS RELEASE"),
    "date": ("發布日期", "Date"),
    "number": ("新聞稿編號", "Release No."),
    "unit": ("發稿單位", "Issued by"),
    "contacts": ("新聞聯絡人", "Media contacts"),
    "office_phone": ("電話", "Tel."),
    "mobile": ("手機", "Mobile"),
    "email": ("電子郵件", "Email"),
    "draft": ("草稿", "DRAFT"),
}


def label(key: str, lang: Lang) -> str:
    """A fixed label (`key` in `_LABELS`) in the language of the section."""
    zh, en = _LABELS[key]
    return zh if lang == "zh-TW" else en


def section_languages(release: Release, choice: LangChoice) -> tuple[Lang, ...]:
    """The language sections to export, Chinese first; only languages the release actually has."""
    wanted = LANGUAGES if choice == "both" else (choice,)
    return tuple(lang for lang in wanted if lang in release.content)


@dataclass(frozen=True)
class MetaLine:
    """One line of the meta block: a label and its value."""

    label: str
    value: str


def meta_lines(release: Release, lang: Lang) -> list[MetaLine]:
    """The meta block under the letterhead, in reading order; empty fields are left out."""
    lines = [MetaLine(label("date", lang), dates.release_datetime_text(release.issued_at, lang))]
    if release.number.strip():
        lines.append(MetaLine(label("number", lang), release.number.strip()))
    unit = release.unit.best(lang).strip()
    if unit:
        lines.append(MetaLine(label("unit", lang), unit))
    return lines


def release_line(release: Release, lang: Lang) -> str:
    """`FOR IMMEDIATE RELEASE` / `EMBARGOED UNTIL …` (and the Chinese equivalents)."""
    return dates.release_line(release.embargo_until, lang)


def dateline(release: Release, lang: Lang) -> str | None:
    """`TAIPEI, Nov. 24 —` leading the first English paragraph; Chinese releases carry none."""
    city = release.dateline.en.strip()
    if lang != "en" or not city:
        return None
    return dates.english_dateline(city, release.issued_at.date())


def end_mark(release: Release, lang: Lang) -> str:
    """The release's end mark in `lang`, trimmed."""
    return release.end_mark.get(lang).strip()


def boilerplate_heading(release: Release, lang: Lang) -> str:
    """The heading over the boilerplate: "About <agency>" in the section's language."""
    agency = release.agency.best(lang).strip()
    if lang == "zh-TW":
        return f"關於{agency}" if agency else "關於本機關"
    return f"About {agency}" if agency else "About the agency"


def boilerplate_paragraphs(release: Release, lang: Lang) -> list[str]:
    """The boilerplate's paragraphs in `lang`, blank lines dropped."""
    content = release.content.get(lang)
    if content is None:
        return []
    return [line.strip() for line in content.boilerplate.splitlines() if line.strip()]


@dataclass(frozen=True)
class ContactLines:
    """One contact as printed: a name line, then detail lines; numbers not cleared for print are absent."""

    name: str
    details: tuple[str, ...]


def contact_lines(contact: Contact, lang: Lang) -> ContactLines:
    """A contact as printed: heading (name, title) and the detail lines."""
    name = contact.name.best(lang).strip()
    title = contact.title.best(lang).strip()
    separator = " " if lang == "zh-TW" else ", "
    heading = separator.join(part for part in (name, title) if part)
    details: list[str] = []
    unit = contact.unit.best(lang).strip()
    if unit:
        details.append(unit)
    if contact.print_office_phone and contact.office_phone.strip():
        details.append(f"{label('office_phone', lang)} {contact.office_phone.strip()}")
    if contact.print_mobile and contact.mobile.strip():
        details.append(f"{label('mobile', lang)} {contact.mobile.strip()}")
    if contact.email.strip():
        details.append(f"{label('email', lang)} {contact.email.strip()}")
    return ContactLines(heading, tuple(details))


def printable_contacts(release: Release, lang: Lang) -> list[ContactLines]:
    """Contacts with something to print, in the release's order."""
    printed = [contact_lines(contact, lang) for contact in release.contacts]
    return [lines for lines in printed if lines.name or lines.details]


def watermark(release: Release) -> str | None:
    """The standing on every page unless the release is validly approved (derived, never the typed status)."""
    from releasedesk.approval.state import approval_state

    return approval_state(release).watermark


def page_footer(lang: Lang, page: int, total: int, number: str) -> str:
    """`第 2 頁，共 3 頁` / `Page 2 of 3`, followed by the release number when there is one."""
    pages = f"第 {page} 頁，共 {total} 頁" if lang == "zh-TW" else f"Page {page} of {total}"
    number = number.strip()
    return f"{number}  ·  {pages}" if number else pages

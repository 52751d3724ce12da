"""The frozen values of a layout plan: what every writer renders and none of them decides.

A plan says *what* each language section contains, in reading order, with every wording chosen, list labels
resolved, links filtered, text cleaned and split into runs of one script. A writer only decides *how* its medium
shows it (fonts per script and sizes come from the house style, pages and fields from the medium).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from datetime import datetime

    from releasedesk.model.release import Lang, Status

Script: TypeAlias = Literal["cjk", "latin"]


@dataclass(frozen=True)
class PlanRun:
    """Text in one script with one set of marks; `href` is only ever a link the core link policy allows."""

    text: str
    script: Script
    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str | None = None


Line: TypeAlias = tuple[PlanRun, ...]
"""One piece of inline text (a field, a label, a paragraph's content), already split by script."""


def line_text(line: Line) -> str:
    """The characters of a line, exactly as every format must carry them."""
    return "".join(run.text for run in line)


@dataclass(frozen=True)
class PlanImage:
    """Image bytes as stored in the release (or the house style's logo file)."""

    data: bytes
    mime_type: str
    alt: str = ""


@dataclass(frozen=True)
class ParagraphBlock:
    """A body paragraph, possibly led by the English dateline."""

    runs: Line
    lead: Line = ()
    """The English dateline (`TAIPEI, Nov. 24 —`) that leads the first paragraph, styled as the dateline."""


@dataclass(frozen=True)
class HeadingBlock:
    """A heading in the body."""

    level: int
    """1–3."""
    runs: Line


@dataclass(frozen=True)
class ListItemBlock:
    """A list item with its label already resolved."""

    ordered: bool
    level: int
    label: str
    """Resolved: `1.`, `a.`, `i.`, `•`, `◦`, `▪` — every format prints this exact label."""
    runs: Line


@dataclass(frozen=True)
class QuoteBlock:
    """A quotation."""

    runs: Line


@dataclass(frozen=True)
class FigureBlock:
    """An image with its caption."""

    image_id: str
    image: PlanImage | None
    """None when the release lacks the image or it does not decode: writers print `placeholder`, and the caption."""
    caption: Line
    placeholder: str


Align: TypeAlias = Literal["left", "center", "right"]


@dataclass(frozen=True)
class PlanCell:
    """One cell placed in the grid: top-left `row`/`column` and its spans; header cells are in the header rows."""

    runs: Line
    row: int
    column: int
    rowspan: int = 1
    colspan: int = 1
    align: Align = "left"
    header: bool = False


@dataclass(frozen=True)
class TableBlock:
    """A table with its grid resolved once: every writer draws the same cells in the same places."""

    columns: int
    widths: tuple[float, ...]
    """Each column's share of the table's width; they add up to 1."""
    header_rows: int
    rows: tuple[tuple[PlanCell, ...], ...]
    """Per grid row, the cells that start in it, left to right (a row spanned over from above may hold none)."""
    caption: Line


PlanBlock: TypeAlias = ParagraphBlock | HeadingBlock | ListItemBlock | QuoteBlock | FigureBlock | TableBlock


@dataclass(frozen=True)
class MetaRow:
    """One row of the meta block."""

    label: Line
    value: Line


@dataclass(frozen=True)
class Letterhead:
    """The letterhead of a section: agency names and the news-release label."""

    agency: Line
    agency_other: Line
    """The agency's name in the other language, on bilingual exports only; empty otherwise."""
    news_label: Line
    logo: PlanImage | None


@dataclass(frozen=True)
class PlanContact:
    """A contact as every format prints it."""

    name: Line
    """Name and title, as printed."""
    details: tuple[Line, ...]
    """Unit, then only the numbers cleared for print, then e-mail."""


class PageField(StrEnum):
    """A number only the finished pages know; fields in DOCX/ODT, filled in by the PDF writer."""

    PAGE = "page"
    PAGES = "pages"


@dataclass(frozen=True)
class Footer:
    """The page footer: the agency, and the release number with the page count."""

    left: Line
    """The agency."""
    parts: tuple[str | PageField, ...]
    """`Page ` PAGE ` of ` PAGES (or `第 ` PAGE ` 頁，共 ` PAGES ` 頁`), preceded by the release number."""

    def text(self, page: int, pages: int) -> str:
        return "".join(
            str(page if part == PageField.PAGE else pages) if isinstance(part, PageField) else part
            for part in self.parts
        )


@dataclass(frozen=True)
class Section:
    """Everything one language section says, in reading order."""

    lang: Lang
    title: str
    """Bookmark / outline title: `中文: headline`."""
    letterhead: Letterhead
    running_head: Line
    """Header of the pages after the first: agency · news release · number."""
    release_line: Line
    meta: tuple[MetaRow, ...]
    headline: Line
    subheadline: Line
    body: tuple[PlanBlock, ...]
    end_mark: Line
    """Empty when the release leaves it empty: empty is empty."""
    boilerplate_heading: Line
    boilerplate: tuple[Line, ...]
    contacts_heading: Line
    contacts: tuple[PlanContact, ...]
    footer: Footer
    stamp: Line = ()
    """On an approved export only: `核定 · 王小明 · 2026-11-30 14:05 · 3f9a 12c0` / `Approved · …`; else empty."""

    def contact_rows(self, columns: int) -> tuple[tuple[PlanContact | None, ...], ...]:
        """The contacts in rows of `columns` (the house style's `contact_columns`; fewer when there are fewer
        contacts), the last row padded with None: the one grid every format lays the contacts out in."""
        count = max(1, min(columns, len(self.contacts)))
        padded = (*self.contacts, *([None] * (-len(self.contacts) % count)))
        return tuple(padded[start : start + count] for start in range(0, len(padded), count))


@dataclass(frozen=True)
class DocumentState:
    """What the exported copy must say about its standing: a watermark on every page unless approved."""

    status: Status
    """Derived from the approval records (releasedesk.approval.state), never the file's typed `status`."""
    watermark: str | None
    """`DRAFT` / `IN REVIEW` / `CHANGED AFTER APPROVAL`, drawn so it is not part of the text (no "DR AF T")."""
    standing: str = "draft"
    """releasedesk.approval.state.Standing value: `approved`, `changed_after_approval`, `in_review`, …"""
    fingerprint: str = ""
    """`sha256:…` of the exported content: PDF metadata / DOCX and ODT custom property, to match a printout."""
    approver: str = ""
    """Who approved it (with the key id when signed); empty unless approved."""
    approved_at: datetime | None = None


@dataclass(frozen=True)
class Metadata:
    """The document properties every format writes (title, author, subject, keywords)."""

    title: str
    author: str
    subject: str
    keywords: str
    languages: tuple[str, ...]
    """BCP 47 tags of the sections, in order (`zh-TW`, `en`)."""
    created: datetime | None


@dataclass(frozen=True)
class DroppedLink:
    """A link target the policy refused: the text stays, the link goes, and preflight says so."""

    lang: Lang
    place: str
    href: str


@dataclass(frozen=True)
class Plan:
    """Everything a writer needs, format-neutral: sections, approval state, metadata and what was dropped."""

    sections: tuple[Section, ...]
    state: DocumentState
    metadata: Metadata
    dropped_links: tuple[DroppedLink, ...]

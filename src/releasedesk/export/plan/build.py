"""Release + languages (+ the house style's logo) → a frozen Plan. The only place that decides what is said."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from releasedesk.approval.state import approval_state
from releasedesk.export import layout
from releasedesk.export.plan.approval import document_state, stamp_text
from releasedesk.export.plan.lists import list_labels
from releasedesk.export.plan.scripts import char_scripts
from releasedesk.export.plan.tables import plan_table
from releasedesk.export.plan.values import (
    DroppedLink,
    FigureBlock,
    Footer,
    HeadingBlock,
    Letterhead,
    Line,
    ListItemBlock,
    Metadata,
    MetaRow,
    PageField,
    ParagraphBlock,
    Plan,
    PlanBlock,
    PlanContact,
    PlanImage,
    PlanRun,
    QuoteBlock,
    Script,
    Section,
)
from releasedesk.model.links import safe_href
from releasedesk.model.richtext import Figure, Heading, ListItem, Paragraph, Quote, Run, Table
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import datetime

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang, Release

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_LANGUAGE_NAMES: dict[Lang, str] = {"zh-TW": "中文", "en": "English"}


def _default_script(lang: Lang) -> Script:
    return "cjk" if lang == "zh-TW" else "latin"


def _decodes(data: bytes) -> bool:
    """Whether every format can show the image: within the pixel limit and fully decodable (else the placeholder)."""
    from releasedesk.export.imagecheck import check_image  # Pillow only when a release has images

    return check_image(data).ok


CACHE_RUNS = True
"""Keep the plan runs of unchanged lines (a pure function of the model runs); the GUI benchmark compares it off."""


def _plan_runs(runs: tuple[Run, ...], lang: Lang, bold: bool) -> tuple[Line, tuple[str, ...]]:
    """The plan runs of a line and the links refused in it; cached because the live preview builds a plan per edit.

    Scripts are decided over the whole line so a quote mark between two runs still sees both neighbours.
    """
    refused: list[str] = []
    cleaned: list[tuple[str, Run, str | None]] = []
    for run in runs:
        value = clean_text(run.text)
        if not value:
            continue
        href = None
        if run.href is not None:
            href = safe_href(run.href)
            if href is None:
                refused.append(run.href)
        cleaned.append((value, run, href))
    scripts = char_scripts("".join(value for value, _run, _href in cleaned), _default_script(lang))
    out: list[PlanRun] = []
    offset = 0
    for value, run, href in cleaned:
        start = 0
        for index in range(1, len(value) + 1):
            if index == len(value) or scripts[offset + index] != scripts[offset + start]:
                out.append(
                    PlanRun(
                        value[start:index],
                        scripts[offset + start],
                        bold=bold or run.bold,
                        italic=run.italic,
                        underline=run.underline,
                        href=href,
                    )
                )
                start = index
        offset += len(value)
    return tuple(out), tuple(refused)


_cached_plan_runs = lru_cache(maxsize=8192)(_plan_runs)


class _Builder:
    """Builds one plan; collects the links the policy refused on the way."""

    def __init__(self, release: Release, bilingual: bool) -> None:
        self.release = release
        self.bilingual = bilingual
        self.dropped: list[DroppedLink] = []

    def runs(self, runs: Iterable[Run], lang: Lang, place: str, *, bold: bool = False) -> Line:
        """Model runs → plan runs: text cleaned, links filtered, cut where the script changes."""
        plan_runs = _cached_plan_runs if CACHE_RUNS else _plan_runs
        line, refused = plan_runs(tuple(runs), lang, bold)
        self.dropped.extend(DroppedLink(lang, place, href) for href in refused)
        return line

    def table_runs(self, lang: Lang, place: str, runs: Iterable[Run], where: str) -> Line:
        return self.runs(runs, lang, f"{place} {where}")

    def text(self, value: str, lang: Lang, *, strip: bool = True) -> Line:
        value = clean_text(value)
        return self.runs((Run(value.strip() if strip else value),), lang, "")

    def detail(self, value: str, lang: Lang) -> Line:
        """A contact detail line; an e-mail address in it is a mailto link (when the link policy allows it)."""
        value = clean_text(value).strip()
        match = _EMAIL.search(value)
        href = safe_href(f"mailto:{match.group()}") if match else None
        if match is None or href is None:
            return self.text(value, lang)
        start, end = match.span()
        return self.runs((Run(value[:start]), Run(value[start:end], href=href), Run(value[end:])), lang, "contacts")

    def image(self, image_id: str | None, alt_lang: Lang) -> PlanImage | None:
        image = self.release.image(image_id) if image_id else None
        if image is None or not _decodes(image.data):
            return None
        return PlanImage(image.data, image.mime_type, clean_text(image.alt.best(alt_lang)).strip())

    def body(self, lang: Lang) -> tuple[PlanBlock, ...]:
        blocks = self.release.content[lang].body
        out: list[PlanBlock] = []
        for number, (block, label) in enumerate(zip(blocks, list_labels(blocks), strict=True), start=1):
            place = f"body ¶{number}"
            match block:
                case Paragraph(runs):
                    out.append(ParagraphBlock(self.runs(runs, lang, place)))
                case Heading(level, runs):
                    out.append(HeadingBlock(min(max(level, 1), 3), self.runs(runs, lang, place)))
                case ListItem(ordered, level, runs):
                    out.append(ListItemBlock(ordered, max(level, 0), label or "", self.runs(runs, lang, place)))
                case Quote(runs):
                    out.append(QuoteBlock(self.runs(runs, lang, place)))
                case Figure(image_id, caption):
                    out.append(
                        FigureBlock(
                            image_id,
                            self.image(image_id, lang),
                            self.runs(caption, lang, f"{place} caption"),
                            f"[image {clean_text(image_id)} cannot be shown]",
                        )
                    )
                case Table():
                    out.append(plan_table(block, partial(self.table_runs, lang, place)))
        return self.with_dateline(out, lang)

    def with_dateline(self, blocks: list[PlanBlock], lang: Lang) -> tuple[PlanBlock, ...]:
        """The English dateline leads the first paragraph; with no paragraph it stands alone before the body."""
        dateline = layout.dateline(self.release, lang)
        if not dateline:
            return tuple(blocks)
        for index, block in enumerate(blocks):
            if isinstance(block, ParagraphBlock):
                lead = self.text(dateline + (" " if block.runs else ""), lang, strip=False)
                blocks[index] = ParagraphBlock(block.runs, lead)
                return tuple(blocks)
        return (ParagraphBlock((), self.text(dateline, lang)), *blocks)

    def letterhead(self, lang: Lang, default_logo: PlanImage | None) -> Letterhead:
        agency = self.release.agency.best(lang).strip()
        other_lang: Lang = "en" if lang == "zh-TW" else "zh-TW"
        other = self.release.agency.get(other_lang).strip()
        show_other = self.bilingual and other and other != agency
        logo = self.image(self.release.logo_image_id, lang) or default_logo
        return Letterhead(
            agency=self.text(agency, lang),
            agency_other=self.text(other, other_lang) if show_other else (),
            news_label=self.text(layout.label("news_release", lang), lang),
            logo=logo,
        )

    def footer(self, lang: Lang) -> Footer:
        number = clean_text(self.release.number).strip()
        pages: tuple[str | PageField, ...]
        if lang == "zh-TW":
            pages = ("第 ", PageField.PAGE, " 頁，共 ", PageField.PAGES, " 頁")
        else:
            pages = ("Page ", PageField.PAGE, " of ", PageField.PAGES)
        prefix = (f"{number}  ·  ",) if number else ()
        return Footer(self.text(self.release.agency.best(lang), lang), (*prefix, *pages))

    def section(self, lang: Lang, default_logo: PlanImage | None) -> Section:
        release = self.release
        content = release.content[lang]
        headline = clean_text(content.headline).strip()
        number = clean_text(release.number).strip()
        head_parts = [release.agency.best(lang).strip(), layout.label("news_release", lang), number]
        return Section(
            lang=lang,
            title=f"{_LANGUAGE_NAMES[lang]}: {headline}" if headline else _LANGUAGE_NAMES[lang],
            letterhead=self.letterhead(lang, default_logo),
            running_head=self.text("  ·  ".join(part for part in head_parts if part), lang),
            release_line=self.text(layout.release_line(release, lang), lang),
            meta=tuple(
                MetaRow(self.text(row.label, lang), self.text(row.value, lang))
                for row in layout.meta_lines(release, lang)
            ),
            headline=self.text(headline, lang),
            subheadline=self.text(content.subheadline, lang),
            body=self.body(lang),
            end_mark=self.text(layout.end_mark(release, lang), lang),
            boilerplate_heading=self.text(layout.boilerplate_heading(release, lang), lang),
            boilerplate=tuple(self.text(text, lang) for text in layout.boilerplate_paragraphs(release, lang)),
            contacts_heading=self.text(layout.label("contacts", lang), lang),
            contacts=tuple(
                PlanContact(self.text(contact.name, lang), tuple(self.detail(d, lang) for d in contact.details))
                for contact in layout.printable_contacts(release, lang)
            ),
            footer=self.footer(lang),
        )


def _metadata(release: Release, langs: tuple[Lang, ...], now: datetime | None) -> Metadata:
    first: Lang = langs[0] if langs else "zh-TW"
    headlines = [clean_text(release.content[lang].headline).strip() for lang in langs]
    number = clean_text(release.number).strip()
    news = " / ".join(layout.label("news_release", lang) for lang in langs) or layout.label("news_release", first)
    return Metadata(
        title=" / ".join(h for h in headlines if h) or news,
        author=clean_text(release.agency.best(first)).strip(),
        subject=f"{news} {number}" if number else news,
        keywords=number,
        languages=tuple(langs),
        created=now,
    )


def build_plan(
    release: Release,
    lang: LangChoice = "both",
    *,
    default_logo: PlanImage | None = None,
    now: datetime | None = None,
    stamp_format: Mapping[Lang, str] | None = None,
    draft: bool = False,
) -> Plan:
    """Plan the export of `release` in `lang`; `default_logo` is the house style's, used when the release has none.

    `stamp_format` is the template's wording of the approval stamp (see plan/approval.py), per language. A `draft`
    (the preview's page in view, never written out) leaves the fingerprint out unless an approval needs it.
    """
    langs = layout.section_languages(release, lang)
    builder = _Builder(release, bilingual=len(langs) > 1)
    approval = approval_state(release, unapproved_fingerprint=not draft)
    state = document_state(approval)
    sections = tuple(
        replace(section, stamp=builder.text(stamp_text(approval, section.lang, release, stamp_format), section.lang))
        for section in (builder.section(current, default_logo) for current in langs)
    )
    return Plan(sections, state, _metadata(release, langs, now), tuple(builder.dropped))


def plan_release(
    release: Release,
    lang: LangChoice = "both",
    house: HouseStyle | None = None,
    *,
    invariant: bool = False,
    draft: bool = False,
) -> Plan:
    """The plan of one export: the one place a plan is built for (release, languages, house style).

    Every writer, the window's export, the preview, print and the command line come here; a batch that writes one
    release in five formats calls this once. `house` (default: the agency's template) gives the logo for releases
    without one and the stamp wording; `invariant` leaves the creation time out (byte-identical output).
    """
    from releasedesk.export.output import languages_to_export
    from releasedesk.export.plan.logo import logo_image
    from releasedesk.export.sourcedate import creation_time
    from releasedesk.export.style import current_template, stamp_formats

    languages_to_export(release, lang)
    house = house or current_template()
    now = None if invariant else creation_time()  # SOURCE_DATE_EPOCH when set
    return build_plan(
        release, lang, default_logo=logo_image(house), now=now, stamp_format=stamp_formats(house), draft=draft
    )

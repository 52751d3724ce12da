"""The story of each language section: letterhead, meta block, headline, body blocks, end mark, boilerplate, contacts.

Wording and what is printed come from export.layout (shared with DOCX); this module decides the flowables.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from releasedesk.errors import ExportError
from releasedesk.export import layout
from releasedesk.export.pdf.flowables import Bookmark, ImageBox, Letterhead, QuoteBar, Rule
from releasedesk.export.pdf.fonts import REGULAR
from releasedesk.export.pdf.images import PreparedImage, prepare
from releasedesk.export.pdf.linebreak import KinsokuParagraph
from releasedesk.export.pdf.markup import SANS, FontSet, runs_markup, text_markup
from releasedesk.export.pdf.page import text_width
from releasedesk.export.pdf.styles import Styles, TextStyle, build_styles
from releasedesk.export.pdf.template import PdfTemplate
from releasedesk.model.release import Lang, Release
from releasedesk.model.richtext import Figure, Heading, ListItem, Paragraph, Quote, Runs, plain_text
from releasedesk.model.textclean import clean_text

_LANGUAGE_NAMES: dict[str, str] = {"zh-TW": "中文", "en": "English"}
_BULLETS = ("•", "◦", "▪")


def _roman(number: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _alpha(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def list_marker(ordered: bool, level: int, number: int) -> str:
    """`1.` / `a.` / `i.` by level for numbered lists, `•` / `◦` / `▪` for bullets."""
    if not ordered:
        return _BULLETS[level % len(_BULLETS)]
    form = level % 3
    return f"{number if form == 0 else _alpha(number) if form == 1 else _roman(number)}."


@dataclass
class _Section:
    """What building one language section needs."""

    release: Release
    lang: Lang
    template: PdfTemplate
    fonts: FontSet
    styles: Styles
    bilingual: bool
    images: dict[tuple[str, int], PreparedImage | None]

    @property
    def chinese(self) -> bool:
        return self.lang == "zh-TW"

    def para(self, markup: str, style: TextStyle, bullet: str | None = None) -> KinsokuParagraph:
        return KinsokuParagraph(markup, style.para, bulletText=bullet)

    def text(self, value: str, style: TextStyle) -> KinsokuParagraph:
        return self.para(self.markup_text(value, style), style)

    def markup_text(self, value: str, style: TextStyle) -> str:
        return text_markup(value, self.fonts, style.role, chinese=self.chinese, bold=style.bold, italic=style.italic)

    def markup_runs(self, runs: Runs, style: TextStyle) -> str:
        return runs_markup(
            runs,
            self.fonts,
            style.role,
            chinese=self.chinese,
            bold=style.bold,
            italic=style.italic,
            link_color=self.template.link_color,
        )

    def image(self, image_id: str, width: float) -> PreparedImage | None:
        key = (image_id, int(width))
        if key not in self.images:
            image = self.release.image(image_id)
            self.images[key] = prepare(image.data, width) if image else None
        return self.images[key]


def _letterhead(section: _Section) -> Flowable:
    release, lang, styles = section.release, section.lang, section.styles
    logo = None
    logo_height = section.template.logo_height_mm * mm
    if release.logo_image_id:
        logo = section.image(release.logo_image_id, logo_height * 4)
    elif section.template.logo_path:
        path = section.template.logo_path
        try:
            with open(path, "rb") as handle:
                logo = prepare(handle.read(), logo_height * 4)
        except OSError as error:
            raise ExportError(f"PDF template logo {path}: cannot be read ({error.strerror or error})") from error
        if logo is None:
            raise ExportError(f"PDF template logo {path}: not an image (use PNG or JPEG)")
    names: list[Flowable] = []
    agency = release.agency.get(lang).strip() or release.agency.best(lang).strip()
    if agency:
        names.append(section.text(agency, styles.agency))
    other: Lang = "en" if lang == "zh-TW" else "zh-TW"
    if section.bilingual and release.agency.get(other).strip() and release.agency.get(other).strip() != agency:
        names.append(section.text(release.agency.get(other).strip(), styles.agency_other))
    news = section.text(layout.label("news_release", lang), styles.news_release)
    return Letterhead(logo=logo, logo_height=logo_height, names=names, news=news, accent=section.template.accent_color)


def _meta_block(section: _Section) -> list[Flowable]:
    release, lang, styles = section.release, section.lang, section.styles
    out: list[Flowable] = [Spacer(1, 8), section.text(layout.release_line(release, lang), styles.release_line)]
    lines = layout.meta_lines(release, lang)
    if lines:
        chain = section.fonts.chain(SANS)
        label_width = max(text_width(line.label, chain, styles.meta.para.fontSize) for line in lines) + 12
        rows = [[section.text(line.label, styles.meta), section.text(line.value, styles.meta)] for line in lines]
        table = Table(rows, colWidths=[label_width, section.template.column_width - label_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), section.fonts.base_font(SANS, REGULAR)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out += [Spacer(1, 3), table]
    out.append(Rule(section.template.muted_color, 0.4, space_before=6, space_after=12))
    return out


def _figure(section: _Section, block: Figure) -> Flowable:
    width = section.template.column_width
    prepared = section.image(block.image_id, width)
    caption = section.markup_runs(block.caption, section.styles.caption) if block.caption else ""
    if prepared is None:
        missing = f"[image {block.image_id} cannot be shown]"
        placeholder = section.para(section.markup_text(missing, section.styles.placeholder), section.styles.placeholder)
        return KeepTogether([placeholder, section.para(caption, section.styles.caption)]) if caption else placeholder
    _top, _right, bottom, _left = section.template.margins
    max_height = (section.template.page_size_points[1] - _top - bottom) * 0.42
    height = width * prepared.aspect
    if height > max_height:
        height, width = max_height, max_height / prepared.aspect
    parts: list[Flowable] = [Spacer(1, 4), ImageBox(prepared, width, height)]
    parts.append(Spacer(1, 4))
    if caption:
        parts.append(section.para(caption, section.styles.caption))
    else:
        parts.append(Spacer(1, section.template.paragraph_space))
    return KeepTogether(parts)


def _body(section: _Section, key_prefix: str) -> list[Flowable]:
    content = section.release.content[section.lang]
    styles = section.styles
    out: list[Flowable] = []
    dateline = layout.dateline(section.release, section.lang)
    counters: list[int] = []
    heading_count = 0
    for block in content.body:
        if not isinstance(block, ListItem):
            if counters:
                out.append(Spacer(1, section.template.paragraph_space / 2))  # a list ends: full paragraph space
            counters = []
        match block:
            case Paragraph(runs):
                markup = section.markup_runs(runs, styles.body)
                if dateline:
                    markup = section.markup_text(dateline + " ", styles.dateline) + markup
                    dateline = None
                out.append(section.para(markup, styles.body))
            case Heading(level, runs):
                style = styles.headings[min(max(level, 1), 3) - 1]
                heading_count += 1
                title = clean_text(plain_text(runs)).strip()
                parts: list[Flowable] = [section.para(section.markup_runs(runs, style), style)]
                if title and level == 1:
                    parts.insert(0, Bookmark(f"{key_prefix}-h{heading_count}", title, level=1))
                out.extend(parts)
            case ListItem(ordered, level, runs):
                del counters[level + 1 :]
                while len(counters) <= level:
                    counters.append(0)
                counters[level] += 1
                marker = list_marker(ordered, level, counters[level])
                if not all(section.fonts.chain(styles.list_item.role).primary.has(char) for char in marker):
                    marker = "-" if not ordered else marker  # the bullet font lacks the symbol: a plain dash
                base = styles.list_item.para
                indent = section.template.list_indent_mm * mm * (level + 1)
                style = TextStyle(
                    base.clone(f"{base.name}-{level}", leftIndent=indent, bulletIndent=indent - 4.6 * mm),
                    styles.list_item.role,
                )
                out.append(section.para(section.markup_runs(runs, style), style, bullet=marker))
            case Quote(runs):
                paragraph = section.para(section.markup_runs(runs, styles.quote), styles.quote)
                out.append(QuoteBar(paragraph, section.template.accent_color, styles.quote.para.leftIndent))
            case Figure():
                out.append(_figure(section, block))
    return out


def _closing(section: _Section) -> list[Flowable]:
    release, lang, styles = section.release, section.lang, section.styles
    out: list[Flowable] = []
    mark = layout.end_mark(release, lang) or (section.template.end_mark_zh_default if lang == "zh-TW" else "###")
    out.append(section.text(mark, styles.end_mark))
    boilerplate = layout.boilerplate_paragraphs(release, lang)
    if boilerplate:
        heading = section.text(layout.boilerplate_heading(release, lang), styles.section_label)
        paragraphs = [section.text(text, styles.boilerplate) for text in boilerplate]
        out.append(KeepTogether([heading, paragraphs[0]]))
        out.extend(paragraphs[1:])
    contacts = layout.printable_contacts(release, lang)
    if contacts:
        cells: list[list[Flowable]] = []
        for contact in contacts:
            cell: list[Flowable] = []
            if contact.name:
                cell.append(section.text(contact.name, styles.contact_name))
            cell.extend(section.text(detail, styles.contact_detail) for detail in contact.details)
            cells.append(cell)
        columns = 2 if len(cells) > 1 else 1
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        if len(rows[-1]) < columns:
            rows[-1].append([])
        width = section.template.column_width
        table = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), section.fonts.base_font(SANS, REGULAR)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        heading = section.text(layout.label("contacts", lang), styles.section_label)
        out.append(KeepTogether([Rule(section.template.muted_color, 0.4, 6, 4), heading, table]))
    return out


def build_story(release: Release, langs: tuple[Lang, ...], template: PdfTemplate, fonts: FontSet) -> list[Flowable]:
    story: list[Flowable] = []
    images: dict[tuple[str, int], PreparedImage | None] = {}
    for number, lang in enumerate(langs):
        if number:
            story += [NextPageTemplate(lang), PageBreak()]
        styles = build_styles(template, fonts, lang)
        section = _Section(release, lang, template, fonts, styles, len(langs) > 1, images)
        content = release.content[lang]
        headline = clean_text(content.headline).strip()
        key = f"section-{lang}"
        story.append(Bookmark(key, f"{_LANGUAGE_NAMES[lang]}: {headline}" if headline else _LANGUAGE_NAMES[lang]))
        story.append(_letterhead(section))
        story += _meta_block(section)
        if headline:
            story.append(section.text(content.headline.strip(), styles.headline))
        if content.subheadline.strip():
            story.append(section.text(content.subheadline.strip(), styles.subheadline))
        story.append(Spacer(1, 10))
        story += _body(section, key)
        story += _closing(section)
    return story

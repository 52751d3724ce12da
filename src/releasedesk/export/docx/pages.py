"""Per-section page furniture: the letterhead on a section's first page, a running header after, the footer."""

from __future__ import annotations

from itertools import count

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.section import Section, _Footer, _Header
from docx.shared import Cm, Length
from docx.text.paragraph import Paragraph

from releasedesk.export import layout
from releasedesk.export.docx.fields import add_field
from releasedesk.export.docx.images import add_image
from releasedesk.export.docx.inline import add_text
from releasedesk.export.docx.options import DocxOptions
from releasedesk.export.docx.styles import NAMES, set_paragraph_style, styled_paragraph
from releasedesk.export.docx.watermark import add_watermark
from releasedesk.model.release import Lang, Release

LOGO_HEIGHT = Cm(1.5)
LOGO_COLUMN = Cm(2.0)
TITLE_COLUMN = Cm(4.0)
# Stand-ins for the page numbers in the shared footer wording, replaced by PAGE / NUMPAGES fields.
_PAGE, _TOTAL = 987654321, 987654322


def _other(lang: Lang) -> Lang:
    return "en" if lang == "zh-TW" else "zh-TW"


def _letterhead(header: _Header, release: Release, lang: Lang, text_width: Length) -> None:
    """A borderless table — logo | agency names | 新聞稿 (and DRAFT) — over an accent rule, as in the PDF."""
    logo = release.image(release.logo_image_id) if release.logo_image_id else None
    columns = [LOGO_COLUMN] if logo is not None else []
    columns += [Length(text_width - sum(columns, Length(0)) - TITLE_COLUMN), TITLE_COLUMN]
    table = header.add_table(1, len(columns), text_width)
    table.autofit = False
    cells = table.rows[0].cells
    for column, cell, width in zip(table.columns, cells, columns, strict=True):
        column.width = cell.width = width  # LibreOffice reads the grid, Word the cells
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if logo is not None:
        add_image(cells[0].paragraphs[0].add_run(), logo, release.agency.best(lang), LOGO_COLUMN, LOGO_HEIGHT)
    names, title = cells[-2], cells[-1]
    set_paragraph_style(names.paragraphs[0], NAMES.letterhead)
    add_text(names.paragraphs[0], release.agency.best(lang).strip(), lang)
    other = release.agency.get(_other(lang)).strip()
    if other and other != release.agency.best(lang).strip():
        add_text(styled_paragraph(names, NAMES.letterhead_other), other, _other(lang))
    set_paragraph_style(title.paragraphs[0], NAMES.letterhead_title)
    add_text(title.paragraphs[0], layout.label("news_release", lang), lang)
    mark = layout.watermark(release)
    if mark:
        add_text(styled_paragraph(title, NAMES.letterhead_title), mark, lang, style=NAMES.draft_mark)
    # a header ends with a paragraph: the template's empty one moves below the table and draws the rule
    rule = header.paragraphs[0]
    table._tbl.addnext(rule._p)
    set_paragraph_style(rule, NAMES.letterhead_rule)


def _running_header(paragraph: Paragraph, release: Release, lang: Lang) -> None:
    set_paragraph_style(paragraph, NAMES.running_header)
    parts = [release.agency.best(lang).strip(), layout.label("news_release", lang), release.number.strip()]
    add_text(paragraph, "  ·  ".join(part for part in parts if part), lang)
    mark = layout.watermark(release)
    if mark:
        add_text(paragraph, "\t", lang)
        add_text(paragraph, mark, lang, style=NAMES.draft_mark)


def _footer(footer: _Footer, release: Release, lang: Lang) -> None:
    """Agency at the left; the shared footer wording at the right, its page numbers as fields."""
    paragraph = footer.paragraphs[0]
    set_paragraph_style(paragraph, NAMES.footer)
    add_text(paragraph, release.agency.best(lang).strip(), lang)
    add_text(paragraph, "\t", lang)
    wording = layout.page_footer(lang, _PAGE, _TOTAL, release.number)
    before, _, rest = wording.partition(str(_PAGE))
    middle, _, after = rest.partition(str(_TOTAL))
    add_text(paragraph, before, lang)
    add_field(paragraph, "PAGE")
    add_text(paragraph, middle, lang)
    add_field(paragraph, "NUMPAGES")
    add_text(paragraph, after, lang)


def furnish_section(
    section: Section, release: Release, lang: Lang, text_width: Length, options: DocxOptions, ids: count[int]
) -> None:
    """Headers and footers of one language section; each section has its own (not linked to the previous)."""
    section.different_first_page_header_footer = True
    for story in (section.first_page_header, section.header, section.first_page_footer, section.footer):
        story.is_linked_to_previous = False
    for footer in (section.first_page_footer, section.footer):
        _footer(footer, release, lang)
    _letterhead(section.first_page_header, release, lang, text_width)
    _running_header(section.header.paragraphs[0], release, lang)
    mark = layout.watermark(release)
    if mark:
        for header in (section.first_page_header, section.header):
            add_watermark(header.paragraphs[-1], mark, index=next(ids), font=options.latin_font)

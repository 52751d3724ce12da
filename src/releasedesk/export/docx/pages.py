"""Per-section page furniture: the letterhead on a section's first page, a running header after, the footer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm, Length

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.fields import add_field
from releasedesk.export.docx.images import add_image
from releasedesk.export.docx.inline import add_line, add_text
from releasedesk.export.docx.options import DocxOptions, filled
from releasedesk.export.docx.styles import NAMES, set_paragraph_style, styled_paragraph
from releasedesk.export.docx.watermark import add_watermark
from releasedesk.export.plan import PageField, Plan, Section

if TYPE_CHECKING:
    from itertools import count

    from docx.section import Section as DocxSection
    from docx.text.paragraph import Paragraph

LOGO_HEIGHT = Cm(1.5)
LOGO_COLUMN = Cm(2.0)
TITLE_COLUMN = Cm(4.0)
_LINK = NAMES.hyperlink


def _letterhead(header: docxfence.Header, section: Section, watermark: str | None, text_width: Length) -> None:
    """A borderless table — logo | agency names | 新聞稿 (and DRAFT) — over an accent rule, as in the PDF."""
    head, lang = section.letterhead, section.lang
    logo = head.logo
    columns: list[Length] = [LOGO_COLUMN] if logo is not None else []
    columns += [Length(text_width - sum(columns, Length(0)) - TITLE_COLUMN), TITLE_COLUMN]
    table = header.add_table(1, len(columns), text_width)
    table.autofit = False
    cells = table.rows[0].cells
    for column, cell, width in zip(table.columns, cells, columns, strict=True):
        column.width = cell.width = width  # LibreOffice reads the grid, Word the cells
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if logo is not None:
        alt = logo.alt or "".join(run.text for run in head.agency)
        add_image(cells[0].paragraphs[0].add_run(), logo, alt, LOGO_COLUMN, LOGO_HEIGHT)
    names, title = cells[-2], cells[-1]
    set_paragraph_style(names.paragraphs[0], NAMES.letterhead)
    add_line(names.paragraphs[0], head.agency, hyperlink_style=_LINK)
    if head.agency_other:
        add_line(styled_paragraph(names, NAMES.letterhead_other), head.agency_other, hyperlink_style=_LINK)
    set_paragraph_style(title.paragraphs[0], NAMES.letterhead_title)
    add_line(title.paragraphs[0], head.news_label, hyperlink_style=_LINK)
    if watermark:
        add_text(styled_paragraph(title, NAMES.letterhead_title), watermark, lang, style=NAMES.draft_mark)
    # a header ends with a paragraph: the template's empty one moves below the table and draws the rule
    rule = header.paragraphs[0]
    docxfence.tbl_of(table).addnext(docxfence.p_of(rule))
    set_paragraph_style(rule, NAMES.letterhead_rule)


def _running_header(paragraph: Paragraph, section: Section, watermark: str | None) -> None:
    set_paragraph_style(paragraph, NAMES.running_header)
    add_line(paragraph, section.running_head, hyperlink_style=_LINK)
    if watermark:  # after the head, at the right edge with it (Word's watermark may not show in every viewer)
        add_text(paragraph, "  ", section.lang)
        add_text(paragraph, watermark, section.lang, style=NAMES.draft_mark)


def _footer(footer: docxfence.Footer, section: Section) -> None:
    """Agency at the left; the plan's footer wording at the right, its page numbers as fields."""
    paragraph = footer.paragraphs[0]
    set_paragraph_style(paragraph, NAMES.footer)
    add_line(paragraph, section.footer.left, hyperlink_style=_LINK)
    add_text(paragraph, "\t", section.lang)
    for part in section.footer.parts:
        if isinstance(part, PageField):
            add_field(paragraph, "PAGE" if part == PageField.PAGE else "NUMPAGES")
        else:
            add_text(paragraph, part, section.lang)


def furnish_section(
    section: DocxSection, plan_section: Section, plan: Plan, text_width: Length, options: DocxOptions, ids: count[int]
) -> None:
    """Headers and footers of one language section; each section has its own (not linked to the previous)."""
    section.different_first_page_header_footer = True
    for story in (section.first_page_header, section.header, section.first_page_footer, section.footer):
        story.is_linked_to_previous = False
    for footer in (section.first_page_footer, section.footer):
        _footer(footer, plan_section)
    mark = plan.state.watermark
    _letterhead(section.first_page_header, plan_section, mark, text_width)
    _running_header(section.header.paragraphs[0], plan_section, mark)
    if mark:
        for header in (section.first_page_header, section.header):
            add_watermark(
                header.paragraphs[-1],
                mark,
                index=next(ids),
                font=filled(options.latin_font),
                color=filled(options.house).watermark_color.removeprefix("#"),
                opacity=filled(options.house).watermark_opacity,
            )

"""Renders a layout plan into a python-docx Document: one section per plan section, in the plan's order."""

from __future__ import annotations

from itertools import count
from typing import TYPE_CHECKING

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Length, Mm

from releasedesk.export.docx.body import BodyContext, write_body
from releasedesk.export.docx.contacts import write_contacts
from releasedesk.export.docx.custom import set_custom_properties
from releasedesk.export.docx.docxfence import cells_of, p_of
from releasedesk.export.docx.inline import add_line, add_text
from releasedesk.export.docx.leading import localize, set_style_leadings
from releasedesk.export.docx.numbering import ListNumbering, link_list_styles
from releasedesk.export.docx.options import PAGE_SIZES_MM, DocxOptions, filled
from releasedesk.export.docx.pages import furnish_section
from releasedesk.export.docx.properties import drop_template_leftovers, number_drawings_uniquely, set_core_properties
from releasedesk.export.docx.styles import NAMES, install_styles, styled_paragraph
from releasedesk.export.plan.approval import approval_properties
from releasedesk.export.roles import roles

if TYPE_CHECKING:
    from collections.abc import Iterator

    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section as DocxSection

    from releasedesk.export.plan import Plan, Section
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang


def _page_setup(section: DocxSection, options: DocxOptions) -> Length:
    """Page size and margins; returns the text column width."""
    width, height = PAGE_SIZES_MM[options.page_size or "A4"]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(options.margin_top_mm or 0), Mm(options.margin_bottom_mm or 0)
    section.left_margin, section.right_margin = Mm(options.margin_left_mm or 0), Mm(options.margin_right_mm or 0)
    section.header_distance = section.footer_distance = Mm(10)
    return Length(section.page_width - section.left_margin - section.right_margin)


def _write_stamp(document: Document, section: Section) -> None:
    if section.stamp:
        add_line(styled_paragraph(document, NAMES.stamp), section.stamp, hyperlink_style=NAMES.hyperlink)


def _write_front(document: Document, section: Section, house: HouseStyle) -> None:
    """Release line, meta block, the approval stamp when the house puts it there, headline and subheadline (the
    PDF's order)."""
    link = NAMES.hyperlink
    add_line(styled_paragraph(document, NAMES.release_line), section.release_line, hyperlink_style=link)
    for row in section.meta:
        paragraph = styled_paragraph(document, NAMES.meta)
        add_line(paragraph, row.label, hyperlink_style=link, style=NAMES.meta_label)
        add_text(paragraph, "\t", section.lang)
        add_line(paragraph, row.value, hyperlink_style=link)
    if house.stamp_place == "meta":
        _write_stamp(document, section)
    if section.headline:
        add_line(styled_paragraph(document, NAMES.headline), section.headline, hyperlink_style=link)
    if section.subheadline:
        paragraph = styled_paragraph(document, NAMES.subheadline)
        add_line(paragraph, section.subheadline, hyperlink_style=link)
        if not roles(house, section.lang).subheadline.italic:  # the style is the Latin look; Chinese stays upright
            for run in paragraph.runs:
                if run.font.italic is None:
                    run.font.italic = False


def _write_back(document: Document, section: Section, text_width: Length, house: HouseStyle) -> None:
    """End mark (nothing when the release leaves it empty), boilerplate and the media contacts."""
    link = NAMES.hyperlink
    if section.end_mark:
        add_line(styled_paragraph(document, NAMES.end_mark), section.end_mark, hyperlink_style=link)
    if section.boilerplate:
        add_line(
            styled_paragraph(document, NAMES.boilerplate_heading), section.boilerplate_heading, hyperlink_style=link
        )
        for line in section.boilerplate:
            add_line(styled_paragraph(document, NAMES.boilerplate), line, hyperlink_style=link)
    write_contacts(document, section, text_width, house.contact_columns)
    if house.stamp_place == "end":
        _write_stamp(document, section)


def _end(body: BaseOxmlElement) -> int:
    """Where the next paragraph goes: before the body's closing `w:sectPr`."""
    return len(body) - (1 if len(body) and body[-1].tag == qn("w:sectPr") else 0)


def _paragraphs(body: BaseOxmlElement, start: int, section: DocxSection) -> Iterator[BaseOxmlElement]:
    """The section's paragraphs: the body's from `start` on (table cells included), and its headers' and footers'."""
    for child in body[start:]:
        yield from child.iter(qn("w:p"))
    for story in (section.first_page_header, section.header, section.first_page_footer, section.footer):
        yield from (p_of(paragraph) for paragraph in story.paragraphs)
        yield from (
            p_of(paragraph) for table in story.tables for cell in cells_of(table) for paragraph in cell.paragraphs
        )


def build_document(plan: Plan, options: DocxOptions, house: HouseStyle) -> Document:
    """Render the plan: the DOCX writer decides only how Word shows what the plan says."""
    options = options.resolved(house)
    document = docx.Document()
    section = document.sections[0]
    text_width = _page_setup(section, options)
    main: Lang = plan.sections[0].lang if plan.sections else "en"
    install_styles(document, options, text_width.cm, house, main)
    set_style_leadings(document, roles(house, main))
    numbering = ListNumbering(document, options)
    link_list_styles(document, numbering, NAMES.list_bullet, NAMES.list_number)
    body = document.element.body
    body.remove(body[0]) if len(body) and body[0].tag.endswith("}p") else None  # the template's empty paragraph
    shape_ids = count(1)
    text_height = Length(filled(section.page_height) - filled(section.top_margin) - filled(section.bottom_margin))
    for index, current in enumerate(plan.sections):
        if index:
            section = document.add_section(WD_SECTION.NEW_PAGE)
        furnish_section(section, current, plan, text_width, options, shape_ids)
        start = _end(body)
        _write_front(document, current, house)
        context = BodyContext(document, current.lang, numbering, text_width, Length(int(text_height * 0.55)))
        write_body(context, current.body)
        _write_back(document, current, text_width, house)
        localize(_paragraphs(body, start, section), house, main, current.lang)
    news = " / ".join("".join(run.text for run in current.letterhead.news_label) for current in plan.sections)
    set_core_properties(document, plan.metadata, news)
    set_custom_properties(document, approval_properties(plan.state))
    drop_template_leftovers(document)
    number_drawings_uniquely(document)
    return document

"""Walks the release model into a python-docx Document: one section per language, Chinese first."""

from __future__ import annotations

from datetime import datetime
from itertools import count

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.section import Section
from docx.shared import Length, Mm

from releasedesk.export import layout
from releasedesk.export.docx.body import BodyContext, write_body
from releasedesk.export.docx.contacts import write_contacts
from releasedesk.export.docx.inline import add_text
from releasedesk.export.docx.numbering import ListNumbering, link_list_styles
from releasedesk.export.docx.options import PAGE_SIZES_MM, DocxOptions
from releasedesk.export.docx.pages import furnish_section
from releasedesk.export.docx.properties import drop_template_leftovers, number_drawings_uniquely, set_core_properties
from releasedesk.export.docx.styles import NAMES, install_styles, styled_paragraph
from releasedesk.export.layout import LangChoice
from releasedesk.model.release import Lang, Release


def _page_setup(section: Section, options: DocxOptions) -> Length:
    """Page size and margins; returns the text column width."""
    width, height = PAGE_SIZES_MM[options.page_size]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(options.margin_top_mm), Mm(options.margin_bottom_mm)
    section.left_margin = section.right_margin = Mm(options.margin_side_mm)
    section.header_distance = section.footer_distance = Mm(10)
    return Length(section.page_width - section.left_margin - section.right_margin)


def _write_front(document: Document, release: Release, lang: Lang) -> None:
    """Release line, meta block, headline and subheadline (the PDF's order)."""
    add_text(styled_paragraph(document, NAMES.release_line), layout.release_line(release, lang), lang)
    for line in layout.meta_lines(release, lang):
        paragraph = styled_paragraph(document, NAMES.meta)
        add_text(paragraph, line.label, lang, style=NAMES.meta_label)
        add_text(paragraph, f"\t{line.value}", lang)
    content = release.content[lang]
    add_text(styled_paragraph(document, NAMES.headline), content.headline.strip(), lang)
    if content.subheadline.strip():
        add_text(styled_paragraph(document, NAMES.subheadline), content.subheadline.strip(), lang)


def _write_back(document: Document, release: Release, lang: Lang, text_width: Length) -> None:
    """End mark, boilerplate and the media contacts."""
    mark = layout.end_mark(release, lang)
    if mark:
        add_text(styled_paragraph(document, NAMES.end_mark), mark, lang)
    paragraphs = layout.boilerplate_paragraphs(release, lang)
    if paragraphs:
        add_text(styled_paragraph(document, NAMES.boilerplate_heading), layout.boilerplate_heading(release, lang), lang)
        for text in paragraphs:
            add_text(styled_paragraph(document, NAMES.boilerplate), text, lang)
    write_contacts(document, release, lang, text_width)


def build_document(release: Release, lang: LangChoice, options: DocxOptions, now: datetime) -> Document:
    document = docx.Document()
    section = document.sections[0]
    text_width = _page_setup(section, options)
    install_styles(document, options, text_width.cm)
    numbering = ListNumbering(document, options)
    link_list_styles(document, numbering, NAMES.list_bullet, NAMES.list_number)
    langs = layout.section_languages(release, lang)
    body = document.element.body
    body.remove(body[0]) if len(body) and body[0].tag.endswith("}p") else None  # the template's empty paragraph
    shape_ids = count(1)
    text_height = Length(section.page_height - section.top_margin - section.bottom_margin)
    for index, current in enumerate(langs):
        if index:
            section = document.add_section(WD_SECTION.NEW_PAGE)
        furnish_section(section, release, current, text_width, options, shape_ids)
        _write_front(document, release, current)
        context = BodyContext(document, release, current, numbering, text_width, Length(int(text_height * 0.55)))
        write_body(context, release.content[current].body, layout.dateline(release, current))
        _write_back(document, release, current, text_width)
    if not langs:
        furnish_section(section, release, "zh-TW", text_width, options, shape_ids)
    set_core_properties(document, release, langs, now)
    drop_template_leftovers(document)
    number_drawings_uniquely(document)
    return document

"""The media-contacts block: a heading kept with a borderless two-column table of the printable contacts."""

from __future__ import annotations

import re

from docx.document import Document
from docx.shared import Length
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from releasedesk.export import layout
from releasedesk.export.docx.hyperlinks import add_hyperlink
from releasedesk.export.docx.inline import add_text
from releasedesk.export.docx.ooxml import element
from releasedesk.export.docx.styles import NAMES, set_paragraph_style, styled_paragraph
from releasedesk.model.release import Lang, Release

COLUMNS = 2
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def _detail(paragraph: DocxParagraph, line: str, lang: Lang) -> None:
    """A detail line; an email address in it becomes a mailto link."""
    match = _EMAIL.search(line)
    if match is None:
        add_text(paragraph, line, lang)
        return
    add_text(paragraph, line[: match.start()], lang)
    link = add_hyperlink(paragraph, f"mailto:{match.group()}")
    add_text(paragraph, match.group(), lang, style=NAMES.hyperlink, container=link)
    add_text(paragraph, line[match.end() :], lang)


def _fill(cell: _Cell, contact: layout.ContactLines, lang: Lang) -> None:
    name = cell.paragraphs[0]
    set_paragraph_style(name, NAMES.contact_name)
    add_text(name, contact.name, lang)
    for line in contact.details:
        _detail(styled_paragraph(cell, NAMES.contact_details), line, lang)


def write_contacts(document: Document, release: Release, lang: Lang, text_width: Length) -> None:
    contacts = layout.printable_contacts(release, lang)
    if not contacts:
        return
    add_text(styled_paragraph(document, NAMES.contacts_heading), layout.label("contacts", lang), lang)
    rows = (len(contacts) + COLUMNS - 1) // COLUMNS
    table = document.add_table(rows=rows, cols=COLUMNS)
    table.autofit = False
    column_width = Length(int(text_width) // COLUMNS)
    for column in table.columns:
        column.width = column_width
    for row_index, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(element("w:cantSplit"))
        for column_index, cell in enumerate(row.cells):
            cell.width = column_width
            index = row_index * COLUMNS + column_index
            if index < len(contacts):
                _fill(cell, contacts[index], lang)
            else:
                set_paragraph_style(cell.paragraphs[0], NAMES.contact_details)
            if row_index == rows - 1:
                # keepNext on the last row would tie the table to whatever follows it
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = False

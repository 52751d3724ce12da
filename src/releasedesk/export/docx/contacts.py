"""The media-contacts block: a heading kept with a borderless table of the printable contacts, in the plan's grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.shared import Length

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.inline import add_line
from releasedesk.export.docx.ooxml import element
from releasedesk.export.docx.styles import NAMES, set_paragraph_style, styled_paragraph

if TYPE_CHECKING:
    from docx.document import Document

    from releasedesk.export.plan import PlanContact, Section


def _fill(cell: docxfence.Cell, contact: PlanContact) -> None:
    name = cell.paragraphs[0]
    set_paragraph_style(name, NAMES.contact_name)
    add_line(name, contact.name, hyperlink_style=NAMES.hyperlink)
    for line in contact.details:
        add_line(styled_paragraph(cell, NAMES.contact_details), line, hyperlink_style=NAMES.hyperlink)


def write_contacts(document: Document, section: Section, text_width: Length, columns: int) -> None:
    """The section's contacts in the DOCX, `columns` to a row (the house style's); nothing when there are none."""
    if not section.contacts:
        return
    add_line(
        styled_paragraph(document, NAMES.contacts_heading), section.contacts_heading, hyperlink_style=NAMES.hyperlink
    )
    grid = section.contact_rows(columns)
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    table.autofit = False
    column_width = Length(int(text_width) // len(grid[0]))
    for column in table.columns:
        column.width = column_width
    for row, contacts in zip(table.rows, grid, strict=True):
        tr_pr = docxfence.tr_of(row).get_or_add_trPr()
        tr_pr.append(element("w:cantSplit"))
        for cell, contact in zip(row.cells, contacts, strict=True):
            cell.width = column_width
            if contact is not None:
                _fill(cell, contact)
            else:
                set_paragraph_style(cell.paragraphs[0], NAMES.contact_details)
            if contacts is grid[-1]:
                # keepNext on the last row would tie the table to whatever follows it
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = False

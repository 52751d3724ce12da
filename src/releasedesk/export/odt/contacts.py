"""The media-contacts block as ODF: a borderless table in the plan's grid (`Section.contact_rows`), as the PDF and
the DOCX lay it out, each row kept together; the contacts' own paragraph styles inside the cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.export.odt.table import Paragraph
    from releasedesk.export.plan import Section

STYLES = (
    '<style:style style:name="ReleaseContactCell" style:family="table-cell"><style:table-cell-properties'
    ' fo:border="none" fo:padding-left="0mm" fo:padding-right="3.5mm" fo:padding-top="0.7mm"'
    ' fo:padding-bottom="2mm"/></style:style>'
)
"""The cells' automatic style (added once per document): no rules, the PDF's padding (10 pt right, 2 pt above,
6 pt below)."""


def contacts_xml(section: Section, columns: int, number: int, paragraph: Paragraph) -> tuple[str, str]:
    """The contacts table of section `number` and its own automatic styles (the table's width and columns)."""
    grid = section.contact_rows(columns)
    name = f"ReleaseContacts{number}"
    styles = (
        f'<style:style style:name="{name}" style:family="table"><style:table-properties style:rel-width="100%"'
        ' table:align="margins" fo:margin-top="0mm" fo:margin-bottom="0mm"/></style:style>'
        f'<style:style style:name="{name}.C" style:family="table-column"><style:table-column-properties'
        ' style:rel-column-width="1000*"/></style:style>'
    )
    rows = []
    for row in grid:
        cells = []
        for contact in row:
            if contact is None:
                text = paragraph("ReleaseContactLine", ())
            else:
                text = paragraph("ReleaseContactName", contact.name) if contact.name else ""
                text += "".join(paragraph("ReleaseContactLine", line) for line in contact.details)
            cells.append(
                f'<table:table-cell table:style-name="ReleaseContactCell" office:value-type="string">{text}'
                "</table:table-cell>"
            )
        rows.append(f'<table:table-row table:style-name="ReleaseRow">{"".join(cells)}</table:table-row>')
    column = f'<table:table-column table:style-name="{name}.C" table:number-columns-repeated="{len(grid[0])}"/>'
    return f'<table:table table:name="{name}" table:style-name="{name}">{column}{"".join(rows)}</table:table>', styles

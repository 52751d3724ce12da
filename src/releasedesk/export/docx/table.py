"""A plan table as a real Word table (`w:tbl`): merged cells for spans, `w:tblHeader` on the header rows (Word and
LibreOffice repeat them on each page), `w:cantSplit` so a row never breaks across pages, cell text through the
same run writer as paragraphs (so East-Asian fonts follow each run's script).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.inline import add_line
from releasedesk.export.docx.styles import NAMES, set_paragraph_style, styled_paragraph

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.table import CT_Tbl

    from releasedesk.export.plan.values import TableBlock

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_RULE = "888888"
_HEADER_FILL = "EEF1F5"


def _borders(table_element: CT_Tbl) -> None:
    properties = table_element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), _RULE)
        borders.append(edge)
    # CT_TblPr is a sequence: tblBorders goes before these (python-docx has already written tblLayout, tblLook).
    after = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")}
    following = next((child for child in properties if child.tag in after), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)


def _row_flag(row: docxfence.Row, tag: str) -> None:
    tr_pr = docxfence.tr_of(row).get_or_add_trPr()
    tr_pr.append(OxmlElement(tag))  # no w:val: on (strict OOXML allows only "on"/"off", not "true")


def _shade(cell: docxfence.Cell) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), _HEADER_FILL)
    docxfence.tc_of(cell).get_or_add_tcPr().append(shading)


def write_table(document: Document, block: TableBlock, text_width: Length) -> None:
    """A table block: its caption, then the table."""
    if block.caption:
        caption = styled_paragraph(document, NAMES.caption)
        caption.paragraph_format.keep_with_next = True
        add_line(caption, block.caption, hyperlink_style=NAMES.hyperlink)
    table = document.add_table(rows=len(block.rows), cols=block.columns)
    table.autofit = False
    _borders(docxfence.tbl_of(table))
    widths = [Length(int(share * text_width)) for share in block.widths]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice reads; Word reads the cells' w:tcW
    # python-docx rebuilds this list on every table.cell() call (17 s for 200 rows): read it once (see docxfence).
    # Guarded by tests/export/test_tables_office.py (spans read back from the XML).
    cells = docxfence.cells_of(table)
    columns = block.columns
    for row_index, row in enumerate(table.rows):
        _row_flag(row, "w:cantSplit")
        if row_index < block.header_rows:
            _row_flag(row, "w:tblHeader")
        for column in range(columns):
            cells[row_index * columns + column].width = widths[column]
    for row in block.rows:
        for placed in row:
            cell = cells[placed.row * columns + placed.column]
            if placed.rowspan > 1 or placed.colspan > 1:
                last = (placed.row + placed.rowspan - 1) * columns + placed.column + placed.colspan - 1
                cell = cell.merge(cells[last])
            paragraph = cell.paragraphs[0]
            set_paragraph_style(paragraph, NAMES.body)
            paragraph.paragraph_format.alignment = _ALIGN[placed.align]
            paragraph.paragraph_format.space_after = 0
            add_line(paragraph, placed.runs, hyperlink_style=NAMES.hyperlink)
            if placed.header:
                for run in paragraph.runs:
                    run.bold = True
                _shade(cell)
    styled_paragraph(document, NAMES.body).paragraph_format.space_after = 0  # Word needs a paragraph after a table

"""A plan table as ODF: `table:table` with `table:table-header-rows` (repeated on each page), spans with covered
cells, relative column widths, rows that keep together; cell text written by the body's own run writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from releasedesk.export.plan.values import Line, PlanCell, TableBlock

_RULE = "0.5pt solid #888888"
STYLES = (
    '<style:style style:name="ReleaseCell" style:family="table-cell"><style:table-cell-properties'
    f' fo:border="{_RULE}" fo:padding="1mm"/></style:style>'
    '<style:style style:name="ReleaseHeaderCell" style:family="table-cell"><style:table-cell-properties'
    f' fo:border="{_RULE}" fo:padding="1mm" fo:background-color="#eef1f5"/></style:style>'
    '<style:style style:name="ReleaseRow" style:family="table-row"><style:table-row-properties'
    ' fo:keep-together="always"/></style:style>'
    + "".join(
        f'<style:style style:name="ReleaseCell{name}" style:family="paragraph" style:parent-style-name="ReleaseBody">'
        f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="0mm" fo:margin-bottom="0mm"/>'
        "</style:style>"
        for name, align in (("Left", "start"), ("Center", "center"), ("Right", "end"))
    )
)
"""Automatic styles every table shares (added once per document)."""

Paragraph = Callable[[str, Line], str]


def _cell(cell: PlanCell, paragraph: Paragraph) -> str:
    runs = tuple(replace(run, bold=True) for run in cell.runs) if cell.header else cell.runs
    spans = ""
    if cell.colspan > 1:
        spans += f' table:number-columns-spanned="{cell.colspan}"'
    if cell.rowspan > 1:
        spans += f' table:number-rows-spanned="{cell.rowspan}"'
    style = "ReleaseHeaderCell" if cell.header else "ReleaseCell"
    text = paragraph(f"ReleaseCell{cell.align.capitalize()}", runs)
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{spans}>{text}</table:table-cell>'


def table_xml(block: TableBlock, number: int, paragraph: Paragraph) -> tuple[list[str], str]:
    """The caption paragraph and the table, and the table's own automatic styles (its width and its columns)."""
    name = f"ReleaseTable{number}"
    styles = (
        f'<style:style style:name="{name}" style:family="table"><style:table-properties style:rel-width="100%"'
        ' table:align="margins" fo:margin-top="2mm" fo:margin-bottom="3mm"/></style:style>'
    )
    columns = []
    for index, share in enumerate(block.widths):
        styles += (
            f'<style:style style:name="{name}.C{index}" style:family="table-column"><style:table-column-properties'
            f' style:rel-column-width="{round(share * 10000)}*"/></style:style>'
        )
        columns.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
    starts = {(cell.row, cell.column): cell for row in block.rows for cell in row}
    covered = {
        (cell.row + r, cell.column + c)
        for cell in starts.values()
        for r in range(cell.rowspan)
        for c in range(cell.colspan)
        if r or c
    }
    rows = []
    for row in range(len(block.rows)):
        cells = "".join(
            _cell(starts[(row, column)], paragraph) if (row, column) in starts else "<table:covered-table-cell/>"
            for column in range(block.columns)
            if (row, column) in starts or (row, column) in covered
        )
        rows.append(f'<table:table-row table:style-name="ReleaseRow">{cells}</table:table-row>')
    head = "".join(rows[: block.header_rows])
    header = f"<table:table-header-rows>{head}</table:table-header-rows>" if head else ""
    table = (
        f'<table:table table:name="{name}" table:style-name="{name}">{"".join(columns)}{header}'
        f"{''.join(rows[block.header_rows :])}</table:table>"
    )
    caption = [paragraph("ReleaseTableCaption", block.caption)] if block.caption else []
    return [*caption, table], styles

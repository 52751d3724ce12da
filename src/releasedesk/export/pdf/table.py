"""A plan table as PDF: reportlab's Table with our TextBlocks in the cells, so a cell wraps with the same line
breaking (kinsoku, script fonts) as a paragraph.

A long table splits between rows only (never inside one), with the header rows repeated at the top of every page;
the caption is drawn above the table and never left alone at the bottom of a page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import Table, TableStyle

from releasedesk.export.pdf.fontset import SANS, FontSet
from releasedesk.export.pdf.textflow import TextBlock, TextStyle

if TYPE_CHECKING:
    from releasedesk.export.plan.values import PlanCell, TableBlock

PADDING = 4.0
MIN_ROW = 2 * (PADDING - 1)
"""No row is shorter than an empty cell. reportlab sizes a row only by the cells that do not span rows, so a row with
no cell of its own, or with only row spans, would get no height: its top and bottom rules would share one y, and
reportlab, which keeps a span's rules off by y, would drop a rule the row next to it needs (two cells would read as
one). A minimum, so a span taller than its rows still grows them; a split table's parts keep the heights reportlab
computed (longTableOptimize, on by default)."""
HEADER_FILL = "#EEF1F5"
RULE = "#888888"


class CaptionedTable(Flowable):
    """The caption and the (part of the) table under it, moved and split as one."""

    def __init__(self, caption: TextBlock | None, table: Table, space: float = 0.0, *, first: bool = True) -> None:
        super().__init__()
        self.caption = caption
        self.table = table
        self.space = space
        self.spaceBefore = space if first else 0.0
        self.spaceAfter = space
        self._caption_height = 0.0

    def _caption(self, avail_width: float) -> float:
        return self.caption.wrap(avail_width, 1e9)[1] + self.caption.getSpaceAfter() if self.caption else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._caption_height = self._caption(avail_width)
        width, height = self.table.wrap(avail_width, avail_height - self._caption_height)
        self.width, self.height = width, height + self._caption_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        caption = self._caption(avail_width)
        parts = self.table.split(avail_width, avail_height - caption)
        if len(parts) < 2:
            return []  # not even the header and one row fit: the caption moves with them to the next page
        tables = cast("list[Table]", parts)  # a Table splits into Tables
        rest = [CaptionedTable(None, part, self.space, first=False) for part in tables[1:]]
        return [CaptionedTable(self.caption, tables[0], self.space), *rest]

    def draw(self) -> None:
        if self.caption is not None:
            self.caption.drawOn(self.canv, 0, self.height - self._caption_height + self.caption.getSpaceAfter())
        self.table.drawOn(self.canv, 0, 0)


def _cell_style(body: TextStyle, cell: PlanCell) -> TextStyle:
    return replace(
        body,
        space_before=0.0,
        space_after=0.0,
        keep_with_next=False,
        align=cell.align,
        bold=body.bold or cell.header,
        hang_room=PADDING,  # a space hanging further would be drawn in the neighbour's box
    )


def table_flowable(block: TableBlock, body: TextStyle, caption: TextStyle, fonts: FontSet, width: float) -> Flowable:
    """A table block as a reportlab table (with its caption, which moves with the first rows)."""
    grid: list[list[object]] = [["" for _ in range(block.columns)] for _ in block.rows]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.base_font(SANS)),  # else reportlab names unembedded Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING - 1),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if block.header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, block.header_rows - 1), HEADER_FILL))
        commands.append(("LINEBELOW", (0, block.header_rows - 1), (-1, block.header_rows - 1), 1.2, RULE))
    for row in block.rows:
        for cell in row:
            grid[cell.row][cell.column] = TextBlock.of(cell.runs, _cell_style(body, cell), fonts)
            if cell.rowspan > 1 or cell.colspan > 1:
                end = (cell.column + cell.colspan - 1, cell.row + cell.rowspan - 1)
                commands.append(("SPAN", (cell.column, cell.row), end))
    table = Table(
        grid,
        colWidths=[share * width for share in block.widths],
        repeatRows=block.header_rows,
        hAlign="LEFT",
        splitByRow=1,
        minRowHeights=[MIN_ROW] * len(block.rows),
    )
    table.setStyle(TableStyle(commands))
    heading = TextBlock.of(block.caption, replace(caption, keep_with_next=False), fonts) if block.caption else None
    return CaptionedTable(heading, table, body.space_after or 6.0)

"""Tables in the editor: a model Table ↔ a caption block followed by a QTextTable.

The caption block carries TABLE_CAPTION and the table's block id; the QTextTable carries the header row count
(QTextTableFormat.headerRowCount), relative column widths (percentage constraints), merged cells for spans and each
cell's alignment on its first block. A cell's blocks read back as one run list joined by line breaks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from releasedesk.gui.richtext import styles
from releasedesk.model.richtext import CellAlign, Run, Runs, Table, TableCell, normalize_runs

TABLE_CAPTION = QTextFormat.Property.UserProperty + 0x5442
"""Block property: this block is the caption of the table right after it."""
TABLE_WIDTHS = QTextFormat.Property.UserProperty + 0x5457
"""Table property: the model's whole-number column weights, kept while the column count stays the same."""

_ALIGN_TO_QT = {
    CellAlign.LEFT: Qt.AlignmentFlag.AlignLeft,
    CellAlign.CENTER: Qt.AlignmentFlag.AlignHCenter,
    CellAlign.RIGHT: Qt.AlignmentFlag.AlignRight,
}


def caption_format() -> QTextBlockFormat:
    """The block format of a table's caption."""
    fmt = styles.paragraph_format()
    fmt.setProperty(TABLE_CAPTION, True)
    fmt.setBottomMargin(2.0)
    return fmt


def is_caption(block: QTextBlock) -> bool:
    """The block is a table's caption."""
    return bool(block.blockFormat().boolProperty(TABLE_CAPTION))


def table_format(table: Table, columns: int) -> QTextTableFormat:
    """The table format of a model table with `columns` columns."""
    fmt = QTextTableFormat()
    fmt.setHeaderRowCount(table.header_rows)
    fmt.setCellPadding(3)
    fmt.setCellSpacing(0)
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderBrush(QColor("#888888"))
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    weights = table.widths if len(table.widths) == columns else (1,) * columns
    total = sum(weights)
    if table.widths:
        fmt.setProperty(TABLE_WIDTHS, ",".join(str(weight) for weight in table.widths))
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, 100 * weight / total) for weight in weights]
    )
    return fmt


InsertRuns = Callable[[QTextCursor, Runs, QTextCharFormat], None]


def write_table(cursor: QTextCursor, table: Table, columns: int, insert_runs: InsertRuns) -> QTextTable:
    """Insert `table` at the cursor (which sits in the caption block already written); returns the QTextTable."""
    from releasedesk.model.tables import table_grid

    grid = table_grid(table)
    qt_table = cursor.insertTable(grid.rows, grid.columns, table_format(table, grid.columns))
    for row in grid.cells:
        for placed in row:
            if placed.cell.rowspan > 1 or placed.cell.colspan > 1:
                qt_table.mergeCells(placed.row, placed.column, placed.cell.rowspan, placed.cell.colspan)
    for row in grid.cells:
        for placed in row:
            cell_cursor = qt_table.cellAt(placed.row, placed.column).firstCursorPosition()
            if placed.cell.align is not None:  # none set = the language's default
                block_fmt = cell_cursor.blockFormat()
                block_fmt.setAlignment(_ALIGN_TO_QT[placed.cell.align])
                cell_cursor.setBlockFormat(block_fmt)
            if placed.row < table.header_rows:  # shaded as in every export; not stored (header_rows is)
                cell = qt_table.cellAt(placed.row, placed.column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBackground(QColor("#eef1f5"))
                cell.setFormat(cell_format)
            insert_runs(cell_cursor, placed.cell.content, styles.block_char_look())
    return qt_table


def _cell_align(block: QTextBlock) -> CellAlign | None:
    fmt = block.blockFormat()
    if not fmt.hasProperty(QTextFormat.Property.BlockAlignment):
        return None
    align = fmt.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    if align & Qt.AlignmentFlag.AlignRight:
        return CellAlign.RIGHT
    if align & Qt.AlignmentFlag.AlignHCenter:
        return CellAlign.CENTER
    return CellAlign.LEFT


RunsOf = Callable[[QTextBlock], Runs]


def read_table(qt_table: QTextTable, caption: Runs, block_id: str, runs_of: RunsOf) -> Table:
    """The model table of a QTextTable: cells by their top-left slot, spans, header rows, widths, alignment."""
    fmt = qt_table.format()
    rows: list[tuple[TableCell, ...]] = []
    for r in range(qt_table.rows()):
        row: list[TableCell] = []
        for c in range(qt_table.columns()):
            cell = qt_table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                continue  # covered by a span
            first = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            runs: list[Run] = []
            block = first
            while block.isValid():
                if runs:
                    runs.append(Run("\n"))
                runs.extend(runs_of(block))
                if block == last:
                    break
                block = block.next()
            row.append(TableCell(normalize_runs(runs), cell.columnSpan(), cell.rowSpan(), _cell_align(first)))
        rows.append(tuple(row))
    header = max(0, min(fmt.headerRowCount(), len(rows)))
    widths: tuple[int, ...] = ()
    constraints = fmt.columnWidthConstraints()
    stored = fmt.property(TABLE_WIDTHS)
    weights = [int(v) for v in stored.split(",") if v.isdigit()] if isinstance(stored, str) else []
    if len(weights) == qt_table.columns():
        widths = tuple(weights)
    elif len(constraints) == qt_table.columns() and all(
        length.type() == QTextLength.Type.PercentageLength for length in constraints
    ):
        values = [max(1, round(length.rawValue())) for length in constraints]
        widths = () if len(set(values)) == 1 else tuple(values)
    table = Table(tuple(rows), header, widths, caption, block_id)
    return _repaired(table)


def _repaired(table: Table) -> Table:
    """A header span into the body (possible by merging in the editor) ends the header above it."""
    from releasedesk.model.tables import TableShapeError, table_grid

    while True:
        try:
            table_grid(table)
            return table
        except TableShapeError:
            if table.header_rows == 0:
                raise
            table = Table(table.rows, table.header_rows - 1, table.widths, table.caption, table.id)

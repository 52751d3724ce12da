"""Header rows of a pasted spreadsheet table: LibreOffice Calc and Excel copy a header row as bold cells, never as
`<th>` or `<thead>`, so a table that marks none takes its leading all-bold rows as its header rows."""

from __future__ import annotations

import dataclasses

from releasedesk.model.richtext import Mark, Table, TableCell
from releasedesk.model.tables import TableShapeError, table_grid


def _bold(cell: TableCell) -> bool:
    runs = [run for run in cell.content if run.text.strip()]
    return bool(runs) and all(Mark.BOLD in run.marks for run in runs)


def bold_header_rows(table: Table) -> Table:
    """`table` with header rows from its leading all-bold rows, when it has none and a row that is not bold follows
    (a table bold throughout has no header to tell apart); unchanged when the spans would cross into the body."""
    if table.header_rows:
        return table
    count = 0
    while count < len(table.rows) and table.rows[count] and all(_bold(cell) for cell in table.rows[count]):
        count += 1
    if count == 0 or count == len(table.rows):
        return table
    candidate = dataclasses.replace(table, header_rows=count)
    try:
        table_grid(candidate)
    except TableShapeError:
        return table
    return candidate

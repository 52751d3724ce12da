"""A table's grid: where each cell sits once spans are resolved, and why a shape is not a table.

Every writer and the file loader use the same resolution, so a shape one of them accepts, all of them draw alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.model.richtext import Table, TableCell


class TableShapeError(ValueError):
    """The rows do not form a rectangular grid; `row`/`cell` (0-based, None = the whole table) say where."""

    def __init__(self, row: int | None, cell: int | None, problem: str) -> None:
        self.row = row
        self.cell = cell
        self.problem = problem
        place = "" if row is None else f"row {row + 1}" + ("" if cell is None else f", cell {cell + 1}")
        super().__init__(f"{place}: {problem}" if place else problem)


@dataclass(frozen=True)
class PlacedCell:
    """A cell with its place in the grid: top-left `row`, `column`, and the model cell's index in its row."""

    row: int
    column: int
    index: int
    cell: TableCell

    @property
    def last_row(self) -> int:
        return self.row + self.cell.rowspan - 1

    @property
    def last_column(self) -> int:
        return self.column + self.cell.colspan - 1


@dataclass(frozen=True)
class Grid:
    """A table's cells placed on a grid of rows and columns, spans resolved."""

    columns: int
    cells: tuple[tuple[PlacedCell, ...], ...]
    """Per row, the cells that start in it, left to right."""

    @property
    def rows(self) -> int:
        return len(self.cells)


def table_grid(table: Table) -> Grid:
    """Place every cell left to right, skipping slots taken by row spans from above; refuse any ragged shape."""
    if not table.rows:
        raise TableShapeError(None, None, "a table needs at least one row")
    taken: dict[tuple[int, int], tuple[int, int]] = {}
    placed: list[tuple[PlacedCell, ...]] = []
    columns: int | None = None
    for row_index, row in enumerate(table.rows):
        column = 0
        here: list[PlacedCell] = []
        for cell_index, cell in enumerate(row):
            if cell.colspan < 1 or cell.rowspan < 1:
                raise TableShapeError(row_index, cell_index, "spans must be 1 or more")
            while (row_index, column) in taken:
                column += 1
            if row_index + cell.rowspan > len(table.rows):
                raise TableShapeError(row_index, cell_index, f"spans {cell.rowspan} rows, past the last row")
            if table.header_rows and row_index < table.header_rows <= row_index + cell.rowspan - 1:
                raise TableShapeError(row_index, cell_index, "spans from the header rows into the body")
            for r in range(row_index, row_index + cell.rowspan):
                for c in range(column, column + cell.colspan):
                    if (r, c) in taken:
                        other_row, other_cell = taken[(r, c)]
                        raise TableShapeError(
                            row_index, cell_index, f"overlaps row {other_row + 1}, cell {other_cell + 1}"
                        )
                    taken[(r, c)] = (row_index, cell_index)
            here.append(PlacedCell(row_index, column, cell_index, cell))
            column += cell.colspan
        width = max([c for (r, c) in taken if r == row_index], default=-1) + 1
        if columns is None:
            columns = width
        if width != columns or any((row_index, c) not in taken for c in range(width)):
            raise TableShapeError(row_index, None, f"covers {_covered(taken, row_index)} of {columns} columns")
        placed.append(tuple(here))
    assert columns is not None
    if columns == 0:
        raise TableShapeError(0, None, "a row needs at least one cell")
    if table.widths and len(table.widths) != columns:
        raise TableShapeError(None, None, f"{len(table.widths)} widths for {columns} columns")
    if any(width < 1 for width in table.widths):
        raise TableShapeError(None, None, "widths must be whole numbers of 1 or more")
    if not 0 <= table.header_rows <= len(table.rows):
        raise TableShapeError(None, None, f"{table.header_rows} header rows in a table of {len(table.rows)}")
    return Grid(columns, tuple(placed))


def _covered(taken: dict[tuple[int, int], tuple[int, int]], row: int) -> int:
    return sum(1 for (r, _c) in taken if r == row)


def column_fractions(table: Table, columns: int) -> tuple[float, ...]:
    """Each column's share of the table's width (the widths' weights, or equal shares)."""
    weights = table.widths if len(table.widths) == columns else (1,) * columns
    total = sum(weights)
    return tuple(weight / total for weight in weights)

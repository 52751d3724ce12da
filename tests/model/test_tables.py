"""The table grid: spans placed as in HTML, and every shape that is not a rectangle refused with its place."""

from __future__ import annotations

import pytest
from hypothesis import given

from releasedesk.model.richtext import Table, TableCell, block_runs, plain_text, text
from releasedesk.model.tables import TableShapeError, column_fractions, table_grid
from strategies import tables


def _cell(value: str = "", colspan: int = 1, rowspan: int = 1) -> TableCell:
    return TableCell((text(value),) if value else (), colspan, rowspan)


def test_row_spans_push_later_cells_right() -> None:
    table = Table(((_cell("a", rowspan=2), _cell("b"), _cell("c")), (_cell("d"), _cell("e"))), header_rows=0)
    grid = table_grid(table)
    assert grid.columns == 3
    assert grid.rows == 2
    assert [(p.row, p.column) for p in grid.cells[1]] == [(1, 1), (1, 2)]


@pytest.mark.parametrize(
    ("rows", "message", "row", "cell"),
    [
        (((_cell(), _cell()), (_cell(),)), "row 2: covers 1 of 2 columns", 1, None),
        (((_cell(),), (_cell(), _cell())), "row 2: covers 2 of 1 columns", 1, None),
        (((_cell(), _cell(rowspan=2)), (_cell(colspan=2),)), "row 2, cell 1: overlaps row 1, cell 2", 1, 0),
        (((_cell(rowspan=3),),), "row 1, cell 1: spans 3 rows, past the last row", 0, 0),
        (((_cell(colspan=0),),), "row 1, cell 1: spans must be 1 or more", 0, 0),
        ((), "a table needs at least one row", None, None),
        (((),), "row 1: ", 0, None),
    ],
)
def test_shapes_that_are_not_a_grid_name_the_place(rows, message, row, cell) -> None:
    with pytest.raises(TableShapeError) as caught:
        table_grid(Table(rows))
    assert str(caught.value).startswith(message)
    assert (caught.value.row, caught.value.cell) == (row, cell)


def test_a_header_span_into_the_body_and_wrong_widths_are_refused() -> None:
    with pytest.raises(TableShapeError, match="from the header rows into the body"):
        table_grid(Table(((_cell(rowspan=2), _cell()), (_cell(),)), header_rows=1))
    with pytest.raises(TableShapeError, match="1 widths for 2 columns"):
        table_grid(Table(((_cell(), _cell()),), widths=(1,)))
    with pytest.raises(TableShapeError, match="3 header rows in a table of 1"):
        table_grid(Table(((_cell(),),), header_rows=3))


def test_column_fractions_follow_the_weights() -> None:
    table = Table(((_cell(), _cell(), _cell()),), widths=(3, 1, 1))
    assert column_fractions(table, 3) == (0.6, 0.2, 0.2)
    assert column_fractions(Table(((_cell(), _cell()),)), 2) == (0.5, 0.5)


def test_block_runs_reads_caption_then_every_cell() -> None:
    table = Table(((_cell("縣市"), _cell("預算")), (_cell("臺北"), _cell("12.5"))), 1, caption=(text("表一"),))
    assert plain_text(block_runs(table)).split("\n") == ["表一", "縣市", "預算", "臺北", "12.5"]


@given(tables())
def test_generated_tables_are_grids(table: Table) -> None:
    grid = table_grid(table)
    covered = sum(p.cell.colspan * p.cell.rowspan for row in grid.cells for p in row)
    assert covered == grid.columns * grid.rows

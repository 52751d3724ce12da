"""A model table → a plan TableBlock: grid resolved, widths as fractions, every cell's text planned like a line."""

from __future__ import annotations

from collections.abc import Callable

from releasedesk.export.plan.values import Line, PlanCell, TableBlock
from releasedesk.model.richtext import Runs, Table
from releasedesk.model.tables import column_fractions, table_grid

PlanRuns = Callable[[Runs, str], Line]
"""The builder's run planning (clean text, filter links, split by script) with a place for dropped links."""


def plan_table(table: Table, plan_runs: PlanRuns) -> TableBlock:
    """A table in plan form: the grid resolved, each cell's runs planned."""
    grid = table_grid(table)  # the loader refused any other shape; a shape made in code fails loudly here
    rows = tuple(
        tuple(
            PlanCell(
                plan_runs(placed.cell.content, f"table row {placed.row + 1} cell {placed.index + 1}"),
                placed.row,
                placed.column,
                placed.cell.rowspan,
                placed.cell.colspan,
                "left" if placed.cell.align is None else placed.cell.align.value,
                placed.row < table.header_rows,
            )
            for placed in row
        )
        for row in grid.cells
    )
    return TableBlock(
        grid.columns,
        column_fractions(table, grid.columns),
        table.header_rows,
        rows,
        plan_runs(table.caption, "table caption"),
    )


def cell_lines(block: TableBlock) -> list[Line]:
    """Caption, then every cell in reading order: the text units a table contributes to every format."""
    lines = [block.caption] if block.caption else []
    lines.extend(cell.runs for row in block.rows for cell in row)
    return lines

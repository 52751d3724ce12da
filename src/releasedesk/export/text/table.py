"""A plan table as a plain-text grid, aligned by display width (a Chinese character takes two columns).

    +--------------------+-------------+------------------+
    | Region             | Villages                       |
    |                    +-------------+------------------+
    |                    | New in 2026 | Total since 2024 |
    +====================+=============+==================+
    | Mountain townships |         498 |              902 |
    +--------------------+-------------+------------------+

The rule under the header rows is `=`. Columns get their natural width while the table fits the line; otherwise
the widest give way first and long cells wrap with the same breaking rules as paragraphs. Lines carry no trailing
space, so no line reads as continued (format=flowed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.text.wrap import char_width, display_width, wrap

if TYPE_CHECKING:
    from releasedesk.export.plan.values import PlanCell, TableBlock

MIN_COLUMN = 4
"""Room for two Chinese characters: a cell narrower than that is unreadable."""


def _natural(block: TableBlock, text_of: dict[int, str]) -> list[int]:
    widths = [MIN_COLUMN] * block.columns
    for row in block.rows:
        for cell in row:
            if cell.colspan == 1:
                widest = max((display_width(piece) for piece in text_of[id(cell)].split("\n")), default=0)
                widths[cell.column] = max(widths[cell.column], widest)
    return widths


def _fit(natural: list[int], room: int) -> list[int]:
    """Natural widths if they fit; else narrow the widest columns first (water-filling) down to `room`."""
    if sum(natural) <= room:
        return natural
    widths = list(natural)
    while sum(widths) > room:
        widest = max(widths)
        if widest <= MIN_COLUMN:
            break
        index = widths.index(widest)
        widths[index] -= 1
    return widths


def _is_padding(char: str) -> bool:
    return char == " "


def _lines(text: str, width: int) -> list[str]:
    """A cell's lines, each within `width`: only an ASCII space may hang at a break, and it is dropped there (a
    cell's edge spaces cannot be told from its padding); any other space is text and stays inside the box."""
    out: list[str] = []
    for piece in text.split("\n"):
        out.extend(line.rstrip(" ") for line in (wrap(piece, width, hangs=_is_padding) if piece else [""]))
    return out or [""]


def _pad(line: str, width: int, align: str) -> str:
    gap = max(0, width - display_width(line))
    if align == "right":
        return " " * gap + line
    if align == "center":
        return " " * (gap // 2) + line + " " * (gap - gap // 2)
    return line + " " * gap


def table_lines(block: TableBlock, text_of_cell: dict[int, str], width: int) -> list[str]:
    """The grid as lines of at most `width` columns (wider only when even the narrowest columns do not fit)."""
    room = width - (3 * block.columns + 1)
    widths = _fit(_natural(block, text_of_cell), max(room, MIN_COLUMN * block.columns))
    edges = [0]
    for column_width in widths:
        edges.append(edges[-1] + column_width + 3)

    def inner(cell: PlanCell) -> int:
        return edges[cell.column + cell.colspan] - edges[cell.column] - 3

    cell_lines = {id(cell): _lines(text_of_cell[id(cell)], inner(cell)) for row in block.rows for cell in row}
    heights = [1] * len(block.rows)
    for row in block.rows:
        for cell in row:
            if cell.rowspan == 1:
                heights[cell.row] = max(heights[cell.row], len(cell_lines[id(cell)]))
    for row in block.rows:  # a row span's text must fit its rows plus the rules between them
        for cell in row:
            if cell.rowspan > 1:
                last = cell.row + cell.rowspan - 1
                have = sum(heights[cell.row : last + 1]) + cell.rowspan - 1
                heights[last] += max(0, len(cell_lines[id(cell)]) - have)
    tops = [0]
    for height in heights:
        tops.append(tops[-1] + height + 1)

    canvas = [[" "] * (edges[-1] + 1) for _ in range(tops[-1] + 1)]
    corners: list[tuple[int, int]] = []
    for row in block.rows:
        for cell in row:
            top, bottom = tops[cell.row], tops[cell.row + cell.rowspan]
            left, right = edges[cell.column], edges[cell.column + cell.colspan]
            for y, rule in ((top, cell.row), (bottom, cell.row + cell.rowspan)):
                char = "=" if block.header_rows and rule == block.header_rows else "-"
                for x in range(left + 1, right):
                    canvas[y][x] = char
            for y in range(top + 1, bottom):
                canvas[y][left] = canvas[y][right] = "|"
            corners += [(top, left), (top, right), (bottom, left), (bottom, right)]
            for offset, line in enumerate(cell_lines[id(cell)]):
                _put(canvas[top + 1 + offset], left + 2, _pad(line, inner(cell), cell.align))
    for y, x in corners:
        canvas[y][x] = "+"
    return ["".join(row).rstrip(" ") for row in canvas]  # only padding: a U+3000 is text


def _put(row: list[str], x: int, text: str) -> None:
    """Write `text` from column `x`; a wide character fills two slots (the second left empty when joined)."""
    for char in text:
        row[x] = char
        if char_width(char) == 2:
            row[x + 1] = ""
            x += 2
        else:
            x += 1

"""Reads a plain-text export back into text units, by the file's own grammar (see export/text/writer.py).

Blocks are separated by empty lines. A line ending in a space continues on the next (format=flowed, DelSp=yes):
that space and the line end are dropped. Any other line end ends a unit. A line with a tab is a meta row, two
units (the label's padding dropped). Written-out link targets (` <https://…>`) are taken off, and the state
banner and section rules skipped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.export.text.wrap import char_width

if TYPE_CHECKING:
    from collections.abc import Callable

_LINK_TARGET = re.compile(r" <(?:https?|mailto|tel):[^<>\s]*>")
_CELL_LINK_TARGET = re.compile(r" ?<(?:https?|mailto|tel):[^<>]*>")
"""In a cell the space before a target may be where the cell wrapped, and a long target wraps too."""
_BANNER = re.compile(r"\*\*\* .+ \*\*\*")
SECTION_RULE = "=" * 72

FORMAT = "txt"
SUFFIX = ".txt"
JOIN = " "
META_JOIN = None
"""A meta row `label<TAB>value` reads as two units."""
WRAPS = False


def _slots(line: str) -> list[str]:
    """A line as display columns: a wide character fills its column and leaves the next one empty."""
    out: list[str] = []
    for char in line:
        out.append(char)
        if char_width(char) == 2:
            out.append("")
    return out


def _joined(lines: list[str]) -> str:
    """A wrapped cell's lines as one text: a space came out at a break between two Latin words, nothing else."""
    text = ""
    for line in (line.strip(" ") for line in lines):
        if not line:
            continue
        if text and char_width(text[-1]) == 1 and char_width(line[0]) == 1 and not text.endswith(("/", "-")):
            text += " "
        text += line
    return text


def read_grid(lines: list[str]) -> list[str]:
    """A text table's cells in reading order (top to bottom, left to right), found by their box corners."""
    grid = [_slots(line) for line in lines]
    width = max(len(row) for row in grid)
    grid = [row + [" "] * (width - len(row)) for row in grid]
    cells: list[str] = []
    for y in range(len(grid) - 1):
        for x in range(width - 1):
            if grid[y][x] != "+" or grid[y + 1][x] != "|" or grid[y][x + 1] not in "-=":
                continue
            right = next(x2 for x2 in range(x + 1, width) if grid[y][x2] == "+" and grid[y + 1][x2] == "|")
            # the first corner down the left edge with a rule going right: a corner with none is where a cell on
            # the left ends against this one's side (a row span beside it)
            bottom = next(y2 for y2 in range(y + 1, len(grid)) if grid[y2][x] == "+" and grid[y2][x + 1] in "-=")
            cells.append(_joined(["".join(grid[y2][x + 1 : right]) for y2 in range(y + 1, bottom)]))
    return cells


def read_units_from_text(text: str, cell: Callable[[str], str] | None = None) -> list[str]:
    """`cell` maps each table cell read (the parity test passes `comparable_cell`)."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line == "":
            blocks.append([])
        else:
            blocks[-1].append(line)
    blocks = [block for block in blocks if block]
    if blocks and len(blocks[0]) == 1 and _BANNER.fullmatch(blocks[0][0]):
        blocks = blocks[1:]
    units: list[str] = []
    for block in blocks:
        if block == [SECTION_RULE]:
            continue
        grid_start = next((n for n, line in enumerate(block) if line.startswith("+-")), None)
        if grid_start is not None:  # a table: its caption, then its grid
            units += read_units_from_text("\n".join(block[:grid_start])) if grid_start else []
            cells = [_CELL_LINK_TARGET.sub("", value) for value in read_grid(block[grid_start:])]
            units += [cell(value) for value in cells] if cell else cells
            continue
        current = ""
        for number, line in enumerate(block):
            last = number == len(block) - 1
            if not last and line.endswith(" "):
                current += line[:-1]
                continue
            current += line
            if "\t" in current:  # a meta row: the label is padded with spaces to line the values up
                label, value = current.split("\t", 1)
                units += [label.rstrip(" "), value]
            else:
                units.append(current)
            current = ""
    return [_LINK_TARGET.sub("", unit) for unit in units if unit]


def read_units(path: Path | str) -> list[str]:
    """The text units of a .txt export, in reading order."""
    return read_units_from_text(Path(path).read_text(encoding="utf-8"))


def comparable(unit: str) -> str:
    """A plan unit as plain text can carry it: its own line breaks cannot be told from wraps, tabs are spaces."""
    return unit.replace("\n", "").replace("\t", " ")


def comparable_cell(unit: str) -> str:
    """A table cell as plain text can carry it, for comparison: without spaces. Spaces at a cell's edges cannot be
    told from its padding, and where a narrow cell wrapped a word longer than itself (a link target, a figure
    glued to one) the reader cannot tell that break from one at a space."""
    return unit.replace(" ", "")


def read_parity_units(path: Path | str) -> list[str]:
    """The units with each table cell as `comparable_cell` makes it."""
    return read_units_from_text(Path(path).read_text(encoding="utf-8"), comparable_cell)

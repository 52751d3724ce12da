"""Reads a plain-text export back into text units, by the file's own grammar (see export/text/writer.py).

Blocks are separated by empty lines. A line ending in a space continues on the next (format=flowed, DelSp=yes):
that space and the line end are dropped. Any other line end ends a unit. A line with a tab is a meta row, two
units (the label's padding dropped). Written-out link targets (` <https://…>`) are taken off, and the state
banner and section rules skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

_LINK_TARGET = re.compile(r" <(?:https?|mailto|tel):[^<>\s]*>")
_BANNER = re.compile(r"\*\*\* .+ \*\*\*")
SECTION_RULE = "=" * 72

FORMAT = "txt"
SUFFIX = ".txt"
JOIN = " "
META_JOIN = None
"""A meta row `label<TAB>value` reads as two units."""
WRAPS = False


def read_units_from_text(text: str) -> list[str]:
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

"""Wrapping by display width: East Asian wide and full-width characters take two columns, combining marks none.

Lines break where `plan.breaks` allows (kinsoku for Chinese, spaces for English), never inside a URL unless the URL
alone is wider than the line. Spaces at a break stay at the end of the line they follow, so joining the lines gives
the text back exactly; but a text file has no margin for them to hang in (the PDF's paragraphs have one: `hang_room`
in export/pdf/textflow.py), so they count like any character: a U+3000 that would end past the width moves on with
the word before it. Linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from releasedesk.export.plan.breaks import can_break, emergency_break

if TYPE_CHECKING:
    from collections.abc import Callable

_URL = re.compile(r"<(?:https?|mailto|tel):[^<>\s]*>|(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?'\")\]」』）。，、]")


def char_width(char: str) -> int:
    """Columns a terminal gives `char`: W/F count two, combining and format characters none."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced terminal (wide CJK characters count two)."""
    return sum(char_width(char) for char in text)


TAB_STOP = 8


def columns(line: str) -> int:
    """Columns a terminal needs for `line`: `display_width`, with a tab reaching the next stop (every 8 columns)."""
    used = 0
    for char in line:
        used += TAB_STOP - used % TAB_STOP if char == "\t" else char_width(char)
    return used


def _never(_char: str) -> bool:
    return False


def _url_inside(text: str) -> list[bool]:
    """For every position, whether a break before it would split a URL."""
    inside = [False] * (len(text) + 1)
    for match in _URL.finditer(text):
        for index in range(match.start() + 1, match.end()):
            inside[index] = True
    return inside


def wrap(text: str, width: int, *, hangs: Callable[[str], bool] = _never, mark: int = 0) -> list[str]:
    """`text` (no newlines) cut into lines of at most `width` columns; `"".join(lines) == text`.

    A line that continues on the next fits `width - mark`: the writer ends it with a `mark`-column continuation sign.
    Only the characters `hangs` accepts may run past the width at a line end: a table cell lets the ASCII space hang
    (it drops it as padding). A single character wider than the width still gets a line of its own.
    """
    chars = list(text)
    widths = [TAB_STOP if char == "\t" else char_width(char) for char in chars]  # a tab at its widest
    rest = [0] * (len(chars) + 1)  # rest[i]: columns from chars[i] to the end
    for index in range(len(chars) - 1, -1, -1):
        rest[index] = rest[index + 1] + widths[index]
    in_url = _url_inside(text)
    lines: list[str] = []
    start, count = 0, len(chars)
    while start < count:
        room = width if rest[start] <= width else width - mark  # the last line has no continuation sign
        used = 0
        last_break: int | None = None
        end = count
        for index in range(start, count):
            char = chars[index]
            if index > start and not in_url[index] and can_break(chars[index - 1], char):
                last_break = index
            used += TAB_STOP - used % TAB_STOP if char == "\t" else widths[index]
            if used > room and index > start and not hangs(char):
                end = last_break if last_break is not None else emergency_break(chars, start, index)
                break
        lines.append("".join(chars[start:end]))
        start = end
    return lines

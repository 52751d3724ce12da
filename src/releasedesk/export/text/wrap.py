"""Wrapping by display width: East Asian wide and full-width characters take two columns, combining marks none.

Lines break where `plan.breaks` allows (kinsoku for Chinese, spaces for English), never inside a URL unless the URL
alone is wider than the line. Spaces at a break stay at the end of the line they follow (they hang), so joining the
lines gives the text back exactly. Linear in the length of the text.
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


def _url_inside(text: str) -> list[bool]:
    """For every position, whether a break before it would split a URL."""
    inside = [False] * (len(text) + 1)
    for match in _URL.finditer(text):
        for index in range(match.start() + 1, match.end()):
            inside[index] = True
    return inside


def wrap(text: str, width: int, *, hangs: Callable[[str], bool] = str.isspace) -> list[str]:
    """`text` (no newlines) cut into lines of at most `width` columns; `"".join(lines) == text`.

    Only the characters `hangs` accepts may run past `width` at a line end. A table cell lets only the ASCII space
    hang (it drops it as padding): a U+3000 or a no-break space is text and must stay inside the cell's box.
    """
    chars = list(text)
    widths = [char_width(char) for char in chars]
    in_url = _url_inside(text)
    lines: list[str] = []
    start, count = 0, len(chars)
    while start < count:
        used = 0
        last_break: int | None = None
        end = count
        for index in range(start, count):
            char = chars[index]
            if index > start and not in_url[index] and can_break(chars[index - 1], char):
                last_break = index
            used += widths[index]
            if used > width and index > start and not hangs(char):
                end = last_break if last_break is not None else emergency_break(chars, start, index)
                break
        lines.append("".join(chars[start:end]))
        start = end
    return lines

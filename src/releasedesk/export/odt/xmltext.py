"""Text into ODF XML exactly: ODF collapses runs of U+0020 and drops tabs and newlines as plain characters, so every
space that a reader could lose becomes `<text:s/>`, a tab `<text:tab/>` and a line break `<text:line-break/>`."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

_PIECES = re.compile(r"( +|\t|\n)")


def attr(value: str) -> str:
    """An XML attribute value, quoted."""
    return quoteattr(value, {"\n": "&#10;", "\t": "&#9;", "\r": "&#13;"})


def odf_text(value: str) -> str:
    """`value` as ODF paragraph content: a single space between two other characters stays literal."""
    out: list[str] = []
    pieces = _PIECES.split(value)
    for index, piece in enumerate(pieces):
        if not piece:
            continue
        if piece == "\t":
            out.append("<text:tab/>")
        elif piece == "\n":
            out.append("<text:line-break/>")
        elif piece.startswith(" "):
            before = pieces[index - 1] if index else ""
            after = pieces[index + 1] if index + 1 < len(pieces) else ""
            if len(piece) == 1 and before and after:
                out.append(" ")
            else:
                out.append(f'<text:s text:c="{len(piece)}"/>' if len(piece) > 1 else "<text:s/>")
        else:
            out.append(escape(piece))
    return "".join(out)

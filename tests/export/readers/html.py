"""Reads an HTML export back into text units with the standard library's parser (independent of the writer).

A unit is the text of one text block — p, h1–h6, dt, dd, li, figcaption, a table's caption and cells — in document
order; a list item's own text ends where a nested list begins. `<br>` is a line break. Text in `head`,
`script`/`style`, and anything marked `aria-hidden="true"` (decoration such as a draft banner) is not content; an
element with `role="img"` (a missing image's placeholder) is one unit, its `aria-label`.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

UNIT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "li", "figcaption", "caption", "th", "td"})
VOID_TAGS = frozenset({"br", "img", "meta", "link", "hr", "input", "source", "wbr"})
_SKIP_TAGS = frozenset({"head", "script", "style", "title", "template"})

FORMAT = "html"
SUFFIX = ".html"
JOIN = " "
"""A list item reads as its label span, a space, its text."""
META_JOIN = None
"""dt and dd: two units."""
WRAPS = False


class _UnitParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.buffer: list[str] | None = None
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden)
        self.tags_seen: list[str] = []

    def _hidden(self) -> bool:
        return any(hidden for _tag, hidden in self.stack)

    def _flush(self) -> None:
        if self.buffer is not None:
            text = "".join(self.buffer)
            if text:
                self.units.append(text)
        self.buffer = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags_seen.append(tag)
        if tag == "br":
            if self.buffer is not None and not self._hidden():
                self.buffer.append("\n")
            return
        if tag in VOID_TAGS:
            return
        hidden = tag in _SKIP_TAGS or ("aria-hidden", "true") in attrs
        label = dict(attrs).get("aria-label")
        if ("role", "img") in attrs and label and not self._hidden():
            self._flush()
            self.units.append(label)
        if tag in UNIT_TAGS or tag in ("ul", "ol"):
            self._flush()
            if tag in UNIT_TAGS:
                self.buffer = []
        self.stack.append((tag, hidden))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        while self.stack:
            open_tag, _hidden = self.stack.pop()
            if open_tag == tag:
                break
        if tag in UNIT_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.buffer is not None and not self._hidden():
            self.buffer.append(data)


def parse_units(html: str) -> _UnitParser:
    parser = _UnitParser()
    parser.feed(html)
    parser.close()
    return parser


def read_units(path: Path | str) -> list[str]:
    """The text units of an HTML export (web or e-mail), in reading order."""
    return parse_units(Path(path).read_text(encoding="utf-8")).units

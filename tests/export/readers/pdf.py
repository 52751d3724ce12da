"""PDF → units with pdfminer.six: every glyph actually drawn, through the font's ToUnicode, in content order.

No spaces are inferred (pdftotext and pypdf insert and drop them by position, so a U+3000 or a double space cannot be
checked with them). A new line starts where the baseline changes. Page furniture is drawn in form XObjects (the
running head and the footer; pdfminer returns a form as a figure, whose glyphs are not the page's own) and is left out,
as the other readers leave headers and footers out; the watermark is paths, not text, so it cannot appear.

Tables are read per cell, not per baseline: a glyph inside a box closed by stroked rules on all four sides belongs to
that box (the cell rectangle the writer drew, found from the ruling alone); a table's cells are read top to bottom,
left to right by their boxes' top-left corners, each cell's glyphs in content order with a new line per baseline. A
table continued from the previous page repeats its header rows (shaded boxes): those repeats are not read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTCurve, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

if TYPE_CHECKING:
    from pathlib import Path

FORMAT = "pdf"
SUFFIX = ".pdf"
JOIN = ""
"""A list label and a meta label sit on their text's baseline: read as one line, nothing between."""
META_JOIN = ""
WRAPS = True

_EPS = 0.6
"""Points of slack when matching a glyph's centre against a rule (rules are 0.5–1.2 pt wide)."""

COLUMN_GAP = 100.0
"""Points between two glyphs on one baseline that make them two columns (a meta row's label and value sit closer)."""

Box = tuple[float, float, float, float]
"""A cell rectangle: left, bottom, right, top."""


@dataclass
class _Rules:
    """Stroked horizontal rules as (y, x0, x1) and vertical ones as (x, y0, y1); fills (shading) as boxes."""

    horizontal: list[tuple[float, float, float]] = field(default_factory=list)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)
    fills: list[Box] = field(default_factory=list)

    def add(self, item: LTCurve) -> None:
        if item.fill and not item.stroke:
            self.fills.append((item.x0, item.y0, item.x1, item.y1))
            return
        if not item.stroke:
            return
        points = item.pts
        for (ax, ay), (bx, by) in pairwise(points):
            if abs(ay - by) < _EPS:
                self.horizontal.append((ay, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) < _EPS:
                self.vertical.append((ax, min(ay, by), max(ay, by)))

    def ruling_only(self) -> None:
        """Keep the table's ruling: a horizontal rule that ends on vertical rules at both ends (an underline or a
        strike-through does not), then the vertical rules that end on those."""

        def on_vertical(x: float, y: float) -> bool:
            return any(abs(vx - x) < _EPS and y0 - _EPS <= y <= y1 + _EPS for vx, y0, y1 in self.vertical)

        def on_horizontal(x: float, y: float) -> bool:
            return any(abs(hy - y) < _EPS and x0 - _EPS <= x <= x1 + _EPS for hy, x0, x1 in self.horizontal)

        self.horizontal = [(y, x0, x1) for y, x0, x1 in self.horizontal if on_vertical(x0, y) and on_vertical(x1, y)]
        self.vertical = [(x, y0, y1) for x, y0, y1 in self.vertical if on_horizontal(x, y0) and on_horizontal(x, y1)]

    def box(self, x: float, y: float) -> Box | None:
        """The smallest ruled box around (x, y): the nearest rule on each side that passes the point."""
        left = max((vx for vx, y0, y1 in self.vertical if vx < x and y0 - _EPS <= y <= y1 + _EPS), default=None)
        right = min((vx for vx, y0, y1 in self.vertical if vx > x and y0 - _EPS <= y <= y1 + _EPS), default=None)
        below = max((hy for hy, x0, x1 in self.horizontal if hy < y and x0 - _EPS <= x <= x1 + _EPS), default=None)
        above = min((hy for hy, x0, x1 in self.horizontal if hy > y and x0 - _EPS <= x <= x1 + _EPS), default=None)
        if None in (left, right, below, above):
            return None
        return (left, below, right, above)  # type: ignore[return-value]

    def shaded(self, box: Box) -> bool:
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in self.fills)


@dataclass
class _Glyph:
    text: str
    baseline: float
    box: Box | None
    x0: float = 0.0
    x1: float = 0.0


def _page_glyphs(page: LTPage) -> tuple[list[_Glyph], _Rules]:
    rules = _Rules()
    for item in page:
        if isinstance(item, LTCurve):  # LTLine and LTRect are curves too
            rules.add(item)
    rules.ruling_only()
    glyphs = []
    for item in page:
        if isinstance(item, LTChar):
            centre = ((item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2)
            box = rules.box(*centre)
            glyphs.append(_Glyph(item.get_text(), round(item.matrix[5], 2), box, item.x0, item.x1))
    return glyphs, rules


def _lines(glyphs: list[_Glyph]) -> list[str]:
    """A new line where the baseline changes, or where a glyph sits a column away from the one before (two contacts
    side by side: the first one's last line and the second one's first can share a baseline)."""
    lines: list[str] = []
    last: float | None = None
    right = 0.0
    for glyph in glyphs:
        if glyph.baseline != last or glyph.x0 - right > COLUMN_GAP:
            lines.append("")
            last = glyph.baseline
        lines[-1] += glyph.text
        right = glyph.x1
    return lines


def _table_lines(run: list[_Glyph], rules: _Rules, *, skip_header: bool) -> list[str]:
    """One table's glyphs (contiguous in content order) as lines, cell by cell in reading order."""
    cells: dict[Box, list[_Glyph]] = {}
    for glyph in run:
        cells.setdefault(glyph.box, []).append(glyph)  # type: ignore[arg-type]
    order = sorted(cells, key=lambda box: (-round(box[3], 1), round(box[0], 1)))
    if skip_header:  # the header rows repeated on a continuation page: its leading shaded cells
        while order and rules.shaded(order[0]):
            order.pop(0)
    return [line for box in order for line in _lines(cells[box])]


def read_units(path: Path) -> list[str]:
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[str] = []
    ended_in_table = False
    with open(path, "rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            glyphs, rules = _page_glyphs(device.get_result())
            index = 0
            while index < len(glyphs):
                end = index
                in_table = glyphs[index].box is not None
                while end < len(glyphs) and (glyphs[end].box is not None) == in_table:
                    end += 1
                run = glyphs[index:end]
                if in_table:
                    lines += _table_lines(run, rules, skip_header=index == 0 and ended_in_table)
                else:
                    lines += _lines(run)
                index = end
            if glyphs:
                ended_in_table = glyphs[-1].box is not None
    return lines

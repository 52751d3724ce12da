"""PDF → units with pdfminer.six: every glyph actually drawn, through the font's ToUnicode, in content order.

No spaces are inferred (pdftotext and pypdf insert and drop them by position, so a U+3000 or a double space cannot be
checked with them). A new line starts where the baseline changes. Page furniture drawn in form XObjects (the footer)
is left out; the watermark is paths, not text, so it cannot appear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTPage
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


def _chars(page: LTPage) -> list[tuple[str, float]]:
    return [(item.get_text(), round(item.matrix[5], 2)) for item in page if isinstance(item, LTChar)]


def read_units(path: Path) -> list[str]:
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[str] = []
    with open(path, "rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            last: float | None = None
            for text, baseline in _chars(device.get_result()):
                if baseline != last:
                    lines.append("")
                    last = baseline
                lines[-1] += text
    return lines

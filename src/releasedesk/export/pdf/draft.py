"""Draft renders for the live preview: every page laid out, the text of only the pages in view drawn.

Drawing text is most of a render's time (each glyph run is encoded and positioned). The preview shows the page in
view first from a draft that paginates the whole release but sets text only on the pages asked for, then swaps in
the full render. A draft is never exported or printed: `render_plan` makes one only when `PdfOptions.draw_pages` is
set.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

TRIM_OUT_OF_VIEW = os.environ.get("RELEASEDESK_DRAFT_SKIP", "1") != "0"
"""A draft skips what cannot be seen on pages out of view: their watermark, running head and footer, and the layout
of sections of known page count (pagecount.py). RELEASEDESK_DRAFT_SKIP=0 draws those and lays every page out, as
drafts did before: the comparison in benchmarks/gui.py, which starts a second preview worker with it."""

_local = threading.local()


def skips(page: int) -> bool:
    """True when the render on this thread is a draft that does not draw text on `page` (1-based)."""
    pages: frozenset[int] | None = getattr(_local, "pages", None)
    return pages is not None and page not in pages


def drawn_pages() -> frozenset[int] | None:
    """The pages (1-based) a draft on this thread draws; None for a full render."""
    pages: frozenset[int] | None = getattr(_local, "pages", None)
    return pages


def trims(page: int) -> bool:
    """True when a draft may leave `page`'s furniture (watermark, running head, footer) off: it is out of view."""
    return TRIM_OUT_OF_VIEW and skips(page)


@contextmanager
def drawing_only(pages: frozenset[int] | None) -> Iterator[None]:
    """Draw text only on `pages` (1-based) for the duration of the block; None draws every page."""
    previous = getattr(_local, "pages", None)
    _local.pages = pages
    try:
        yield
    finally:
        _local.pages = previous

"""Laid-out paragraphs kept between renders: the live preview re-renders the whole release after every edit.

An edit changes one paragraph, yet every render measured every character and broke every paragraph into lines
again. Plan blocks are frozen values, so (segments, style, font set) → measured glyphs and (…, column width) → line
breaks are pure functions of hashable keys: an unchanged paragraph costs two dictionary look-ups, a changed one is
simply a new key. Only reportlab's pagination and drawing run again. The output is byte-identical with the cache on
or off (tests/export/pdf/test_layoutcache.py), because the cached values are exactly what would be computed.

The cache is used only while `using(cache)` is active around a render (the PDF writer's render lock serialises
renders), so one switch turns it off: `using(None)`, or `cache.enabled = False`.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from releasedesk.export.pdf.streamcache import LRU

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterator

    from releasedesk.export.pdf.fontset import FontSet

V = TypeVar("V")
# textflow's measured glyphs (G) and laid-out lines (L): type variables, not imports, because textflow imports this
# module and the cache only keeps what `compute` returns (tests/test_import_graph.py forbids the circle).
G = TypeVar("G")
L = TypeVar("L")

ENTRIES = 2048
"""Paragraphs kept per table: a 21-page release has about 330 text blocks in both languages; each keeps ~50 bytes a
character, so the bound also bounds memory (tens of MiB at worst)."""

PAGE_COUNTS = 64
"""Section page counts kept (a few per language: the signatures of the last edits)."""


class LayoutCache:
    """Measured glyphs and line breaks of text blocks, keyed by their frozen inputs; counts hits for tests."""

    def __init__(self, size: int = ENTRIES) -> None:
        self.enabled = True
        self._glyphs: LRU[tuple[Any, ...], Any] = LRU(size)  # holds G and L of every caller: typed per call
        self._lines: LRU[tuple[Any, ...], Any] = LRU(size)
        self._pages: LRU[tuple[Any, ...], int] = LRU(PAGE_COUNTS)
        self.hits = 0
        self.misses = 0
        self.pages_skipped = 0
        """Pages drafts left blank because they were out of view in a section of known page count (for tests)."""

    def glyphs(self, segments: tuple[Hashable, ...], style: Hashable, fonts: FontSet, compute: Callable[[], G]) -> G:
        """The measured characters; the font set itself is in the key (its faces decide every width)."""
        glyphs: G = self._get(self._glyphs, (segments, style, fonts), compute)
        return glyphs

    def lines(
        self,
        segments: tuple[Hashable, ...],
        style: Hashable,
        fonts: FontSet,
        column: float,
        compute: Callable[[], list[L]],
    ) -> list[L]:
        """The line breaks of a paragraph set in `column` points (a fresh list: callers slice it)."""
        lines: tuple[L, ...] = self._get(self._lines, (segments, style, fonts, column), lambda: tuple(compute()))
        return list(lines)

    def page_count(self, key: tuple[Any, ...]) -> int | None:
        """A section's page count from an earlier render, by its layout signature (pagecount.py); None if unknown."""
        return self._pages.get(key)

    def note_page_count(self, key: tuple[Any, ...], pages: int) -> None:
        self._pages.put(key, pages)

    def _get(self, table: LRU[tuple[Any, ...], V], key: tuple[Any, ...], compute: Callable[[], V]) -> V:
        value = table.get(key)
        if value is None:
            self.misses += 1
            value = compute()
            table.put(key, value)
        else:
            self.hits += 1
        return value

    def reset_counts(self) -> None:
        self.hits = self.misses = self.pages_skipped = 0

    def clear(self) -> None:
        self._glyphs = LRU(self._glyphs.size)
        self._lines = LRU(self._lines.size)
        self._pages = LRU(self._pages.size)
        self.reset_counts()


SHARED = LayoutCache()
"""The process-wide cache the preview renders with."""

_local = threading.local()


def active() -> LayoutCache | None:
    """The cache of the render running on this thread, or None: compute everything."""
    cache: LayoutCache | None = getattr(_local, "cache", None)
    return cache if cache is not None and cache.enabled else None


@contextmanager
def using(cache: LayoutCache | None) -> Iterator[None]:
    """Render with `cache` (None: without one) on this thread for the duration of the block."""
    previous = getattr(_local, "cache", None)
    _local.cache = cache
    try:
        yield
    finally:
        _local.cache = previous

"""Reuse compressed font data between renders: the live preview re-renders after every keystroke.

An edit rarely changes which glyphs a font subset holds, yet reportlab rebuilds and re-deflates every subset on each
render (a third of the render time for a Chinese release). Subsets are cached per face by their character list,
and deflated streams by their exact bytes, so an unchanged subset costs a dictionary lookup.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from typing import Generic, TypeVar

from reportlab.pdfbase import pdfdoc

K = TypeVar("K")
V = TypeVar("V")

MIN_CACHED_BYTES = 16 * 1024
"""Page content changes on every edit and is cheap to deflate; only big streams (fonts) are worth keeping."""


class LRU(Generic[K, V]):
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class CachingFlate(pdfdoc.PDFStreamFilterZCompress):
    """reportlab's FlateDecode filter, remembering the output for large inputs."""

    def __init__(self, size: int = 48) -> None:
        self._cache: LRU[bytes, bytes] = LRU(size)

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        if len(data) < MIN_CACHED_BYTES:
            return zlib.compress(data)
        cached = self._cache.get(data)
        if cached is None:
            cached = zlib.compress(data)
            self._cache.put(data, cached)
        return cached


def install() -> None:
    """Make reportlab use the caching filter (idempotent; reportlab reads the module attribute on each use)."""
    if not isinstance(pdfdoc.PDFZCompress, CachingFlate):
        pdfdoc.PDFZCompress = CachingFlate()

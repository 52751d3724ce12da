"""Reuse compressed font data between renders: the live preview re-renders after every keystroke.

An edit rarely changes which glyphs a font subset holds, yet reportlab rebuilds and re-deflates every subset on each
render (a third of the render time for a Chinese release). Subsets are cached per face by their character list
(rlfence.FastFace), and deflated streams by their exact bytes (rlfence.CachingFlate), so an unchanged subset costs a
dictionary lookup. This module holds the cache itself and imports no reportlab.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

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

"""Working around a reference-count bug of PySide6 6.12 on Python 3.11.

Measured here (6.12.0): every `SignalInstance.emit()` called from Python returns True without taking a reference to
it, and every wrapped call that returns nothing (`QTextCharFormat.setFontWeight`, a missing `property()`) does the
same to None; after a few hundred emits or a few thousand calls Python aborts in `bool_dealloc`/`none_dealloc`.
6.11.3 has no emit bug, but QtPdf only ships as `PySide6-Pdf` from 6.12 on (before that: the 150 MB Addons wheel).
Python 3.12+ makes True/False/None immortal (PEP 683); on 3.11 `keep_constants_alive()` gives them the same
headroom; `releasedesk.gui` calls it on import, before any other Qt call. `command()` keeps menu commands (which
return results to tests) from handing values back to Qt.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import Any

_HEADROOM = 1 << 48


def command(func: Callable[..., Any]) -> Callable[..., None]:
    """`func` as a slot that returns nothing (signal arguments are dropped: commands take none)."""

    @functools.wraps(func)
    def slot(*_args: object) -> None:
        func()

    return slot


def keep_constants_alive() -> None:
    """Python 3.12+ makes these immortal (PEP 683); on 3.11 give them enough references never to reach zero."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for constant in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(constant))
        if refcount.value < _HEADROOM // 2:
            refcount.value += _HEADROOM

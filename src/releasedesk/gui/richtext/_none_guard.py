"""Work around PySide6 6.12 on Python 3.11 dropping a reference to None on every call that returns nothing.

Measured here: `QTextCharFormat().setFontWeight(700)` lowers `sys.getrefcount(None)` by one; None starts near 3,000
references, so any Qt program aborts with "none_dealloc" after a few thousand calls. Python 3.12+ makes None
immortal (PEP 683) and is unaffected; on 3.11 we give None enough references never to reach zero.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM // 2:
        refcount.value += _HEADROOM

"""Connecting Python callables to Qt signals safely under PySide6 6.12 on Python 3.11.

Measured here: a slot that returns a value (True, False, an int) loses one reference to that object each time a
signal calls it; after a thousand or so calls (the autosave timer, Save, Find Next) Python aborts with
"bool_dealloc". Commands that return a result for tests are therefore connected through `command()`, which
returns None, and `keep_constants_alive()` gives True/False/None headroom in case a library slot does the same.
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

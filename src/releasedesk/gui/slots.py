"""Working around a reference-count bug of PySide6 6.12 on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7, release build): every `SignalInstance.emit()` called from Python
returns True without taking a reference to it, and every wrapped call that returns nothing
(`QTextCharFormat.setFontWeight`, a missing `property()`) does the same to None; after a few hundred emits or a few
thousand calls Python aborts in `bool_dealloc`/`none_dealloc`. 6.11.3 has no emit bug, but QtPdf only ships as
`PySide6-Pdf` from 6.12 on (before that: the 150 MB Addons wheel). Python 3.12+ makes True/False/None immortal
(PEP 683), so the bug cannot bite there.

`apply_refcount_guard()` is called once by application start-up (`gui.app.create_application`, and the GUI tests'
conftest) before any other Qt call; importing `releasedesk.gui` does nothing. `command()` keeps menu commands (which
return results to tests) from handing values back to Qt.

Does a newer PySide6 still need the guard? `needs_refcount_guard()` says no for any version but 6.12.x, so on an
upgrade the guard switches itself off and tests/gui/test_pyside_guard.py runs 20,000 emits and void calls with what
start-up applies: if that test aborts, the new version still has the bug (widen `AFFECTED_PYSIDE`). To measure a
version directly, run the test's PROGRAM without the `apply_refcount_guard()` line under that PySide6 and Python 3.11:
"survived" means the bug is gone.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import TYPE_CHECKING, Any

import PySide6

if TYPE_CHECKING:
    from collections.abc import Callable

_HEADROOM = 1 << 48
AFFECTED_PYSIDE = ((6, 12),)
"""(major, minor) series with the measured bug: 6.12.0 aborts here; 6.11.3 does not."""


def command(func: Callable[..., Any]) -> Callable[..., None]:
    """`func` as a slot that returns nothing (signal arguments are dropped: commands take none).

    Only the name is copied: reading `__doc__` of a Qt method loads shiboken's signature machinery (about 90 ms of
    start-up for the window's first menu commands, measured with cProfile)."""

    @functools.wraps(func, assigned=("__module__", "__name__", "__qualname__"))
    def slot(*_args: object) -> None:
        func()

    return slot


def _series(version: str) -> tuple[int, int]:
    major, minor, *_ = (int(part) if part.isdigit() else -1 for part in [*version.split("."), "0", "0"])
    return major, minor


def needs_refcount_guard(
    pyside_version: str = PySide6.__version__,
    python: tuple[int, int] = (sys.version_info.major, sys.version_info.minor),
    implementation: str = sys.implementation.name,
    debug_build: bool = hasattr(sys, "gettotalrefcount"),
) -> bool:
    """Only where the bug was measured: PySide6 6.12.x on CPython 3.11, release builds.

    3.12+ has immortal constants (PEP 683); a debug build (`sys.gettotalrefcount` exists) checks reference totals
    and would report the headroom as a leak, and other interpreters have no `ob_refcnt` to write.
    """
    return (
        _series(pyside_version) in AFFECTED_PYSIDE
        and python < (3, 12)
        and implementation == "cpython"
        and not debug_build
    )


def apply_refcount_guard() -> bool:
    """Give True, False and None enough references never to reach zero, where `needs_refcount_guard()`; True if so.

    Idempotent: a second call finds the headroom already there.
    """
    if not needs_refcount_guard():
        return False
    for constant in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(constant))
        if refcount.value < _HEADROOM // 2:
            refcount.value += _HEADROOM
    return True

"""Python's cyclic collector during the window's start-up: held until the first frame, then what start-up built frozen.

Until the first frame the window only builds things that live as long as it does (modules, classes, Qt wrappers, the
sample's blocks), and CPython's young collections walked them 104 times on the way (95 young, 9 middle; 17-19 ms of
the GUI thread's CPU in benchmarks/gui.py's launch child, measured with gc.callbacks on 2026-11-30). `hold()` stops
the collector for that stretch; `release()` moves everything alive into the permanent generation (`gc.freeze`, so no
later collection walks start-up's objects again, typing included) and turns the collector back on. The price: a
cycle among frozen objects that later becomes garbage (the sample release's blocks, once another file is opened) is
not collected; those are a few hundred KB at most, and reference counting still frees everything acyclic.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Stop the collector until `release()`; nothing happens when it is off already (someone else decided)."""
    global _held
    if gc.isenabled() and not _held:
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what is alive and turn the collector back on, once; only undoes what `hold()` did."""
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    gc.enable()


def held() -> bool:
    """Whether the collector is off because of `hold()` (for tests)."""
    return _held

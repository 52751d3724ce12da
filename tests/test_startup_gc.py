"""The collector held during the window's start-up: hold and release undo only their own change."""

from __future__ import annotations

import gc

from releasedesk import startup_gc


def test_hold_and_release_only_undo_their_own_change() -> None:
    assert gc.isenabled()
    gc.disable()  # someone else turned it off: hold must not take it over, release must not turn it on
    try:
        startup_gc.hold()
        assert not startup_gc.held()
        startup_gc.release()
        assert not gc.isenabled()
    finally:
        gc.enable()
    frozen = gc.get_freeze_count()
    startup_gc.hold()
    try:
        assert not gc.isenabled()
        assert startup_gc.held()
    finally:
        startup_gc.release()
    assert gc.isenabled()
    assert not startup_gc.held()
    assert gc.get_freeze_count() >= frozen
    gc.unfreeze()  # this test process keeps collecting what it froze here
    startup_gc.release()  # a second release changes nothing
    assert gc.isenabled()

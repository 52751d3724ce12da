"""The collector is held from create_application until the window's first frame, then start-up's objects are frozen."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from releasedesk.gui import startup_gc

if TYPE_CHECKING:
    from pathlib import Path

CHILD = """
import gc, time
from releasedesk.gui import app as gui_app
application = gui_app.create_application(["releasedesk"])
print("AFTER_APP", gc.isenabled())
window = gui_app.open_window(None)
print("BUILT", gc.isenabled(), gc.get_freeze_count() == 0)
window.show()
deadline = time.monotonic() + 20
while not gc.isenabled() and time.monotonic() < deadline:
    application.processEvents()
print("PAINTED", gc.isenabled(), gc.get_freeze_count() > 10_000)
window.preview.shutdown()
window.setWindowModified(False)
window.close()
"""


def test_the_window_start_holds_the_collector_until_the_first_frame(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "AFTER_APP False" in out
    assert "BUILT False True" in out  # still held while the window is built, nothing frozen yet
    assert "PAINTED True True" in out  # on again after the first frame, with start-up's objects frozen


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

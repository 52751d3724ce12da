"""Start-up stays light: the library's database stack and the spelling dictionary are not loaded on the GUI thread,
what is used later loads on first use, and the collector is held until the first frame."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

CHILD = """
import sys, threading
heavy_on_main = set()
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ("sqlalchemy", "alembic") and threading.current_thread() is threading.main_thread():
            heavy_on_main.add(name)
        return None
sys.meta_path.insert(0, Watch())
from releasedesk.checks import spelling
built_on = []
original = spelling.Speller.__init__
def record(self, *args, **kwargs):
    built_on.append(threading.current_thread() is threading.main_thread())
    original(self, *args, **kwargs)
spelling.Speller.__init__ = record
from releasedesk.gui import app as gui_app
application = gui_app.create_application(["releasedesk"])
window = gui_app.open_window(None)
window.show()
application.processEvents()
window.checks.service.wait()  # the checks thread has read the glossary and built the speller by now
heavy = sorted(heavy_on_main)
print("HEAVY", ",".join(heavy) or "-")
print("SPELLER_ON_MAIN", built_on)
window.preview.shutdown()
window.setWindowModified(False)
window.close()
"""


def test_window_start_leaves_the_database_stack_and_the_speller_to_later(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "HEAVY -" in out  # the library (SQLAlchemy, Alembic) loads off the GUI thread or when first used
    assert "SPELLER_ON_MAIN [False]" in out  # built once, on the checks thread


LATER_CHILD = """
import sys
from releasedesk.gui import app as gui_app
application = gui_app.create_application(["releasedesk"])
window = gui_app.open_window(None)
checks = ("releasedesk.checks.zh_style", "releasedesk.checks.numerals", "concurrent.futures")  # after the frame
print("BUILT", ",".join(name for name in checks if name in sys.modules) or "-")
window.show()
application.processEvents()
later = ("PySide6.QtPrintSupport", "releasedesk.gui.printing", "releasedesk.gui.help")
print("LOADED", ",".join(name for name in later if name in sys.modules) or "-")
unused = ("socket", "uuid", "difflib", "tomllib", "html")  # nothing at start-up needs them (no office file here)
print("STDLIB", ",".join(name for name in unused if name in sys.modules) or "-")
window.printer._printer()
window.show_guide().close()
print("AFTER_USE", ",".join(name for name in later if name in sys.modules))
window.preview.shutdown()
window.setWindowModified(False)
window.close()
"""


def test_print_support_the_guide_and_unused_stdlib_modules_load_on_first_use(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    out = subprocess.run(
        [sys.executable, "-c", LATER_CHILD], env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "BUILT -" in out
    assert "LOADED -" in out  # not with the window's first frame
    assert "STDLIB -" in out
    assert "AFTER_USE PySide6.QtPrintSupport,releasedesk.gui.printing,releasedesk.gui.help" in out


GC_CHILD = """
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
        [sys.executable, "-c", GC_CHILD], env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "AFTER_APP False" in out
    assert "BUILT False True" in out  # still held while the window is built, nothing frozen yet
    assert "PAINTED True True" in out  # on again after the first frame, with start-up's objects frozen

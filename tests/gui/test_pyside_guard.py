"""PySide6 6.12 on Python 3.11 drops references to True/None on emit() and void calls: start-up's guard must hold,
it must be needed where it is applied, and importing the package must not apply it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from releasedesk.gui.slots import needs_refcount_guard

PROGRAM = """
{guard}
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCharFormat

class Emitter(QObject):
    fired = Signal()

emitter, char_format = Emitter(), QTextCharFormat()
for _ in range(20_000):
    emitter.fired.emit()
    char_format.setFontWeight(700)
print("survived")
"""
START_UP = "from releasedesk.gui.slots import apply_refcount_guard; apply_refcount_guard()"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_many_emits_and_void_calls_do_not_abort_python_after_start_up() -> None:
    result = _run(PROGRAM.format(guard=START_UP))
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


@pytest.mark.skipif(not needs_refcount_guard(), reason="the guard is off for this PySide6/Python: nothing to show")
def test_without_the_guard_this_pyside_still_aborts() -> None:
    """Where the guard is applied, the bug is real: the same program without it dies (SIGABRT in bool_dealloc)."""
    result = _run(PROGRAM.format(guard="import releasedesk.gui, releasedesk.gui.main_window"))
    assert result.returncode != 0, "PySide6 no longer drops the references: narrow AFFECTED_PYSIDE in gui/slots.py"
    assert "survived" not in result.stdout


def test_importing_the_gui_package_leaves_the_constants_alone() -> None:
    code = (
        "import sys; before = sys.getrefcount(True)\n"
        "import releasedesk.gui, releasedesk.gui.slots, releasedesk.gui.main_window\n"
        "print(sys.getrefcount(True) - before < 1 << 32)"
    )
    result = _run(code)
    assert result.stdout.strip() == "True", result.stderr[-500:]


def test_the_gate_is_exactly_the_measured_versions() -> None:
    assert needs_refcount_guard("6.12.0", (3, 11), "cpython", debug_build=False)
    assert needs_refcount_guard("6.12.1", (3, 11), "cpython", debug_build=False)
    assert not needs_refcount_guard("6.11.3", (3, 11), "cpython", debug_build=False)  # no emit bug measured
    assert not needs_refcount_guard("6.13.0", (3, 11), "cpython", debug_build=False)  # the test above will tell
    assert not needs_refcount_guard("6.12.0", (3, 12), "cpython", debug_build=False)  # immortal constants
    assert not needs_refcount_guard("6.12.0", (3, 11), "cpython", debug_build=True)
    assert not needs_refcount_guard("6.12.0", (3, 11), "pypy", debug_build=False)

"""PySide6 6.12 on Python 3.11 drops references to True/None on emit() and void calls: the guard must hold."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import releasedesk.gui
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


def test_many_emits_and_void_calls_do_not_abort_python() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"

"""Copy, then quit: the process ends cleanly and other programs can still paste (gui/richtext/clipboard.py).

Runs the real application in a child process (the crash came after Python had finished, so only the exit status of
a whole process shows it): before the fix it ended with SIGSEGV (exit status 139 here) under the offscreen platform.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_COPY_THEN_QUIT = """
from PySide6.QtCore import QTimer
from releasedesk.gui import app as gui_app

application = gui_app.create_application(["releasedesk"])
window = gui_app.open_window(None)
window.show()

def copy_and_close():
    body = window.panes["en"].body
    body.selectAll()
    body.copy()
    print("COPIED", repr(body.textCursor().selection().toPlainText()[:40]), flush=True)
    window.setWindowModified(False)
    window.close()

QTimer.singleShot(0, copy_and_close)
status = application.exec()
mime = application.clipboard().mimeData()
print("AFTER", status, mime.hasHtml(), repr(mime.text()[:40]), flush=True)
"""


@pytest.mark.slow
def test_copying_then_quitting_ends_cleanly_and_leaves_the_text_on_the_clipboard() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _COPY_THEN_QUIT], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    copied = next(line for line in result.stdout.splitlines() if line.startswith("COPIED "))
    after = next(line for line in result.stdout.splitlines() if line.startswith("AFTER "))
    assert after == f"AFTER 0 True {copied.removeprefix('COPIED ')}"

"""What the window-wide key handling costs per keystroke: typing into the English body with the shortcut filter
(gui/shortcuts.py) and the undo-key routing installed on it, against the same window with both removed.
`--app-wide` installs the shortcut filter on the application instead (the first design), for comparison.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_keys.py
Prints the median and p95 per key (the preview is stopped, so only key handling and the history are timed).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

KEYS = 400
ROUNDS = 4


def _type(window: object, count: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    body = window.panes["en"].body  # type: ignore[attr-defined]
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    times = []
    for index in range(count):
        char = "abcdefghij "[index % 11]
        start = time.perf_counter()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.main_window import MainWindow
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.slots import apply_refcount_guard
    from releasedesk.samples import load_sample
    from releasedesk.session.recovery import RecoveryStore

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication(sys.argv)
    app_wide = "--app-wide" in sys.argv
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, RecoveryStore(folder / "recovery"))
    window.show_release(load_sample(), None)
    window.show()
    window.preview.shutdown()  # time the keys, not the preview
    body = window.panes["en"].body
    if app_wide:
        body.removeEventFilter(window.window_keys)
    target = app if app_wide else body
    _type(window, 40)  # warm up
    results: dict[str, list[float]] = {"with filters": [], "without": []}
    for _round in range(ROUNDS):  # alternate, so a growing document or a busy machine hits both alike
        for label in results:
            if label == "without":
                target.removeEventFilter(window.window_keys)
                body.removeEventFilter(window.history)
            results[label] += _type(window, KEYS // ROUNDS)
            target.installEventFilter(window.window_keys)
            body.installEventFilter(window.history)
    for label, times in results.items():
        median, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
        print(f"{label:13} median {median:.3f} ms/key   p95 {p95:.3f} ms/key   ({len(times)} keys, sample release)")
    window.setWindowModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

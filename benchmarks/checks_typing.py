"""Typing latency with the writing checks on (issue 13: < 20 ms p95 per key on the long sample).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/checks_typing.py
Types into the middle of a long paragraph of the long sample, in the Chinese and the English body, ~40 keys/s, and
times each key until the event loop is idle (underlines, panel refreshes and worker results included). Compared in
the same run with all checks off, and with the checks run on the GUI thread (the design the worker replaces).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

KEYSTROKES = 120


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.checks.service import CheckService
    from releasedesk.gui.main_window import MainWindow
    from releasedesk.gui.recovery import RecoveryStore
    from releasedesk.gui.settings import Settings
    from releasedesk.samples import load_sample

    app = QApplication.instance() or QApplication(["bench"])
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, RecoveryStore(tmp / "r"))
    window.resize(1600, 1000)
    window.preview_dock.hide()  # the preview has its own benchmark (benchmarks/gui.py); here only the checks
    window.show()

    def run(label: str) -> None:
        window.show_release(load_sample("long-report"), None)
        window.checks.service.wait()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        for lang, key in (("zh-TW", "測"), ("en", "a")):
            editor = window.panes[lang].body
            block = max((editor.document().findBlockByNumber(n) for n in range(30)), key=lambda b: b.length())
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + block.length() // 2)
            editor.setTextCursor(cursor)
            editor.setFocus()
            times = []
            for number in range(KEYSTROKES):
                text = " " if lang == "en" and number % 6 == 5 else key
                start = time.perf_counter()
                for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                    QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
                time.sleep(0.025)
            print(
                f"  {label:28} {lang:5} block of {block.length()} chars: median {statistics.median(times):.1f} ms,"
                f" p95 {p95(times):.1f} ms, max {max(times):.1f} ms"
            )

    print(f"Typing latency per key, long sample, {KEYSTROKES} keys per body, ~40 keys/s:")
    run("all checks on (worker)")
    for action in window.checks.check_actions.values():
        action.setChecked(False)
    run("all checks off")
    for action in window.checks.check_actions.values():
        action.setChecked(True)

    worker_findings = CheckService.findings

    def on_gui_thread(self: CheckService, lang: str, text: str) -> list:
        cached = self._cache.get((lang, text))
        if cached is None:
            cached = self._cache[(lang, text)] = self.checker.check_text(text, lang)
        return cached

    CheckService.findings = on_gui_thread
    run("all checks on, GUI thread")
    CheckService.findings = worker_findings
    window.checks.service.shutdown()
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    main()

"""Typing latency with the writing checks on (issue 13: < 20 ms p95 per key on the long sample).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/checks_typing.py
Types into the middle of a long paragraph of the long sample, in the Chinese and the English body, ~40 keys/s (and
4 keys/s, so that every key is checked), and times each key until the event loop is idle (underlines, panel refreshes
and worker results included; events between keys are processed too). Compared in the same run with all checks off,
and with the checks run on the GUI thread (the design the worker replaces). Wall time depends on the machine's load
(printed); the GUI thread's CPU time per key much less so.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.checks.findings import Finding
    from releasedesk.model.release import Lang

KEYSTROKES = 120
TYPED: tuple[tuple[Lang, str], ...] = (("zh-TW", "測"), ("en", "a"))
"""Per body: the key typed into it (the English one also types a space every sixth key)."""


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.checks.service import CheckService
    from releasedesk.gui.main_window import MainWindow
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.slots import apply_refcount_guard
    from releasedesk.samples import load_sample
    from releasedesk.session.recovery import RecoveryStore

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication(["bench"])
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, RecoveryStore(tmp / "r"))
    window.resize(1600, 1000)
    window.preview_dock.hide()  # the preview has its own benchmark (benchmarks/gui.py); here only the checks
    window.show()

    def run(label: str, gap_s: float = 0.025, keys: int = KEYSTROKES) -> None:
        window.show_release(load_sample("long-report"), None)
        window.checks.service.wait()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        for lang, key in TYPED:
            editor = window.panes[lang].body
            block = max((editor.document().findBlockByNumber(n) for n in range(30)), key=lambda b: b.length())
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + block.length() // 2)
            editor.setTextCursor(cursor)
            editor.setFocus()
            times, cpu = [], []
            for number in range(keys):
                text = " " if lang == "en" and number % 6 == 5 else key
                start, start_cpu = time.perf_counter(), time.thread_time()
                for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                    QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.thread_time() - start_cpu) * 1000)
                deadline = time.perf_counter() + gap_s
                while time.perf_counter() < deadline:  # the worker's results arrive and are shown between keys
                    time.sleep(0.005)
                    app.processEvents()
            print(
                f"  {label:26} {lang:5} block of {block.length()} chars: median {statistics.median(times):.1f} ms,"
                f" p95 {p95(times):.1f} ms, max {max(times):.1f} ms;"
                f" GUI-thread CPU median {statistics.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms"
            )

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"Typing latency per key, long sample (fast: {KEYSTROKES} keys at ~40 keys/s; slow: 40 keys at 4 keys/s):")

    def both_paces(label: str) -> None:
        run(f"{label}, fast")
        run(f"{label}, slow", 0.25, 40)  # every key is checked: each pause is longer than PAUSE_MS

    both_paces("checks on (worker)")
    for action in window.checks.check_actions.values():
        action.setChecked(False)
    both_paces("checks off")
    for action in window.checks.check_actions.values():
        action.setChecked(True)

    worker_findings = CheckService.findings

    def on_gui_thread(self: CheckService, lang: str, text: str, *, submit: bool = True) -> list[Finding]:
        cached = self._cache.get((lang, text))
        if cached is None:
            cached = self._cache[(lang, text)] = self.checker.check_text(text, lang)
        return cached

    CheckService.findings = on_gui_thread  # type: ignore[method-assign]  # the alternative, patched in for a round
    both_paces("checks on GUI thread")
    CheckService.findings = worker_findings  # type: ignore[method-assign]  # and the real method put back
    window.checks.service.shutdown()
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    main()

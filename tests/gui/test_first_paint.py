"""Work held until the window's first frame: it starts after that paint, or after the fallback if never shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel

from releasedesk.gui.first_paint import after_first_paint
from releasedesk.gui.main_window import MainWindow
from releasedesk.samples import load_sample
from releasedesk.session.recovery import RecoveryStore

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.gui.settings import Settings


def test_runs_after_the_first_paint_once(qtbot: Any) -> None:
    label = QLabel("first frame")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == []  # not shown: nothing painted, the fallback is far off
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.update()
    qtbot.wait(50)
    assert calls == [True]  # later paints do not call it again


def test_a_widget_never_shown_runs_it_after_the_fallback(qtbot: Any) -> None:
    label = QLabel("never shown")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == [1])


def test_the_checks_and_the_preview_wait_for_the_window_to_paint(
    qtbot: Any, settings: Settings, tmp_path: Path
) -> None:
    """The checks thread's imports (SQLAlchemy for the glossary, Enchant) and the preview worker's start (reportlab,
    fonts) would compete with the first frame for the processor."""
    window = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.show_release(load_sample(), None)
    service = window.checks.service
    headline = window.panes["en"].headline.text()
    assert not service.started  # the underliners have asked for checks, and they are held
    assert service.findings("en", headline, submit=False) is None
    assert not window.preview.worker.running()
    assert window.preview.pdf_bytes == b""
    window.show()
    qtbot.waitUntil(lambda: service.started)
    qtbot.waitUntil(window.preview.worker.running)
    with qtbot.waitSignal(window.preview.refreshed, timeout=30_000):
        pass  # the release's first render, asked for after the first frame
    qtbot.waitUntil(lambda: service.findings("en", headline, submit=False) is not None)  # what was held ran
    window.setWindowModified(False)
    window.close()

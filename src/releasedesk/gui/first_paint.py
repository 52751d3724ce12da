"""Work that can wait until the window's first frame is on screen (benchmarks/gui.py measures start-up to it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500
"""A window that is never shown (a test, a script) starts the held work after this long anyway."""


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint and the rest of the frame
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object], fallback_ms: int = FALLBACK_MS) -> None:
    """Call `callback` once `widget` has painted its first frame (or after `fallback_ms` if it never does)."""
    _FirstPaint(widget, callback, fallback_ms)

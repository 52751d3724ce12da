"""Typing helpers for GUI tests: key events and input-method commits, in any script."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, one key event per character (any script; qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def commit_input_method(widget: QWidget, text: str) -> None:
    """What an input method (e.g. Zhuyin) does when the user picks a candidate: commit the composed string."""
    widget.setFocus()
    QApplication.sendEvent(widget, QInputMethodEvent("ㄓㄨㄥ", []))  # preedit first, as a real IME does
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

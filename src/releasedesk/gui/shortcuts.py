"""Window-wide shortcuts: Save, Export and Print work whichever field has focus.

On X11, Qt's line edits claim Ctrl+E (move to end of line) and Ctrl+K through their ShortcutOverride, so the
window's Ctrl+E export did nothing in every form field. This filter refuses those overrides for the window's own
command keys, so the action fires; everything else is left to the widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable


def key_of(event: QKeyEvent) -> QKeySequence:
    """The key sequence a key event makes."""
    return QKeySequence(event.keyCombination())


class WindowShortcuts(QObject):
    """Installed on the window's text fields; `owns(widget)` says which widgets belong to the window."""

    def __init__(self, actions: list[QAction], owns: Callable[[QWidget], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._owns = owns

    def keys(self) -> set[str]:
        return {shortcut.toString() for action in self._actions for shortcut in action.shortcuts()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or not self._owns(watched):
            return False
        if key_of(event).toString() in self.keys():
            event.ignore()
            return True  # the widget never sees the override: the window's action gets the key
        return False

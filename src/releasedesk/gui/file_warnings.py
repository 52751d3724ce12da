"""A persistent warning in the status bar (autosave failing, no lock file, no backup), shown until it is resolved.

A status-bar message disappears after seconds; these conditions last, so they stay visible until the cause is gone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FileWarnings(QLabel):
    """A line showing the warnings of the last save or load."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_warnings")
        self.setStyleSheet(
            "QLabel { background: #fff3cd; color: #7a4a00; border: 1px solid #e0b000; padding: 1px 6px; }"
        )
        self.setWordWrap(False)
        self._messages: dict[str, str] = {}
        self.hide()

    def set_warning(self, key: str, message: str | None) -> None:
        """Show (or with None, clear) the warning called `key`."""
        if message:
            self._messages[key] = message
        else:
            self._messages.pop(key, None)
        text = " · ".join(f"⚠ {text}" for text in self._messages.values())
        self.setText(text)
        self.setToolTip("\n".join(self._messages.values()))
        self.setVisible(bool(self._messages))

"""A QTextDocument that never fetches anything: no `file://` read, no network, only images we registered."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextDocument


class SafeDocument(QTextDocument):
    """QTextDocument.loadResource reads local files when nobody answers; this one answers "nothing" instead.

    Our images are added with addResource (looked up before loadResource), so every call that reaches here is
    for something we did not provide: it is recorded (tests assert on it) and refused.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requested: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.requested.append(QUrl(name).toString())
        return None

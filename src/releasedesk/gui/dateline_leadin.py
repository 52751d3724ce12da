"""The English dateline (`TAIPEI, Nov. 24 —`), shown where export puts it: leading the body's first paragraph.

Export adds the dateline itself; without seeing it, people typed it again ("TAIPEI, Jan. 5 — TAIPEI, Jan. 5 …").
The lead-in is not text in the document (so it can never be edited, saved or undone): it is a label in a strip
above the text, aligned with the first paragraph and in the body's own bold face.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QTextEdit

from releasedesk.model.dates import english_dateline

if TYPE_CHECKING:
    from datetime import datetime


def leadin_text(city: str, issued_at: datetime) -> str:
    """What export prints before the first English paragraph; "" when the release has no English dateline."""
    return english_dateline(city, issued_at.date()) if city.strip() else ""


class DatelineLeadIn(QObject):
    """Keeps a non-editable lead-in label above `editor`'s text; `set_text("")` hides it and gives the room back."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.label = QLabel(editor)
        self.label.setObjectName("dateline_leadin")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = editor.document().defaultFont()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setStyleSheet("QLabel { color: #555; }")
        self.label.setToolTip(
            self.tr("The dateline is added before the first paragraph on export; edit it in the form")
        )
        self.label.hide()
        editor.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        margins = self.editor.viewportMargins()
        top = self.label.sizeHint().height() + 2 if text else 0
        self.editor.setViewportMargins(margins.left(), top, margins.right(), margins.bottom())
        self.label.setVisible(bool(text))
        self._place()

    def _place(self) -> None:
        if not self.label.text():
            return
        frame = self.editor.frameWidth()
        margin = int(self.editor.document().documentMargin())
        left = frame + self.editor.viewportMargins().left() + margin
        hint = self.label.sizeHint()
        self.label.setGeometry(left, frame + 2, max(0, self.editor.width() - left - frame), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return super().eventFilter(watched, event)

"""The narrow status strip left of a body editor: one coloured mark per paragraph, a tooltip with its state.

It lives in the editor's left viewport margin (like a code editor's line numbers), so the editor itself needs no
change; it paints only the visible blocks, from the tracker's last states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QToolTip, QWidget

from releasedesk.gui.pairs.look import COLORS, SYMBOLS, PairLook
from releasedesk.gui.richtext import styles

if TYPE_CHECKING:
    from releasedesk.gui.pairs.tracker import PairTracker
    from releasedesk.gui.richtext.editor import RichTextEditor
    from releasedesk.model.release import Lang
    from releasedesk.pairs.states import PairStatus

GUTTER_WIDTH = 16


class PairGutter(QWidget):
    """The strip beside a body editor with each paragraph's pair state."""

    clicked = Signal(str, QPoint)
    """(language, global position) when a paragraph's mark is clicked; the block is then the current one."""

    def __init__(self, editor: RichTextEditor, lang: Lang, tracker: PairTracker, look: PairLook) -> None:
        super().__init__(editor)
        self.setObjectName(f"pair_gutter_{lang}")
        self.editor, self.lang, self.tracker, self.look = editor, lang, tracker, look
        self.setMouseTracking(True)
        editor.setViewportMargins(GUTTER_WIDTH, 0, 0, 0)
        editor.installEventFilter(self)
        editor.verticalScrollBar().valueChanged.connect(self.update)
        editor.document().documentLayout().documentSizeChanged.connect(self.update)
        tracker.changed.connect(self.update)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        rect = self.editor.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), GUTTER_WIDTH, rect.height()))

    def marks(self) -> list[tuple[QRect, QTextBlock, PairStatus]]:
        """The visible marks: where each is drawn (in this widget), its block and its pair's state."""
        if not self.tracker.bilingual:
            return []
        layout = self.editor.document().documentLayout()
        offset = self.editor.verticalScrollBar().value()
        out = []
        block = self.editor.cursorForPosition(QPoint(0, 0)).block()
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(0, -offset).toAlignedRect()
            if rect.top() > self.height():
                break
            status = self.tracker.state_of(self.lang, block)
            if status is not None and styles.figure_role(block.blockFormat()) != styles.FigureRole.CAPTION:
                bottom = rect.bottom()
                following = block.next()
                if following.isValid() and styles.figure_role(following.blockFormat()) == styles.FigureRole.CAPTION:
                    bottom = layout.blockBoundingRect(following).translated(0, -offset).toAlignedRect().bottom()
                out.append((QRect(3, rect.top() + 3, GUTTER_WIDTH - 6, max(8, bottom - rect.top() - 5)), block, status))
            block = block.next()
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(10)
        painter.setFont(font)
        for rect, _block, status in self.marks():
            color = COLORS[status.state]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 3, 3)
            if symbol := SYMBOLS[status.state]:
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(QRect(rect.left(), rect.top(), rect.width(), 14), Qt.AlignmentFlag.AlignCenter, symbol)
        painter.end()

    def _at(self, y: int) -> tuple[QTextBlock, PairStatus] | None:
        for rect, block, status in self.marks():
            if rect.top() - 3 <= y <= rect.bottom() + 3:
                return block, status
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._at(event.pos().y())
            if found is None:
                QToolTip.hideText()
            else:
                import html  # with the first tooltip, not with the window's start-up

                status = found[1]
                text = f"<b>{self.look.state_name(status.state)}</b> — {self.look.place(status)}<br>"
                text += self.look.explanation(status)
                for warning in self.tracker.figure_warnings(status):
                    text += f"<br><span style='color:#c01c28'>⚠ {html.escape(self.look.mismatch(warning))}</span>"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self._at(int(event.position().y()))
        if found is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(found[0].position())
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        self.clicked.emit(self.lang, event.globalPosition().toPoint())

"""A grey "Caption" hint painted in empty figure captions, so people see where a caption goes.

Painted over the viewport, never written into the document: the hint is not content and is never exported.
Its interface string keeps the "RichTextEditor" translation context, where it was translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from releasedesk.gui.richtext import styles

if TYPE_CHECKING:
    from releasedesk.gui.richtext.editor_protocol import EditorLike

HINT_COLOR = QColor("#9a9996")


def paint_caption_hints(editor: EditorLike, area: QRect) -> None:
    """Draw the hint in every empty caption block that meets `area` (viewport coordinates).

    Only the blocks from the top of `area` down to its bottom are looked at: every keystroke repaints, and walking
    the whole 21-page sample took 0.6 ms of the GUI thread each time (benchmarks/gui.py, cProfile). Blocks are in
    reading order, so the walk stops at the first one below `area` (table cells further right in the same row are
    never captions: cells hold runs only)."""
    painter: QPainter | None = None
    document = editor.document()
    layout = document.documentLayout()
    offset_x = -editor.horizontalScrollBar().value()
    offset_y = -editor.verticalScrollBar().value()
    start = layout.hitTest(QPointF(0, area.top() - offset_y), Qt.HitTestAccuracy.FuzzyHit)
    block = document.findBlock(start) if start >= 0 else document.begin()
    bottom = area.bottom() - offset_y
    while block.isValid():
        if layout.blockBoundingRect(block).top() > bottom:
            break
        if block.length() == 1 and styles.figure_role(block.blockFormat()) == styles.FigureRole.CAPTION:
            rect = layout.blockBoundingRect(block).translated(offset_x, offset_y)
            if rect.intersects(area.toRectF()):
                if painter is None:
                    painter = QPainter(editor.viewport())
                    painter.setPen(HINT_COLOR)
                    font = QFont(editor.font())
                    font.setItalic(True)
                    font.setPointSizeF(font.pointSizeF() * 0.9)
                    painter.setFont(font)
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    QCoreApplication.translate("RichTextEditor", "Caption"),
                )
        block = block.next()
    if painter is not None:
        painter.end()

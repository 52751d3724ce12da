"""Toolbar icons: the desktop theme's when it has them, otherwise small drawn ones (a bare system has none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collections.abc import Callable

SIZE = 64
"""Drawn at 64 px and scaled down by Qt, so lines stay crisp at any toolbar icon size."""


def _ink() -> QColor:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.WindowText)


def _lines(p: QPainter, left: float, rows: tuple[float, ...] = (14, 32, 50), right: float = 58) -> None:
    for y in rows:
        p.drawLine(QPointF(left, y), QPointF(right, y))


def _bullets(p: QPainter) -> None:
    _lines(p, 24)
    p.setBrush(p.pen().color())
    for y in (14, 32, 50):
        p.drawEllipse(QPointF(10, y), 4.5, 4.5)


def _numbers(p: QPainter) -> None:
    _lines(p, 26)
    font = QFont()
    font.setPixelSize(17)
    font.setBold(True)
    p.setFont(font)
    for index, y in enumerate((14, 32, 50), start=1):
        p.drawText(QRectF(0, y - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, str(index))


def _indent(p: QPainter, more: bool) -> None:
    _lines(p, 6, (8, 56))
    _lines(p, 30, (25, 39))
    path = QPainterPath()
    if more:
        path.moveTo(6, 20)
        path.lineTo(20, 32)
        path.lineTo(6, 44)
    else:
        path.moveTo(20, 20)
        path.lineTo(6, 32)
        path.lineTo(20, 44)
    path.closeSubpath()
    p.fillPath(path, p.pen().color())


def _quote(p: QPainter) -> None:
    p.setBrush(p.pen().color())
    for x in (14, 38):
        p.drawEllipse(QPointF(x, 26), 9, 9)
        path = QPainterPath()
        path.moveTo(x - 9, 27)
        path.quadTo(x - 8, 46, x + 6, 52)
        path.lineTo(x + 4, 46)
        path.quadTo(x - 2, 40, x, 32)
        p.fillPath(path, p.pen().color())
    p.setBrush(Qt.BrushStyle.NoBrush)


def _arrow(p: QPainter, redo: bool) -> None:
    if redo:
        p.translate(SIZE, 0)
        p.scale(-1, 1)
    path = QPainterPath()
    path.moveTo(14, 24)
    path.cubicTo(30, 8, 58, 14, 56, 38)
    path.cubicTo(55, 50, 46, 54, 38, 54)
    p.drawPath(path)
    head = QPainterPath()
    head.moveTo(6, 10)
    head.lineTo(24, 34)
    head.lineTo(4, 32)
    head.closeSubpath()
    p.fillPath(head, p.pen().color())


def _link(p: QPainter) -> None:
    p.save()
    p.translate(32, 32)
    p.rotate(-45)
    p.drawRoundedRect(QRectF(-28, -9, 30, 18), 9, 9)
    p.drawRoundedRect(QRectF(-2, -9, 30, 18), 9, 9)
    p.restore()


def _image(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(6, 10, 52, 44), 5, 5)
    p.setBrush(p.pen().color())
    p.drawEllipse(QPointF(22, 24), 5, 5)
    path = QPainterPath()
    path.moveTo(8, 52)
    path.lineTo(26, 34)
    path.lineTo(36, 44)
    path.lineTo(44, 36)
    path.lineTo(56, 52)
    path.closeSubpath()
    p.fillPath(path, p.pen().color())


def _unlink(p: QPainter) -> None:
    _link(p)
    pen = QPen(p.pen())
    pen.setColor(QColor("#c01c28"))
    p.setPen(pen)
    p.drawLine(QPointF(10, 54), QPointF(54, 10))


_DRAWN: dict[str, Callable[[QPainter], None]] = {
    "format-list-unordered": _bullets,
    "format-list-ordered": _numbers,
    "format-indent-more": lambda p: _indent(p, True),
    "format-indent-less": lambda p: _indent(p, False),
    "format-quote": _quote,
    "edit-undo": lambda p: _arrow(p, False),
    "edit-redo": lambda p: _arrow(p, True),
    "insert-link": _link,
    "remove-link": _unlink,
    "insert-image": _image,
}


def icon(name: str) -> QIcon:
    """The theme's icon `name`, else our drawing of it, else a null icon (the action then shows its text)."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    draw = _DRAWN.get(name)
    if draw is None:
        return QIcon()
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(_ink(), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    draw(painter)
    painter.end()
    return QIcon(pixmap)

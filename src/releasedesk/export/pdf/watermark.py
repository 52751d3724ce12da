"""The DRAFT / IN REVIEW watermark as filled glyph outlines: seen on paper, absent from the text layer.

Drawn as text it would be copied, searched and read aloud ("DR AF T"); as vector paths it is only a picture.
Outlines come from the TrueType file through fontTools, once per text and family per process.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from releasedesk.errors import ExportError
from releasedesk.export.pdf.fonts import find_font

Op = tuple[str, tuple[float, ...]]


@lru_cache(maxsize=8)
def outlines(text: str, family: str, variant: str) -> tuple[tuple[Op, ...], float, float]:
    """(path operations in font units, total advance, units per em) for `text` set in one line."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    file = find_font(family, variant)
    if file is None:
        raise ExportError(f"watermark font {family!r} is not installed")
    font = TTFont(file.path, fontNumber=file.index, lazy=True)
    glyphs, cmap, metrics = font.getGlyphSet(), font.getBestCmap(), font["hmtx"]
    ops: list[Op] = []

    class Recorder(BasePen):
        offset = 0.0

        def _moveTo(self, pt: tuple[float, float]) -> None:
            ops.append(("m", (pt[0] + self.offset, pt[1])))

        def _lineTo(self, pt: tuple[float, float]) -> None:
            ops.append(("l", (pt[0] + self.offset, pt[1])))

        def _curveToOne(self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> None:
            o = self.offset
            ops.append(("c", (a[0] + o, a[1], b[0] + o, b[1], c[0] + o, c[1])))

        def _closePath(self) -> None:
            ops.append(("h", ()))

    pen = Recorder(glyphs)
    for char in text:
        name = cmap.get(ord(char))
        if name is None:
            continue
        glyphs[name].draw(pen)
        pen.offset += metrics[name][0]
    return tuple(ops), pen.offset, float(font["head"].unitsPerEm)


def draw_outlined(canvas: Canvas, text: str, family: str, variant: str, size: float) -> None:
    """Fill `text` as paths centred on the origin (baseline a third of the size below it)."""
    ops, advance, units = outlines(text, family, variant)
    scale = size / units
    dx, dy = -advance * scale / 2, -size * 0.35
    path = canvas.beginPath()
    for op, args in ops:
        points = [value * scale + (dx if index % 2 == 0 else dy) for index, value in enumerate(args)]
        if op == "m":
            path.moveTo(*points)
        elif op == "l":
            path.lineTo(*points)
        elif op == "c":
            path.curveTo(*points)
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def text_advance(text: str, family: str, variant: str, size: float) -> float:
    _ops, advance, units = outlines(text, family, variant)
    return advance * size / units

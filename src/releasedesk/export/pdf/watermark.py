"""The DRAFT / IN REVIEW watermark as filled glyph outlines: seen on paper, absent from the text layer.

Drawn as text it would be copied, searched and read aloud ("DR AF T"); as vector paths it is only a picture.
Outlines come from the TrueType file through fontTools, once per text and font file: they are kept in the font cache
folder, so a later `releasedesk export` does not even import fontTools.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

from releasedesk import usercache
from releasedesk.errors import ExportError
from releasedesk.export.pdf.discovery import FONT_CACHE
from releasedesk.export.pdf.fonts import find_font

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Op = tuple[str, tuple[float, ...]]


Outlines: TypeAlias = tuple[tuple[Op, ...], float, float]


@lru_cache(maxsize=8)
def outlines(text: str, family: str, variant: str) -> Outlines:
    """(path operations in font units, total advance, units per em) for `text` set in one line."""
    file = find_font(family, variant)
    if file is None:
        raise ExportError(f"watermark font {family!r} is not installed")
    name = None
    try:
        status = os.stat(file.path)
        key = f"{text}\0{file.path}\0{file.index}\0{status.st_mtime_ns}\0{status.st_size}".encode()
        name = f"outline-{hashlib.sha1(key, usedforsecurity=False).hexdigest()}.json"
        cached = usercache.read(FONT_CACHE, name)
        if cached is not None:
            ops, advance, units = json.loads(cached)
            return tuple((op, tuple(args)) for op, args in ops), advance, units
    except (OSError, ValueError, TypeError):
        pass  # a truncated or foreign entry (json.loads: ValueError): read the outlines and write it again
    found = _read_outlines(text, file.path, file.index)
    if name is not None:
        usercache.write(FONT_CACHE, name, json.dumps(found).encode())  # unwritable: fontTools reads them next time
    return found


def _read_outlines(text: str, path: str | os.PathLike[str], index: int) -> Outlines:
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=index, lazy=True)
    glyphs, cmap, metrics = font.getGlyphSet(), font.getBestCmap(), font["hmtx"]
    ops: list[Op] = []

    class Recorder(BasePen):  # type: ignore[misc]  # fontTools is untyped: BasePen is Any
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
    """The advance width of `text` in the family's outlines at `size` points."""
    _ops, advance, units = outlines(text, family, variant)
    return advance * size / units

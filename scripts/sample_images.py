"""Deterministic PNG images for the samples: a simple emblem and bar/line charts.

Text is drawn with Pillow's bundled font (never a system font), so the pixels do not depend on the machine.
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

INK = (33, 47, 61)
GRID = (214, 220, 226)
PALETTE = ((31, 119, 140), (236, 146, 52), (94, 160, 92))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def logo_png(size: int = 400) -> bytes:
    """A round emblem on a transparent background: ring, a hexagon of linked nodes and a centre dot."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    centre, outer = size / 2, size * 0.47
    draw.ellipse((centre - outer, centre - outer, centre + outer, centre + outer), fill=PALETTE[0])
    inner = outer * 0.86
    draw.ellipse((centre - inner, centre - inner, centre + inner, centre + inner), fill=(255, 255, 255, 255))
    radius = inner * 0.62
    nodes = [
        (centre + radius * math.cos(math.radians(90 + 60 * k)), centre - radius * math.sin(math.radians(90 + 60 * k)))
        for k in range(6)
    ]
    for k, (x, y) in enumerate(nodes):
        nx, ny = nodes[(k + 1) % 6]
        draw.line((x, y, nx, ny), fill=INK, width=max(2, size // 50))
        draw.line((x, y, centre, centre), fill=PALETTE[1], width=max(2, size // 80))
    dot = size * 0.035
    for x, y in nodes:
        draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=PALETTE[0])
    core = size * 0.08
    draw.ellipse((centre - core, centre - core, centre + core, centre + core), fill=PALETTE[1])
    return _png(image)


def _nice_step(top: float) -> float:
    """A round grid step giving four to eight grid lines up to `top`."""
    magnitude = 10 ** math.floor(math.log10(top))
    for factor in (1, 2, 2.5, 5, 10):
        if top / (factor * magnitude) <= 8:
            return factor * magnitude
    return 10 * magnitude


def chart_png(
    *,
    title: str,
    labels: tuple[str, ...],
    series: dict[str, tuple[float, ...]],
    unit: str,
    line: bool = False,
    size: tuple[int, int] = (1200, 600),
) -> bytes:
    """A labelled bar chart (grouped when several series) or a line chart, on white."""
    width, height = size
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    title_font, font, small = (ImageFont.load_default(size=s) for s in (30, 20, 17))
    draw.text((40, 22), title, font=title_font, fill=INK)

    left, right, top, bottom = 110, width - 40, 110, height - 70
    peak = max(max(values) for values in series.values())
    step = _nice_step(peak)
    ceiling = step * math.ceil(peak / step)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / ceiling

    tick = 0.0
    while tick <= ceiling + 1e-9:
        y = y_of(tick)
        draw.line((left, y, right, y), fill=GRID, width=1)
        draw.text((left - 12, y), f"{tick:,.0f}", font=small, fill=INK, anchor="rm")
        tick += step
    draw.text((left - 12, top - 30), unit, font=small, fill=INK, anchor="rm")
    draw.line((left, bottom, right, bottom), fill=INK, width=2)

    slot = (right - left) / len(labels)
    for index, text in enumerate(labels):
        draw.text((left + slot * (index + 0.5), bottom + 14), text, font=font, fill=INK, anchor="mt")

    names = list(series)
    for s, name in enumerate(names):
        colour = PALETTE[s % len(PALETTE)]
        values = series[name]
        if line:
            points = [(left + slot * (i + 0.5), y_of(v)) for i, v in enumerate(values)]
            draw.line(points, fill=colour, width=5, joint="curve")
            for (x, y), value in zip(points, values, strict=True):
                draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill=colour)
                draw.text((x, y - 16), f"{value:,.0f}", font=small, fill=INK, anchor="mb")
        else:
            bar = slot * 0.7 / len(names)
            for i, value in enumerate(values):
                x0 = left + slot * i + slot * 0.15 + bar * s
                draw.rectangle((x0, y_of(value), x0 + bar - 4, bottom - 1), fill=colour)
                draw.text((x0 + (bar - 4) / 2, y_of(value) - 6), f"{value:,.0f}", font=small, fill=INK, anchor="mb")
        # legend, top right, one entry per series
        lx = right - 230 * (len(names) - s)
        draw.rectangle((lx, 68, lx + 22, 90), fill=colour)
        draw.text((lx + 30, 79), name, font=font, fill=INK, anchor="lm")
    return _png(image)

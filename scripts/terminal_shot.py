"""Draw a UTF-8 text file as an 80-column terminal shows it (wide characters take two cells): docs screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from releasedesk.export.text.wrap import char_width

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CJK = "/usr/share/fonts/truetype/arphic/uming.ttc"


def main(source: str, target: str, lines: int = 40, columns: int = 80, size: int = 14) -> None:
    mono, wide = ImageFont.truetype(MONO, size), ImageFont.truetype(CJK, size)
    cell_w, cell_h = round(mono.getlength("M")), size + 5
    text = Path(source).read_text(encoding="utf-8").splitlines()[:lines]
    image = Image.new("RGB", (cell_w * columns + 16, cell_h * len(text) + 16), "#1e1e1e")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(text):
        column = 0
        for char in line:
            if char == "\t":
                column = (column // 8 + 1) * 8  # tab stops every 8 cells, counted in cells, not characters
                continue
            width = char_width(char)
            font = wide if width == 2 else mono
            draw.text((8 + column * cell_w, 8 + row * cell_h), char, font=font, fill="#d4d4d4")
            column += width
    image.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

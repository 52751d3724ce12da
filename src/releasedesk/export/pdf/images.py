"""Release images made ready for the page: decoded once, and not embedded at more resolution than print needs."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from releasedesk.export.imagecheck import check_image
from releasedesk.export.pdf import rlfence

if TYPE_CHECKING:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

MAX_DPI = 220
"""Pixels beyond this at the printed size only make the PDF bigger."""


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to embed: the bytes (scaled down when far too large) and its pixel size."""

    data: bytes
    """PNG or JPEG bytes to embed."""
    width_px: int
    height_px: int

    @property
    def aspect(self) -> float:
        return self.height_px / self.width_px

    @cached_property
    def reader(self) -> ImageReader:
        return ImageReader(io.BytesIO(self.data))

    @cached_property
    def xobjects(self) -> tuple[pdfdoc.PDFImageXObject, pdfdoc.PDFImageXObject | None]:
        """The image's PDF objects (and its alpha mask), decoded and deflated once for every later render."""
        name = "RDImage" + hashlib.sha1(self.data, usedforsecurity=False).hexdigest()
        return rlfence.image_xobjects(name, self.reader)


def draw_image(canvas: Canvas, image: PreparedImage, x: float, y: float, width: float, height: float) -> None:
    """canvas.drawImage, minus decoding and deflating the pixels again for every document.

    Registers the cached XObjects the way reportlab's drawImage does (see rlfence).
    """
    cached, cached_mask = image.xobjects
    rlfence.draw_cached_image(canvas, cached, cached_mask, x, y, width, height)


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels, or None when the data is not a whole image within the pixel limit."""
    check = check_image(data)
    return (check.width, check.height) if check.ok else None


@lru_cache(maxsize=32)
def prepare(data: bytes, printed_width_pt: float) -> PreparedImage | None:
    """The image to embed, scaled down when it is far larger than `printed_width_pt` needs; None if unusable."""
    if not check_image(data).ok:  # a decompression bomb or damaged pixels: preflight says which
        return None
    try:  # check_image decoded every pixel already: the header is enough to keep an image as given
        image: PILImage.Image = PILImage.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    width, height = image.size
    if width < 1 or height < 1:
        return None
    wanted = int(printed_width_pt / 72 * MAX_DPI)
    if width <= wanted * 1.25 and image.format in ("JPEG", "PNG"):
        return PreparedImage(data, width, height)  # as given: a chart stays a crisp PNG
    original_format = image.format
    if width > wanted * 1.25:
        image = image.resize((wanted, max(1, round(height * wanted / width))), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if _has_alpha(image) or original_format == "PNG":
        image.convert("RGBA" if _has_alpha(image) else "RGB").save(buffer, "PNG", optimize=True)
    else:
        # Photos stay JPEG: reportlab embeds JPEG as is, PNG it decodes and recompresses on every render.
        image.convert("L" if image.mode in ("1", "L", "I;16") else "RGB").save(buffer, "JPEG", quality=90)
    return PreparedImage(buffer.getvalue(), *image.size)


def _has_alpha(image: PILImage.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)

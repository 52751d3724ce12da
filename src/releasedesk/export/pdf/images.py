"""Release images made ready for the page: decoded once, and not embedded at more resolution than print needs."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cached_property, lru_cache

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.utils import ImageReader

MAX_DPI = 220
"""Pixels beyond this at the printed size only make the PDF bigger."""


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    """PNG or JPEG bytes to embed."""
    width_px: int
    height_px: int

    @cached_property
    def reader(self) -> ImageReader:
        """Kept with the image: reportlab caches the decoded pixels in it, so the next preview skips decoding."""
        return ImageReader(io.BytesIO(self.data))

    @property
    def aspect(self) -> float:
        return self.height_px / self.width_px


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels, or None when the data is not an image Pillow can read."""
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None


@lru_cache(maxsize=32)
def prepare(data: bytes, printed_width_pt: float) -> PreparedImage | None:
    """The image to embed, scaled down when it is far larger than `printed_width_pt` needs; None if unreadable."""
    try:
        image = PILImage.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    width, height = image.size
    if width < 1 or height < 1:
        return None
    wanted = int(printed_width_pt / 72 * MAX_DPI)
    if width > wanted * 1.25:
        image = image.resize((wanted, max(1, round(height * wanted / width))), PILImage.Resampling.LANCZOS)
    if _has_alpha(image):
        if image.format == "PNG" and image.size == (width, height):
            return PreparedImage(data, width, height)
        buffer = io.BytesIO()
        image.convert("RGBA").save(buffer, "PNG", optimize=True)
        return PreparedImage(buffer.getvalue(), *image.size)
    if image.format == "JPEG" and image.size == (width, height) and image.mode in ("RGB", "L", "CMYK"):
        return PreparedImage(data, width, height)
    # Opaque images go in as JPEG: reportlab embeds JPEG as is, while PNG is decoded and recompressed every render.
    buffer = io.BytesIO()
    image.convert("L" if image.mode in ("1", "L", "I;16") else "RGB").save(buffer, "JPEG", quality=92)
    return PreparedImage(buffer.getvalue(), *image.size)


def _has_alpha(image: PILImage.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)

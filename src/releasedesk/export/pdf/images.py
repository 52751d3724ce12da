"""Release images made ready for the page: decoded once, and not embedded at more resolution than print needs."""

from __future__ import annotations

import contextlib
import hashlib
import io
import marshal
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import reportlab
from reportlab.lib.utils import ImageReader

from releasedesk import usercache
from releasedesk.export.imagecheck import PILLOW_VERSION, check_image
from releasedesk.export.pdf import rlfence

if TYPE_CHECKING:
    from PIL import Image as PILImage
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

CACHE_VERSION = 1
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
        """The image's PDF objects (and its alpha mask), decoded and deflated once for every later render and kept
        in the per-user cache for later runs (a figure's decode and deflate cost 20 ms of each command)."""
        name = "RDImage" + hashlib.sha1(self.data, usedforsecurity=False).hexdigest()
        key = f"{name}|{CACHE_VERSION}|{reportlab.Version}|{PILLOW_VERSION}".encode()
        cache_name = f"xobject-{hashlib.sha256(key).hexdigest()[:40]}.marshal"
        cached = usercache.read("images", cache_name)
        if cached is not None:
            with contextlib.suppress(EOFError, ValueError, TypeError):
                return rlfence.xobjects_from_plain(marshal.loads(cached))
        made = rlfence.image_xobjects(name, self.reader)
        with contextlib.suppress(ValueError):  # not plain values after a reportlab upgrade: the D2 canary says so
            usercache.write("images", cache_name, marshal.dumps(rlfence.xobjects_to_plain(*made)))
        return made


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
    check = check_image(data)
    if not check.ok:  # a decompression bomb or damaged pixels: preflight says which
        return None
    width, height = check.width, check.height
    wanted = int(printed_width_pt / 72 * MAX_DPI)
    if width <= wanted * 1.25 and check.format in ("JPEG", "PNG"):
        return PreparedImage(data, width, height)  # as given: a chart stays a crisp PNG
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:  # check_image decoded every pixel already
        image: PILImage.Image = PILImage.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError):
        return None
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

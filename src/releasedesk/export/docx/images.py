"""Images at their natural size, shrunk to fit the text column (and a share of the page height)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from docx.image.image import Image as DocxImage
from docx.shared import Emu, Length

from releasedesk.export.docx import docxfence
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from docx.text.run import Run as DocxRun

    from releasedesk.export.plan import PlanImage as Image


def fitted_size(data: bytes, max_width: Length, max_height: Length) -> tuple[Emu, Emu] | None:
    """Width and height to place the image at, keeping its aspect ratio; None when the image is not usable."""
    try:
        info = DocxImage.from_blob(data)
    except Exception:  # python-docx's header parsers raise all sorts (struct.error, KeyError…) on corrupt data
        return None
    width, height = int(info.width), int(info.height)
    if width <= 0 or height <= 0:
        return None
    scale = min(1.0, max_width / width, max_height / height)
    return Emu(max(1, int(width * scale))), Emu(max(1, int(height * scale)))


def add_image(run: DocxRun, image: Image, alt: str, max_width: Length, max_height: Length) -> bool:
    """Place `image` in `run` with its alternative text; False when the image cannot be read (nothing added)."""
    size = fitted_size(image.data, max_width, max_height)
    if size is None:
        return False
    try:
        shape = run.add_picture(io.BytesIO(image.data), width=size[0], height=size[1])
    except Exception:  # same parsers as above; a picture we cannot place is left out, its caption stays
        return False
    for side in ("distT", "distB", "distL", "distR"):  # LibreOffice assumes 0.32 cm around an image without them
        docxfence.inline_of(shape).set(side, "0")
    description = clean_text(alt).strip()
    if description:
        docxfence.inline_of(shape).docPr.set("descr", description)
    return True

"""Is an embedded image safe and whole? A pixel limit against decompression bombs, and a full decode for damage.

Pillow reads only the header on open: a PNG with a valid header and damaged pixel data opens fine and fails only
when decoded, and a 20000×20000 image raises `DecompressionBombError` (not an OSError) wherever it is opened. Every
exporter and preflight asks here first, so neither escapes as a traceback.

Verdicts are kept per process and in the per-user cache (releasedesk.usercache), keyed by the image's SHA-256 and the
Pillow version: decoding a release's figures again on every export cost 15-30 ms of each command.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum

import PIL

from releasedesk import usercache

MAX_PIXELS = 2 * 89_478_485
"""Pillow's own hard limit, twice its default MAX_IMAGE_PIXELS (about 179 million pixels, e.g. 13,000 × 13,000):
far beyond any printed figure."""
CACHE_VERSION = 1
PILLOW_VERSION: str = PIL.__version__


class ImageState(Enum):
    """What `check_image` found out about an image's bytes."""

    OK = "ok"
    UNREADABLE = "unreadable"  # not an image format Pillow knows, or a broken header
    TOO_LARGE = "too-large"  # more pixels than MAX_PIXELS: refused before decoding
    DAMAGED = "damaged"  # the header is fine but the pixel data cannot be decoded


@dataclass(frozen=True)
class ImageCheck:
    """The verdict on one image: its state, its size when readable, and a detail for the message."""

    state: ImageState
    width: int = 0
    height: int = 0
    detail: str = ""
    format: str = ""
    """Pillow's name of the image format ("PNG", "JPEG", …) when readable."""

    @property
    def ok(self) -> bool:
        return self.state is ImageState.OK

    def problem(self) -> str:
        """One line for preflight and error messages."""
        if self.state is ImageState.TOO_LARGE:
            size = f"{self.width:,} × {self.height:,} pixels" if self.width else self.detail
            return f"is too large to use ({size}; the limit is {MAX_PIXELS:,} pixels)"
        if self.state is ImageState.DAMAGED:
            return f"has damaged pixel data and cannot be shown ({self.detail})"
        if self.state is ImageState.UNREADABLE:
            return "cannot be read as an image"
        return ""


_CACHE: OrderedDict[bytes, ImageCheck] = OrderedDict()
_CACHE_SIZE = 64


def check_image(data: bytes) -> ImageCheck:
    """Open and fully decode `data` (once per distinct content); never raises."""
    key = hashlib.sha256(data).digest()
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    name = f"{hashlib.sha256(key + _CACHE_KEY).hexdigest()[:40]}.marshal"
    result = _from_plain(usercache.read("images", name))
    if result is None:
        result = _check(data)
        usercache.write("images", name, marshal.dumps(_to_plain(result)))
    _CACHE[key] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


_CACHE_KEY = f"|{CACHE_VERSION}|{PILLOW_VERSION}|{MAX_PIXELS}".encode()


def _to_plain(check: ImageCheck) -> tuple[int, str, int, int, str, str]:
    return (CACHE_VERSION, check.state.value, check.width, check.height, check.detail, check.format)


def _from_plain(data: bytes | None) -> ImageCheck | None:
    """The verdict a cache file holds, or None for anything but one this version wrote."""
    if data is None:
        return None
    try:
        version, state, width, height, detail, fmt = marshal.loads(data)
        if version != CACHE_VERSION or not all(isinstance(v, int) for v in (width, height)):
            return None
        if not isinstance(detail, str) or not isinstance(fmt, str):
            return None
        return ImageCheck(ImageState(state), width, height, detail, fmt)
    except (EOFError, ValueError, TypeError):
        return None


def _check(data: bytes) -> ImageCheck:
    from PIL import Image as PILImage  # only when the verdict is not cached: opening loads Pillow's format plugins

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
        try:
            image = PILImage.open(io.BytesIO(data))
        except PILImage.DecompressionBombError as error:
            return ImageCheck(ImageState.TOO_LARGE, detail=_pixels_from(str(error)))
        except Exception:  # Pillow's format plugins raise many kinds (OSError, SyntaxError, struct.error…)
            return ImageCheck(ImageState.UNREADABLE)
        with image:
            width, height = image.size
            if width < 1 or height < 1:
                return ImageCheck(ImageState.UNREADABLE)
            if width * height > MAX_PIXELS:
                return ImageCheck(ImageState.TOO_LARGE, width, height)
            try:
                image.load()
            except PILImage.DecompressionBombError:
                return ImageCheck(ImageState.TOO_LARGE, width, height)
            except Exception as error:  # the decoders' errors: truncated data, bad zlib stream, broken JPEG…
                return ImageCheck(ImageState.DAMAGED, width, height, str(error) or type(error).__name__)
        fmt = image.format or ""
    return ImageCheck(ImageState.OK, width, height, format=fmt)


def _pixels_from(message: str) -> str:
    digits = "".join(char if char.isdigit() else " " for char in message).split()
    return f"{int(digits[0]):,} pixels" if digits else "too many pixels"

"""Parsed TrueType faces kept on disk: parsing TW-Sung's 39,000-glyph tables takes 0.1 s of every command's start.

The cache holds only plain values (marshal: no code is ever loaded from it), keyed by the font file's path, size and
modification time and by the Python and reportlab versions; anything unexpected means "parse the font again".
The font file itself is memory-mapped, so only the glyphs a document uses are read.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import mmap
import sys
from typing import TYPE_CHECKING, TypeVar

import reportlab
from reportlab.pdfbase.ttfonts import TTFontFace

from releasedesk import usercache
from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.discovery import FONT_CACHE

if TYPE_CHECKING:
    from pathlib import Path

CACHE_VERSION = 3
FaceT = TypeVar("FaceT", bound=TTFontFace)


def _cache_name(path: Path, index: int) -> str:
    status = path.stat()
    key = "|".join(
        map(
            str,
            (CACHE_VERSION, path.resolve(), index, status.st_size, status.st_mtime_ns, reportlab.Version, sys.version),
        )
    )
    return f"{hashlib.sha256(key.encode()).hexdigest()[:40]}.marshal"


def _map(path: Path) -> bytes | mmap.mmap:
    with open(path, "rb") as handle:
        try:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return handle.read()


def load(cls: type[FaceT], path: Path, index: int) -> FaceT:
    """A parsed face of `path` (collection member `index`), from the cache when it is there and current."""
    name = None
    try:
        name = _cache_name(path, index)
        cached = usercache.read(FONT_CACHE, name)
        if cached is not None:
            return rlfence.face_from_plain(cls, marshal.loads(cached), _map(path))
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError, IndexError):
        pass  # the font is gone (the parse below says so), or a truncated or foreign entry: parse and write it again
    face = cls(str(path), validate=0, subfontIndex=index)
    if name is not None:
        with contextlib.suppress(ValueError):  # not plain values: the rlfence canary says so
            usercache.write(FONT_CACHE, name, marshal.dumps(rlfence.face_to_plain(face)))  # unwritable: parse again
    return face

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

from releasedesk.atomicfile import write_atomic
from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.discovery import font_cache_dir

if TYPE_CHECKING:
    from pathlib import Path

CACHE_VERSION = 3
FaceT = TypeVar("FaceT", bound=TTFontFace)


cache_dir = font_cache_dir
"""`$XDG_CACHE_HOME/releasedesk/fonts`: where parsed faces and outlines are cached."""


def _cache_file(path: Path, index: int) -> Path:
    status = path.stat()
    key = "|".join(
        map(
            str,
            (CACHE_VERSION, path.resolve(), index, status.st_size, status.st_mtime_ns, reportlab.Version, sys.version),
        )
    )
    return cache_dir() / f"{hashlib.sha256(key.encode()).hexdigest()[:40]}.marshal"


def _map(path: Path) -> bytes | mmap.mmap:
    with open(path, "rb") as handle:
        try:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return handle.read()


def load(cls: type[FaceT], path: Path, index: int) -> FaceT:
    """A parsed face of `path` (collection member `index`), from the cache when it is there and current."""
    try:
        cached = _cache_file(path, index)
        payload = marshal.loads(cached.read_bytes())
        return rlfence.face_from_plain(cls, payload, _map(path))
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        pass
    face = cls(str(path), validate=0, subfontIndex=index)
    payload = rlfence.face_to_plain(face)
    with contextlib.suppress(OSError, ValueError):  # an unwritable cache only costs the next start its 0.1 s
        cached = _cache_file(path, index)
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cached, marshal.dumps(payload))
    return face

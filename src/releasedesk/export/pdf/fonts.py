"""Load fonts once per process for reportlab: regular, bold and italic faces, synthetic bold where none exists.

Parsed fonts are cached for the process: the live preview renders on every edit and must not reparse a 35 MB CJK
font each time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from releasedesk.export.pdf import facecache, rlfence
from releasedesk.export.pdf.discovery import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    VARIANTS,
    FontFile,
    FontNotFoundError,
    find_font,
    package_hint,
    require_font,
)
from releasedesk.export.pdf.ttfstrip import strip_hinting

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = [
    "BOLD",
    "BOLD_ITALIC",
    "ITALIC",
    "REGULAR",
    "VARIANTS",
    "Face",
    "FontFile",
    "FontNotFoundError",
    "check_installed",
    "find_font",
    "load_face",
    "require_font",
]

SYNTHETIC_BOLD_STROKE = 0.35
"""Outline width (pt) added around glyphs of a face that has no bold variant."""


class _StrippedFace(rlfence.FastFace):
    """Subsets carry no hinting (see ttfstrip)."""

    def finish_subset(self, font: bytes) -> bytes:
        return strip_hinting(font)


@dataclass(frozen=True)
class Face:
    """One registered reportlab font: its name, the characters it has, whether its bold is synthetic."""

    name: str
    family: str
    variant: str
    synthetic: bool
    charset: Collection[int] = field(repr=False, compare=False)
    """The code points the face maps to a glyph (its charToGlyph's keys: a 39,000-member set costs 7 ms to build)."""

    def has(self, char: str) -> bool:
        return ord(char) in self.charset


_LOCK = threading.RLock()
_FACES: dict[tuple[str, str], Face] = {}


def _reportlab_name(family: str, variant: str, synthetic: bool) -> str:
    base = "RD-" + "".join(ch for ch in family if ch.isalnum() or ch == "-")
    return f"{base}-{variant}" + ("-synthetic" if synthetic else "")


def _load(file: FontFile, name: str, family: str) -> rlfence.DrawingTTFont:
    try:
        face = facecache.load(_StrippedFace, file.path, file.index)
    except (TTFError, OSError) as error:
        raise FontNotFoundError(f"PDF font {family!r} ({file.path}) cannot be used: {error}") from error
    face.keep_subsets(16)
    font = rlfence.DrawingTTFont(name, face)
    pdfmetrics.registerFont(font)
    return font


def load_face(family: str, variant: str = REGULAR) -> Face:
    """Parse and register `family` in `variant` once per process; a missing bold becomes synthetic bold.

    A missing italic is the upright face: CJK type has no italics and slanting it is poor typography.
    """
    key = (family.casefold(), variant)
    with _LOCK:
        face = _FACES.get(key)
        if face is not None:
            return face
        file = find_font(family, variant)
        if file is not None:
            name = _reportlab_name(family, variant, False)
            font = _load(file, name, family)
            face = Face(name, family, variant, False, font.face.charToGlyph.keys())
        elif variant == REGULAR:
            require_font(family)
            raise FontNotFoundError(f"PDF font {family!r} is not installed: {package_hint(family)}")
        elif variant == ITALIC:
            face = load_face(family, REGULAR)
        elif variant == BOLD_ITALIC:
            face = load_face(family, BOLD)
        else:
            base = load_face(family, REGULAR)
            name = _reportlab_name(family, variant, True)
            pdfmetrics.registerFont(rlfence.synthetic_bold(pdfmetrics.getFont(base.name), name, SYNTHETIC_BOLD_STROKE))
            face = Face(name, family, variant, True, base.charset)
        _FACES[key] = face
        return face


def load_synthetic_bold(family: str) -> Face:
    """`family`'s regular face drawn synthetic bold, even when a bold file exists.

    Beside synthetic-bold Chinese a real Latin bold looks heavy; a line that mixes them takes one weight.
    """
    key = (family.casefold(), "synthetic-bold")
    with _LOCK:
        face = _FACES.get(key)
        if face is None:
            base = load_face(family, REGULAR)
            name = _reportlab_name(family, "bold", True)
            pdfmetrics.registerFont(rlfence.synthetic_bold(pdfmetrics.getFont(base.name), name, SYNTHETIC_BOLD_STROKE))
            face = _FACES[key] = Face(name, family, BOLD, True, base.charset)
        return face


def check_installed(families: tuple[str, ...]) -> None:
    """Fail early, before any parsing, when a configured family is missing."""
    for family in families:
        require_font(family)

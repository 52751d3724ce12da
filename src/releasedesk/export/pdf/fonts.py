"""Load fonts once per process for reportlab: regular, bold and italic faces, synthetic bold where none exists.

Parsed fonts are cached for the process: the live preview renders on every edit and must not reparse a 35 MB CJK
font each time.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont, TTFontFace

from releasedesk.export.pdf import facecache
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
from releasedesk.export.pdf.streamcache import LRU
from releasedesk.export.pdf.ttfstrip import strip_hinting

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


class _TableView:
    """Slices of one font table without copying the table first (TW-Sung's glyf table is 30 MB)."""

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._view = memoryview(data)[start : start + length]

    def __len__(self) -> int:
        return len(self._view)

    def __getitem__(self, index: slice) -> bytes:
        return self._view[index].tobytes()


class _FastFace(TTFontFace):
    """reportlab's face, made cheap to subset again and again (the live preview renders on every edit).

    Subsetting reads glyphs through a view instead of copying the glyf table, a subset already built for the same
    characters is reused, and subsets carry no hinting (see ttfstrip).
    """

    _subsets: LRU[tuple[int, ...], bytes]

    def makeSubset(self, subset: list[int]) -> bytes:
        key = tuple(subset)
        built = self._subsets.get(key)
        if built is None:
            built = strip_hinting(super().makeSubset(subset))
            self._subsets.put(key, built)
        return built

    def get_table(self, tag: str) -> bytes:
        if tag == "glyf":
            start, length = self.get_table_pos(tag)
            return _TableView(self._ttf_data, start, length)  # type: ignore[return-value]
        return super().get_table(tag)


class _DrawingTTFont(TTFont):
    """A TrueType font that sets its own text render mode each time reportlab selects it.

    reportlab's paragraphs cannot switch the render mode per run; the font-selection operator is the one hook that
    runs for every run, so each face carries the mode it needs ("0 Tr" plain fill, "2 Tr" fill + stroke).
    """

    def __init__(self, name: str, face: TTFontFace) -> None:
        # TTFont.__init__ without parsing a file: the face comes parsed (and cached on disk) from facecache.
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = False  # subsets hold only the glyphs used, not all of ASCII
        self.shapable = False  # no HarfBuzz shaping: Chinese and Latin need none, and output stays the same everywhere

    render_ops = "0 Tr"
    _plain_names = False

    def splitString(self, text: str, doc: object, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's TTFont.splitString (5.x) without its `nbsp → space` mapping.

        A no-break space must reach the PDF as U+00A0 (copy, search and read-aloud keep it); it draws the space glyph.
        """
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable, self)
        char_to_glyph = self.face.charToGlyph
        assignments, subsets = state.assignments, state.subsets
        results: list[tuple[int, bytes]] = []
        current_set, current = -1, []
        for code in map(ord, text):
            if code in assignments:
                n = assignments[code]
            elif code not in char_to_glyph:
                n = 0
            else:
                if state.frozen:
                    raise ValueError(f"font {self.fontName} is already frozen, cannot add U+{code:04X}")
                n = state.nextCode
                if n & 0xFF == 32:
                    if n != 32:
                        subsets[n >> 8].append(32)
                    state.nextCode += 1
                    n = state.nextCode
                if n > 32:
                    if not (n & 0xFF):
                        subsets.append([0])
                        state.nextCode += 1
                        n = state.nextCode
                    subsets[n >> 8].append(code)
                else:
                    subsets[0][n] = code
                state.nextCode += 1
                assignments[code] = n
            if (n >> 8) != current_set:
                if current:
                    results.append((current_set, bytes(current)))
                current_set, current = n >> 8, []
            current.append(n & 0xFF)
        if current:
            results.append((current_set, bytes(current)))
        return results

    def getSubsetInternalName(self, subset: int, doc: object) -> str:
        name = super().getSubsetInternalName(subset, doc)
        return name if self._plain_names else f"{self.render_ops} {name}"

    def addObjects(self, doc: object) -> None:
        # reportlab derives the PDF resource names from getSubsetInternalName here: they must stay plain.
        self._plain_names = True
        try:
            super().addObjects(doc)
        finally:
            self._plain_names = False


class _SyntheticBoldTTFont(_DrawingTTFont):
    """The regular face drawn with fill + a thin stroke: visibly bold for CJK faces that have no bold file.

    It shares the regular font's per-document subset state, so a glyph used both plain and bold is embedded once.
    """

    render_ops = f"2 Tr {SYNTHETIC_BOLD_STROKE} w"
    regular: _DrawingTTFont

    def addObjects(self, doc: object) -> None:
        self.regular.addObjects(doc)


def _synthetic_bold(regular: _DrawingTTFont, name: str) -> _SyntheticBoldTTFont:
    """A second font name over the same parsed face and the same embedded subsets."""
    bold = _SyntheticBoldTTFont.__new__(_SyntheticBoldTTFont)
    bold.__dict__.update(regular.__dict__)
    bold.fontName = name
    bold.regular = regular
    # reportlab registers one font per face name; a shallow copy under another name shares the glyph tables.
    bold.face = copy.copy(regular.face)
    bold.face.name = regular.face.name + b"-SyntheticBold"
    return bold


@dataclass(frozen=True)
class Face:
    """One registered reportlab font: its name, the characters it has, whether its bold is synthetic."""

    name: str
    family: str
    variant: str
    synthetic: bool
    charset: frozenset[int] = field(repr=False, compare=False)

    def has(self, char: str) -> bool:
        return ord(char) in self.charset


_LOCK = threading.RLock()
_FACES: dict[tuple[str, str], Face] = {}


def _reportlab_name(family: str, variant: str, synthetic: bool) -> str:
    base = "RD-" + "".join(ch for ch in family if ch.isalnum() or ch == "-")
    return f"{base}-{variant}" + ("-synthetic" if synthetic else "")


def _load(file: FontFile, name: str, family: str) -> _DrawingTTFont:
    try:
        face = facecache.load(_FastFace, file.path, file.index)
    except (TTFError, OSError) as error:
        raise FontNotFoundError(f"PDF font {family!r} ({file.path}) cannot be used: {error}") from error
    face._subsets = LRU(16)
    font = _DrawingTTFont(name, face)
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
            face = Face(name, family, variant, False, frozenset(font.face.charToGlyph))
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
            pdfmetrics.registerFont(_synthetic_bold(pdfmetrics.getFont(base.name), name))
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
            pdfmetrics.registerFont(_synthetic_bold(pdfmetrics.getFont(base.name), name))
            face = _FACES[key] = Face(name, family, BOLD, True, base.charset)
        return face


def check_installed(families: tuple[str, ...]) -> None:
    """Fail early, before any parsing, when a configured family is missing."""
    for family in families:
        require_font(family)

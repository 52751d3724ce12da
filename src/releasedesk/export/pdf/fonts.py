"""Find font files by family on this system and load them once for reportlab.

Output must be identical on every machine, so a configured font that is missing is an error naming the Debian
package to install — never a silent substitute. Parsed fonts are cached for the process: the live preview renders
on every edit and must not reparse a 35 MB CJK font each time.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFace

from releasedesk.errors import ExportError
from releasedesk.export.pdf.streamcache import LRU
from releasedesk.export.pdf.ttfstrip import strip_hinting

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "regular", "bold", "italic", "bold_italic"
VARIANTS = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# fontconfig style names per variant, best first.
_STYLE_NAMES: dict[str, tuple[str, ...]] = {
    REGULAR: ("regular", "book", "roman", "normal", "medium", "light"),
    BOLD: ("bold",),
    ITALIC: ("italic", "oblique"),
    BOLD_ITALIC: ("bold italic", "bold oblique"),
}

# Debian packages that provide the families we know, for the "install …" hint.
_PACKAGES: dict[str, str] = {
    "liberation serif": "fonts-liberation2",
    "liberation sans": "fonts-liberation2",
    "liberation mono": "fonts-liberation2",
    "tw-sung": "fonts-cns11643-sung",
    "tw-sung-ext-b": "fonts-cns11643-sung",
    "tw-sung-plus": "fonts-cns11643-sung",
    "tw-kai": "fonts-cns11643-kai",
    "tw-kai-ext-b": "fonts-cns11643-kai",
    "tw-kai-plus": "fonts-cns11643-kai",
    "ar pl uming tw": "fonts-arphic-uming",
    "ar pl ukai tw": "fonts-arphic-ukai",
    "dejavu sans": "fonts-dejavu-core",
    "dejavu serif": "fonts-dejavu-core",
}

# Where to look when fontconfig is not installed (file name stems that belong to each known family).
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
_KNOWN_FILES: dict[str, dict[str, tuple[str, int]]] = {
    "liberation serif": {
        REGULAR: ("LiberationSerif-Regular.ttf", 0),
        BOLD: ("LiberationSerif-Bold.ttf", 0),
        ITALIC: ("LiberationSerif-Italic.ttf", 0),
        BOLD_ITALIC: ("LiberationSerif-BoldItalic.ttf", 0),
    },
    "liberation sans": {
        REGULAR: ("LiberationSans-Regular.ttf", 0),
        BOLD: ("LiberationSans-Bold.ttf", 0),
        ITALIC: ("LiberationSans-Italic.ttf", 0),
        BOLD_ITALIC: ("LiberationSans-BoldItalic.ttf", 0),
    },
    "tw-sung": {REGULAR: ("TW-Sung-98_1.ttf", 0)},
    "tw-sung-ext-b": {REGULAR: ("TW-Sung-Ext-B-98_1.ttf", 0)},
    "tw-sung-plus": {REGULAR: ("TW-Sung-Plus-98_1.ttf", 0)},
    "tw-kai": {REGULAR: ("TW-Kai-98_1.ttf", 0)},
    "ar pl uming tw": {REGULAR: ("uming.ttc", 2)},
    "dejavu sans": {REGULAR: ("DejaVuSans.ttf", 0), BOLD: ("DejaVuSans-Bold.ttf", 0)},
}

SYNTHETIC_BOLD_STROKE = 0.35
"""Outline width (pt) added around glyphs of a face that has no bold variant."""


class FontNotFoundError(ExportError):
    """A configured font family (or one of its files) is not installed."""


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0
    """Face index inside a .ttc collection."""


def package_hint(family: str) -> str:
    package = _PACKAGES.get(family.casefold())
    if package:
        return f"install the Debian package {package} (sudo apt install {package})"
    return "install a TrueType font of that family or choose another font in the PDF template"


@cache
def _fontconfig_entries() -> tuple[tuple[tuple[str, ...], tuple[str, ...], str, int, str], ...] | None:
    """(families, styles, outline format, index, file) for every installed font, or None without fontconfig."""
    if shutil.which("fc-list") is None:
        return None
    try:
        listing = subprocess.run(
            ["fc-list", "--format", "%{family}\t%{style}\t%{fontformat}\t%{index}\t%{file}\n"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    entries = []
    for line in listing.splitlines():
        parts = line.split("\t")
        if len(parts) != 5:
            continue
        families, styles, fmt, index, file = parts
        entries.append(
            (
                tuple(name.strip().casefold() for name in families.split(",")),
                tuple(name.strip().casefold() for name in styles.split(",")),
                fmt.strip(),
                int(index) if index.strip().isdigit() else 0,
                file,
            )
        )
    return tuple(sorted(entries, key=lambda entry: entry[4]))


def _from_fontconfig(family: str, variant: str) -> FontFile | bool | None:
    """The file of `family`/`variant` per fontconfig; False when fontconfig is unavailable."""
    entries = _fontconfig_entries()
    if entries is None:
        return False
    wanted = family.casefold()
    candidates = [entry for entry in entries if wanted in entry[0] and entry[2] in ("TrueType", "")]
    for style in _STYLE_NAMES[variant]:
        for _families, styles, _fmt, index, file in candidates:
            if style in styles:
                return FontFile(Path(file), index)
    return None


def _from_known_dirs(family: str, variant: str) -> FontFile | None:
    known = _KNOWN_FILES.get(family.casefold(), {}).get(variant)
    if known is None:
        return None
    name, index = known
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir():
            for dirpath, _dirs, files in os.walk(root):
                if name in files:
                    return FontFile(Path(dirpath) / name, index)
    return None


@cache
def find_font(family: str, variant: str = REGULAR) -> FontFile | None:
    """The TrueType file for `family` in `variant`, or None when that variant is not installed."""
    found = _from_fontconfig(family, variant)
    if found is False:
        return _from_known_dirs(family, variant)
    return found  # type: ignore[return-value]


def require_font(family: str) -> FontFile:
    """The regular face of `family`; raises FontNotFoundError with the package to install."""
    found = find_font(family, REGULAR)
    if found is None:
        raise FontNotFoundError(f"PDF font {family!r} is not installed: {package_hint(family)}")
    return found


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

    render_ops = "0 Tr"
    _plain_names = False

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
        font = _DrawingTTFont(name, str(file.path), subfontIndex=file.index, asciiReadable=False)
    except (TTFError, OSError) as error:
        raise FontNotFoundError(f"PDF font {family!r} ({file.path}) cannot be used: {error}") from error
    font.face.__class__ = _FastFace
    font.face._subsets = LRU(16)
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


def check_installed(families: tuple[str, ...]) -> None:
    """Fail early, before any parsing, when a configured family is missing."""
    for family in families:
        require_font(family)

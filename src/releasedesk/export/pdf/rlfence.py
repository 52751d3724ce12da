"""Every use ReleaseDesk makes of reportlab beyond its public API, in one place (tested on reportlab 5.1).

Other modules use reportlab's public API plus what this module exports. Each assumption below carries a letter that
names its canary in tests/export/pdf/test_rlfence.py and its line in docs/library-internals.md; on a reportlab
upgrade, run those canaries first. The process-wide changes (R1-R3) happen only in `install()`, which the PDF writer
calls when a render starts. Importing this module imports reportlab.platypus with a few import-time regular expressions
left to compile on first use (P1); the rest of ReleaseDesk leaves reportlab as it is. P2 (reportlab imports Pillow's
`PIL.Image` without using it) is relied on by `releasedesk.onecommand`, which must act before reportlab is imported.
"""

from __future__ import annotations

import array
import copy
import importlib
import itertools
import re
import sys
import threading
import zlib
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, TTFontMaker

from releasedesk.export.pdf.streamcache import LRU, MIN_CACHED_BYTES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

__all__ = [
    "CachingFlate",
    "DrawingTTFont",
    "FastFace",
    "InfoWithEntries",
    "LazyPattern",
    "PackedGlyphToChar",
    "SyntheticBoldTTFont",
    "TTFontMaker",
    "add_info_entries",
    "draw_cached_image",
    "face_from_plain",
    "face_to_plain",
    "glyph_widths",
    "image_xobjects",
    "install",
    "make_to_unicode_cmap",
    "set_text_matrix",
    "synthetic_bold",
    "utf16_hex",
    "xobjects_from_plain",
    "xobjects_to_plain",
]

TESTED_VERSION = "5.1"
"""The reportlab minor version these assumptions were checked on (pyproject pins it)."""

# --- P1: reportlab.platypus imported with its module-level regular expressions compiled on first use ------------

_INSTALL_LOCK = threading.RLock()
_DEFERRED_MODULES = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.PyFontify", "reportlab.lib.textsplit"})
"""Modules whose import-time `re.compile` calls become LazyPattern: paragraph.py's `uri_pat` alone (a case-folded
class over U+00A1-U+FFFF) took 25-40 ms of every PDF export's start, and ReleaseDesk never uses Paragraph."""


class LazyPattern:
    """P1: a regular expression compiled the first time anything is asked of it (then it is that compiled pattern)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _COMPILE(*self._args)
        return getattr(compiled, name)


_COMPILE = re.compile


def _import_platypus() -> None:
    """P1: import reportlab.platypus (every PDF render needs it) with `_DEFERRED_MODULES`' patterns left lazy.

    `re.compile` is swapped only while the import runs and only answers those modules lazily (by the caller's
    module name); a platypus already imported by someone else stays as it is.
    """
    if "reportlab.platypus" in sys.modules:
        return

    def compile_lazily(pattern: Any, flags: int = 0) -> Any:
        if sys._getframe(1).f_globals.get("__name__") in _DEFERRED_MODULES:
            return LazyPattern(pattern, flags)
        return _COMPILE(pattern, flags)

    with _INSTALL_LOCK:
        re.compile = compile_lazily
        try:
            importlib.import_module("reportlab.platypus")
        finally:
            re.compile = _COMPILE


# --- R1-R3: process-wide changes, made by install() --------------------------------------------------------------


def utf16_hex(code: int) -> str:
    """A code point as the UTF-16BE hex a CMap's destination string needs."""
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """R3: reportlab's makeToUnicodeCMap, with correct entries for supplementary-plane characters.

    reportlab writes `<2000B>` for U+2000B, which viewers cannot read: copying an Ext-B ideograph (common in names)
    out of the PDF gave garbage.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class CachingFlate(pdfdoc.PDFStreamFilterZCompress):
    """R2: reportlab's FlateDecode filter, remembering the output for large inputs (font subsets).

    An edit rarely changes which glyphs a subset holds, yet reportlab re-deflates every subset on each render of the
    live preview (a third of the render time for a Chinese release).
    """

    def __init__(self, size: int = 48) -> None:
        self._cache: LRU[bytes, bytes] = LRU(size)

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        if len(data) < MIN_CACHED_BYTES:
            return zlib.compress(data)
        cached = self._cache.get(data)
        if cached is None:
            cached = zlib.compress(data)
            self._cache.put(data, cached)
        return cached


def install() -> None:
    """Apply the process-wide changes (idempotent); the PDF writer calls it before every build.

    ReleaseDesk is reportlab's only user in the process, so they are safe to apply globally:
    R1 binary streams instead of ASCII85 (25% smaller; reportlab encodes ASCII85 in pure Python, the slowest render
    step), R2 the caching Flate filter, R3 the ToUnicode map with surrogate pairs.
    """
    with _INSTALL_LOCK:
        rl_config.useA85 = 0
        if not isinstance(pdfdoc.PDFZCompress, CachingFlate):
            pdfdoc.PDFZCompress = CachingFlate()  # reportlab reads the module attribute on each use
        ttfonts.makeToUnicodeCMap = make_to_unicode_cmap  # TTFont.addObjects calls the module global


# --- F1-F5: fonts --------------------------------------------------------------------------------------------------


class _TableView:
    """Slices of one font table without copying the table first (TW-Sung's glyf table is 30 MB)."""

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._view = memoryview(data)[start : start + length]

    def __len__(self) -> int:
        return len(self._view)

    def __getitem__(self, index: slice) -> bytes:
        return self._view[index].tobytes()


class FastFace(TTFontFace):
    """F1: reportlab's face, made cheap to subset again and again (the live preview renders on every edit).

    makeSubset reads glyphs through a view of the file data (`_ttf_data`) instead of copying the glyf table, and a
    subset already built for the same characters is reused once `keep_subsets` is called. Subclasses post-process
    each new subset in `finish_subset` (fonts.py strips hinting there).
    """

    _subsets: LRU[tuple[int, ...], bytes] | None = None

    @property
    def glyphToChar(self) -> dict[int, list[int]]:
        """C1: unpacked from the face cache only if something reads it (nothing does when shaping is off)."""
        return lazy_glyph_to_char(self)

    @glyphToChar.setter
    def glyphToChar(self, value: dict[int, list[int]]) -> None:
        self.__dict__["glyphToChar"] = value

    def keep_subsets(self, size: int) -> None:
        """Reuse up to `size` built subsets (set after loading, so it never reaches the face cache)."""
        self._subsets = LRU(size)

    def finish_subset(self, font: bytes) -> bytes:
        """A freshly built subset, as it will be embedded."""
        return font

    def makeSubset(self, subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        built = self._subsets.get(key) if self._subsets is not None else None
        if built is None:
            built = self.finish_subset(super().makeSubset(subset))
            if self._subsets is not None:
                self._subsets.put(key, built)
        return built

    def get_table(self, tag: str) -> bytes:
        if tag == "glyf":
            start, length = self.get_table_pos(tag)
            return _TableView(self._ttf_data, start, length)  # type: ignore[return-value]  # sliced like bytes
        return super().get_table(tag)


class DrawingTTFont(TTFont):
    """A TrueType font over an already parsed face, which sets its own text render mode each time it is selected.

    F2: `__init__` sets what TTFont.__init__ sets, without parsing a file (the face comes parsed, and cached on disk).
    F3: reportlab's paragraphs cannot switch the render mode per run; the font-selection operator is the one hook
    that runs for every run, so each face prefixes its subset name with the mode it needs ("0 Tr" plain fill,
    "2 Tr" fill + stroke) — everywhere but in addObjects, which derives the PDF resource names from it.
    F4: splitString is reportlab's own, without its `nbsp → space` mapping.
    """

    render_ops = "0 Tr"
    _plain_names = False

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = False  # subsets hold only the glyphs used, not all of ASCII
        self.shapable = False  # no HarfBuzz shaping: Chinese and Latin need none, and output stays the same everywhere

    def splitString(self, text: str, doc: object, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's TTFont.splitString (5.1, asciiReadable off) without its `nbsp → space` mapping.

        A no-break space must reach the PDF as U+00A0 (copy, search and read-aloud keep it); it draws the space glyph.
        """
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable, self)
        char_to_glyph = self.face.charToGlyph
        assignments, subsets = state.assignments, state.subsets
        results: list[tuple[int, bytes]] = []
        current_set, current = -1, list[int]()
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
        self._plain_names = True
        try:
            super().addObjects(doc)
        finally:
            self._plain_names = False


class SyntheticBoldTTFont(DrawingTTFont):
    """The regular face drawn with fill + a thin stroke: visibly bold for CJK faces that have no bold file.

    F5: it shares the regular font's per-document subset state, so a glyph used both plain and bold is embedded once.
    """

    regular: DrawingTTFont

    def addObjects(self, doc: object) -> None:
        self.regular.addObjects(doc)


def synthetic_bold(regular: Any, name: str, stroke: float) -> SyntheticBoldTTFont:
    """F5 (`regular`: the registered DrawingTTFont, as pdfmetrics.getFont returns it, typed there as Font): a second
    font name over the same parsed face and the same embedded subsets, stroked `stroke` pt wide."""
    bold = SyntheticBoldTTFont.__new__(SyntheticBoldTTFont)
    bold.__dict__.update(regular.__dict__)
    bold.fontName = name
    bold.regular = regular
    bold.render_ops = f"2 Tr {stroke} w"
    # pdfmetrics.registerFont refuses a second font for one face name; a shallow copy renamed shares the glyph tables.
    bold.face = copy.copy(regular.face)
    bold.face.name = regular.face.name + b"-SyntheticBold"
    return bold


def glyph_widths(font_name: str) -> tuple[dict[int, float], float]:
    """F6: a registered TrueType font's advance widths (1/1000 em) by code point, and its default width."""
    face = pdfmetrics.getFont(font_name).face
    return face.charWidths, face.defaultWidth


# --- C1: parsed faces as plain values (facecache.py) --------------------------------------------------------------

FaceT = TypeVar("FaceT", bound=TTFontFace)
_NOT_PLAIN = ("_ttf_data", "_pdfScale")
"""TTFontFace attributes that are not plain values: the file data (mapped again) and a lambda (rebuilt)."""


class PackedGlyphToChar:
    """`glyphToChar` as three arrays (glyphs, how many characters each, the characters), unpacked when first read.

    A CJK face maps 39,000 glyphs to lists of characters: as marshalled Python lists that took 25 ms of every start,
    yet nothing ReleaseDesk draws reads it (reportlab uses it only for HarfBuzz shaping, which DrawingTTFont turns off).
    """

    def __init__(self, glyphs: bytes, counts: bytes, chars: bytes) -> None:
        self.arrays = (glyphs, counts, chars)

    @classmethod
    def pack(cls, mapping: dict[int, list[int]]) -> PackedGlyphToChar:
        counts = array.array("I", map(len, mapping.values()))
        chars = array.array("I", itertools.chain.from_iterable(mapping.values()))
        return cls(array.array("I", mapping).tobytes(), counts.tobytes(), chars.tobytes())

    def unpack(self) -> dict[int, list[int]]:
        glyphs, counts, chars = (_uint_array(data) for data in self.arrays)
        rest = iter(chars)
        return {glyph: list(itertools.islice(rest, count)) for glyph, count in zip(glyphs, counts, strict=True)}


class PackedHMetrics:
    """`hmetrics` ((advance, left side bearing) per glyph) as two arrays, read back one glyph at a time.

    A CJK face's 39,000 tuples took 5.5 ms of every start to unmarshal (and were walked by the collector), yet
    reportlab reads only `hmetrics[glyph]` while subsetting. Advances are kept as doubles (past numberOfHMetrics
    reportlab stores them already scaled, as floats), side bearings as the unsigned 16-bit values it read.
    """

    __slots__ = ("advances", "bearings")

    def __init__(self, advances: bytes, bearings: bytes) -> None:
        self.advances = array.array("d")
        self.advances.frombytes(advances)
        self.bearings = array.array("H")
        self.bearings.frombytes(bearings)

    @classmethod
    def pack(cls, metrics: Sequence[tuple[float, int]]) -> PackedHMetrics:
        advances = array.array("d", (advance for advance, _ in metrics))
        return cls(advances.tobytes(), array.array("H", (bearing for _, bearing in metrics)).tobytes())

    @property
    def arrays(self) -> tuple[bytes, bytes]:
        return self.advances.tobytes(), self.bearings.tobytes()

    def __len__(self) -> int:
        return len(self.bearings)

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        advance = self.advances[glyph]
        return (int(advance) if advance.is_integer() else advance), self.bearings[glyph]

    def unpack(self) -> list[tuple[float, int]]:
        return [self[glyph] for glyph in range(len(self))]


def _uint_array(data: bytes) -> array.array[int]:
    values = array.array("I")
    values.frombytes(data)
    return values


def lazy_glyph_to_char(face: TTFontFace) -> dict[int, list[int]]:
    """C1: the face's glyphToChar, unpacked on first use (FastFace.glyphToChar reads it through here)."""
    value: dict[int, list[int]] | PackedGlyphToChar = face.__dict__["glyphToChar"]
    if isinstance(value, PackedGlyphToChar):
        value = face.__dict__["glyphToChar"] = value.unpack()
    return value


def face_to_plain(face: TTFontFace) -> dict[str, Any]:
    """C1: a parsed face's state as marshal-able values (bytes, numbers, lists, dicts).

    The two big code maps travel as arrays of 32-bit integers (5x faster to load than marshalled dicts and lists):
    charToGlyph as keys and values in their order, glyphToChar as PackedGlyphToChar's three arrays; hmetrics as
    PackedHMetrics' two.
    """
    attributes = {key: value for key, value in face.__dict__.items() if key not in _NOT_PLAIN}
    names = [key for key, value in attributes.items() if isinstance(value, TTFNameBytes)]
    char_to_glyph = attributes.pop("charToGlyph")
    glyph_to_char = attributes.pop("glyphToChar")
    if not isinstance(glyph_to_char, PackedGlyphToChar):
        glyph_to_char = PackedGlyphToChar.pack(glyph_to_char)
    hmetrics = attributes.pop("hmetrics")
    if not isinstance(hmetrics, PackedHMetrics):
        hmetrics = PackedHMetrics.pack(hmetrics)
    return {
        "names": names,
        "attributes": {k: bytes(v) if k in names else v for k, v in attributes.items()},
        "charToGlyph": (array.array("I", char_to_glyph).tobytes(), array.array("I", char_to_glyph.values()).tobytes()),
        "glyphToChar": glyph_to_char.arrays,
        "hmetrics": hmetrics.arrays,
    }


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's font-unit → 1/1000 em conversion, as TTFontFile.extractInfo builds it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def face_from_plain(cls: type[FaceT], payload: dict[str, Any], data: Any) -> FaceT:
    """C1: the face `face_to_plain` described, over the font file's `data` (bytes or a memory map).

    glyphToChar stays packed on a FastFace (unpacked if ever read) and is unpacked now on any other class; so does
    hmetrics (a FastFace's subsetting reads `hmetrics[glyph]` only: rlfence F1).
    """
    face = cls.__new__(cls)
    attributes = payload["attributes"]
    for name in payload["names"]:
        attributes[name] = TTFNameBytes(attributes[name])
    codes, glyphs = payload["charToGlyph"]
    attributes["charToGlyph"] = dict(zip(_uint_array(codes), _uint_array(glyphs), strict=True))
    packed = PackedGlyphToChar(*payload["glyphToChar"])
    attributes["glyphToChar"] = packed if issubclass(cls, FastFace) else packed.unpack()
    metrics = PackedHMetrics(*payload["hmetrics"])
    attributes["hmetrics"] = metrics if issubclass(cls, FastFace) else metrics.unpack()
    face.__dict__.update(attributes)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    return face


# --- D1-D3: drawing on the canvas and the document ----------------------------------------------------------------


def set_text_matrix(text: PDFTextObject, shear: float, x: float, y: float) -> None:
    """D1: a text matrix operator as is (setTextTransform would also move reportlab's line origin, and write more)."""
    text._code.append(f"1 0 {shear} 1 {x:.3f} {y:.3f} Tm")


def image_xobjects(name: str, reader: ImageReader) -> tuple[pdfdoc.PDFImageXObject, pdfdoc.PDFImageXObject | None]:
    """D2: an image's PDF objects and its alpha mask, decoded and deflated once for every later render."""
    image = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    image.name = name
    smask = getattr(image, "_smask", None)
    if smask is not None:
        del image._smask
    return image, smask


_XOBJECT_KEYS = frozenset({"name", "width", "height", "bitsPerComponent", "colorSpace", "_filters", "streamContent"})


def xobjects_to_plain(
    image: pdfdoc.PDFImageXObject, smask: pdfdoc.PDFImageXObject | None
) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
    """D2: what `image_xobjects` made, as marshal-able values (images.py keeps them in the per-user cache), with the
    stream encoding they were made under."""
    return (_stream_encoding(), dict(vars(image)), dict(vars(smask)) if smask is not None else None)


def xobjects_from_plain(payload: Any) -> tuple[pdfdoc.PDFImageXObject, pdfdoc.PDFImageXObject | None]:
    """D2: the objects `xobjects_to_plain` described; ValueError when `payload` is not one made under the current
    stream encoding (R1) or lacks what PDFImageXObject.format reads."""
    encoding, image, smask = payload
    if encoding != _stream_encoding():
        raise ValueError("image objects made for another stream encoding")

    def build(state: Any) -> pdfdoc.PDFImageXObject:
        if not isinstance(state, dict) or not state.keys() >= _XOBJECT_KEYS:
            raise ValueError("not a cached image object")
        made = pdfdoc.PDFImageXObject.__new__(pdfdoc.PDFImageXObject)
        made.__dict__.update(state)
        return made

    return build(image), (build(smask) if smask is not None else None)


def _stream_encoding() -> str:
    return "a85" if rl_config.useA85 else "binary"


def draw_cached_image(
    canvas: Canvas,
    cached: pdfdoc.PDFImageXObject,
    cached_mask: pdfdoc.PDFImageXObject | None,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    """D2: canvas.drawImage for objects from `image_xobjects`, registered the way drawImage registers its own."""
    doc = canvas._doc
    registered = doc.getXObjectName(cached.name)
    if doc.idToObject.get(registered) is None:
        # Each document registers (and so marks) its own shallow copy; the pixels are shared.
        xobject = copy.copy(cached)
        smask = copy.copy(cached_mask) if cached_mask is not None else None
        xobject.XObjects = None
        doc.Reference(xobject, registered)
        doc.addForm(xobject.name, xobject)
        if smask is not None:
            mask_name = doc.getXObjectName(smask.name)
            if doc.idToObject.get(mask_name) is None:
                xobject.smask = doc.Reference(smask, mask_name)
            else:
                xobject.smask = pdfdoc.PDFObjectReference(mask_name)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(cached.name)
    canvas._currentPageHasImages = 1


class InfoWithEntries(pdfdoc.PDFInfo):
    """D3: reportlab's document information with extra text entries (it writes only the standard keys)."""

    def __init__(self, base: pdfdoc.PDFInfo, extra: dict[str, str]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.extra = extra

    def format(self, document: Any) -> bytes:
        PDFString, PDFName = pdfdoc.PDFString, pdfdoc.PDFName  # noqa: N806 (reportlab's class names)
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = pdfdoc.PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        entries.update({key: PDFString(value) for key, value in self.extra.items()})
        return pdfdoc.PDFDictionary(entries).format(document)


def add_info_entries(canvas: Canvas, extra: dict[str, str]) -> None:
    """D3: add `extra` to the document information of the document `canvas` draws (call before the first page)."""
    document = canvas._doc
    document.info = InfoWithEntries(document.info, extra)


def allow_blank_pages(doc: Any, pages: int) -> None:
    """A draft skipping pages out of view emits runs of blank pages; reportlab stops after 10 as a runaway guard."""
    doc._emptyPagesAllowed = max(doc._emptyPagesAllowed, pages + 10)


def kept_together(flowable: Any) -> list[Any]:
    """The flowables a KeepTogether holds (reportlab keeps them in a private list)."""
    return list(flowable._content)


_import_platypus()  # P1: before any module of ours imports platypus (fonts.py and the writer import this first)

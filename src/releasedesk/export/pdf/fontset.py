"""Which face draws each character: chains of families per role, weight, slant and the plan's script.

A run the plan marks "cjk" tries the CJK family first (so curly quotes inside Chinese take full-width forms), a
"latin" run the Latin family first; either falls back per character to the first family that has the glyph.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.fallback import FontChain
from releasedesk.export.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, Face, load_face, load_synthetic_bold

if TYPE_CHECKING:
    from releasedesk.export.pdf.template import FontConfig
    from releasedesk.export.plan import Script

    pass

SERIF, SANS = "serif", "sans"


def variant_of(bold: bool, italic: bool) -> str:
    """The variant name for a bold/italic combination."""
    if bold and italic:
        return BOLD_ITALIC
    return BOLD if bold else ITALIC if italic else REGULAR


@dataclass(frozen=True)
class Drawn:
    """A face as drawn: its reportlab font, whether it is slanted by the text matrix, whether it is stroked."""

    font: str
    oblique: bool
    stroke: bool


@dataclass(frozen=True)
class Piece:
    """What a stretch of glyphs is drawn with."""

    font: str
    size: float
    color: str
    oblique: bool
    underline: bool
    href: str | None
    stroke: bool


class FontSet:
    """The font chains of one FontConfig; shared by every render with that config (fonts parse once)."""

    def __init__(self, config: FontConfig) -> None:
        self.config = config
        self._chains: dict[tuple[str, str, Script], FontChain] = {}
        self._drawn: dict[tuple[str, bool, bool, bool], Drawn] = {}
        self._widths: dict[str, tuple[dict[int, float], float]] = {}
        self._glyphs: dict[tuple[int, bool, bool, bool], dict[str, Any]] = {}
        self._lock = threading.Lock()

    def latin_family(self, role: str) -> str:
        return self.config.serif if role == SERIF else self.config.sans

    def chain(self, role: str, *, bold: bool = False, italic: bool = False, script: Script = "latin") -> FontChain:
        variant = variant_of(bold, italic)
        key = (role, variant, script)
        with self._lock:
            chain = self._chains.get(key)
            if chain is None:
                config = self.config
                latin = self.latin_family(role)
                if script == "cjk":
                    families = (config.cjk, latin, *config.cjk_fallbacks, *config.symbol_fallbacks)
                    chain = FontChain(families, variant, cjk_index=0)
                else:
                    chain = FontChain(config.chain(latin), variant, cjk_index=1)
                self._chains[key] = chain
            return chain

    def glyph_memo(self, chain: FontChain, bold: bool, italic: bool, unify: bool) -> dict[str, Any]:
        """Per chain and weight: each character's drawing and unit width, decided once per process."""
        key = (id(chain), bold, italic, unify)
        memo = self._glyphs.get(key)
        if memo is None:
            memo = self._glyphs[key] = {}
        return memo

    def base_font(self, role: str, variant: str = REGULAR) -> str:
        return load_face(self.latin_family(role), variant).name

    def cjk_bold_is_synthetic(self) -> bool:
        return load_face(self.config.cjk, BOLD).synthetic

    def piece(self, face: Face, *, bold: bool, italic: bool, unify_bold: bool) -> Drawn:
        """How `face` draws text that asks for `bold`/`italic`; `unify_bold`: a real bold becomes synthetic."""
        key = (face.name, bold, italic, unify_bold)
        drawn = self._drawn.get(key)
        if drawn is None:
            chosen = face
            if bold and unify_bold and not face.synthetic:
                chosen = load_synthetic_bold(face.family)
            oblique = italic and chosen.variant not in (ITALIC, BOLD_ITALIC)
            drawn = self._drawn[key] = Drawn(chosen.name, oblique, chosen.synthetic)
        return drawn

    def width(self, font: str, char: str, size: float) -> float:
        table = self._widths.get(font)
        if table is None:
            table = self._widths[font] = rlfence.glyph_widths(font)
        widths, default = table
        return widths.get(ord(char), default) * size * 0.001

"""Per-character font choice: split text into stretches drawn by the first font that really has each glyph.

reportlab draws a missing glyph as glyph 0 without complaint (a Latin font shows CJK as tofu, a CJK font shows
Latin as half-width monospace), so the choice is made here from each font's own cmap, before markup is built.
"""

from __future__ import annotations

import threading
import unicodedata

from releasedesk.export.pdf.fonts import Face, load_face

# Punctuation both a Latin and a CJK font have; inside Chinese text it should take the CJK (full-width) forms.
CJK_PREFERRED_PUNCTUATION = frozenset("“”‘’—…‧")


def is_ignorable(char: str) -> bool:
    """Invisible format characters (variation selectors, ZWJ, BOM…): dropped when no font draws them."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x180B <= code <= 0x180D
    )


class FontChain:
    """Families in order of preference for one style and weight; later families load only when needed."""

    def __init__(self, families: tuple[str, ...], variant: str, *, cjk_index: int | None = None) -> None:
        self.families = families
        self.variant = variant
        self.cjk_index = cjk_index
        """Which family is the main CJK one, for CJK_PREFERRED_PUNCTUATION in Chinese text."""
        self._memo: dict[tuple[str, bool], Face | None] = {}
        self._lock = threading.Lock()

    @property
    def primary(self) -> Face:
        return load_face(self.families[0], self.variant)

    def face_for(self, char: str, *, chinese: bool = False) -> Face | None:
        """The first face that has `char`, or None when no configured font can draw it."""
        key = (char, chinese and char in CJK_PREFERRED_PUNCTUATION)
        try:
            return self._memo[key]
        except KeyError:
            pass
        found: Face | None = None
        order = list(range(len(self.families)))
        if key[1] and self.cjk_index is not None:
            order.remove(self.cjk_index)
            order.insert(0, self.cjk_index)
        for index in order:
            face = load_face(self.families[index], self.variant)
            if face.has(char):
                found = face
                break
        with self._lock:
            self._memo[key] = found
        return found

    def split(self, text: str, *, chinese: bool = False) -> list[tuple[Face, str]]:
        """`text` as (face, stretch) pairs; spaces stay with the stretch they are in when its face has them.

        A character no font has stays with the primary face (drawn as its visible "missing" box; preflight
        reports it); an invisible format character no font has is left out.
        """
        pieces: list[tuple[Face, list[str]]] = []
        for char in text:
            current = pieces[-1][0] if pieces else None
            if char == " " and current is not None and current.has(char):
                pieces[-1][1].append(char)
                continue
            face = self.face_for(char, chinese=chinese)
            if face is None:
                if is_ignorable(char):
                    continue
                face = current or self.primary
            if face is current:
                pieces[-1][1].append(char)
            else:
                pieces.append((face, [char]))
        return [(face, "".join(chars)) for face, chars in pieces]

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no font of the chain can draw (invisible format characters excluded)."""
        return [
            char
            for char in dict.fromkeys(text)
            if not char.isspace() and self.face_for(char) is None and not is_ignorable(char)
        ]

"""Which script each character is drawn in: decided once, so every format picks the same font for it.

Han, kana, bopomofo, CJK punctuation (U+3000 included) and full-width forms are CJK; letters and digits of other
scripts are Latin. Everything else — spaces, ASCII punctuation, curly quotes, dashes — is neutral and follows its
neighbours: `Raynold “Arnold” Oilouch` inside Chinese keeps Latin quotes, `「計畫」` keeps CJK ones. Linear time.
"""

from __future__ import annotations

from functools import lru_cache

from releasedesk.export.plan.values import PlanRun, Script

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo (drawn by CJK fonts)
    (0x2E80, 0x2FDF),  # radicals
    (0x2FF0, 0x303F),  # ideographic description, CJK symbols and punctuation (U+3000)
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x31FF),  # kanbun, bopomofo extended, strokes, kana extensions
    (0x3200, 0x33FF),  # enclosed CJK, compatibility
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE6F),  # compatibility forms, small forms
    (0xFF00, 0xFFEF),  # full-width and half-width forms
    (0x20000, 0x3FFFF),  # extensions B and later
)
_OPENERS = frozenset("“‘([{«‹")


def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


@lru_cache(maxsize=1 << 15)
def _strong(char: str) -> Script | None:
    code = ord(char)
    if code < 0x80:
        return "latin" if char.isalnum() else None
    if _is_cjk(code):
        return "cjk"
    return "latin" if char.isalnum() else None


def char_scripts(text: str, default: Script) -> list[Script]:
    """The script of every character of `text`; `default` when a stretch has no strong neighbour at all."""
    strong = [_strong(char) for char in text]
    before: list[Script | None] = []
    last: Script | None = None
    for value in strong:
        before.append(last)
        if value is not None:
            last = value
    after: list[Script | None] = [None] * len(text)
    last = None
    for index in range(len(text) - 1, -1, -1):
        after[index] = last
        if strong[index] is not None:
            last = strong[index]
    out: list[Script] = []
    for index, value in enumerate(strong):
        if value is not None:
            out.append(value)
            continue
        prev, nxt = before[index], after[index]
        if prev == nxt and prev is not None:
            out.append(prev)
        elif prev is None or (nxt is not None and text[index] in _OPENERS):
            out.append(nxt or default)
        else:
            out.append(prev)
    return out


def split_by_script(text: str, default: Script) -> list[tuple[str, Script]]:
    """`text` cut into maximal stretches of one script, in order; joined they give `text` exactly."""
    if not text:
        return []
    scripts = char_scripts(text, default)
    pieces: list[tuple[str, Script]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or scripts[index] != scripts[start]:
            pieces.append((text[start:index], scripts[start]))
            start = index
    return pieces


def default_script(lang: str) -> Script:
    """The script a language's text is set in by default."""
    return "cjk" if lang == "zh-TW" else "latin"


def script_line(text: str, lang: str) -> tuple[PlanRun, ...]:
    """A plain string (a list label, a placeholder, a page footer) as plan runs, one script each."""
    return tuple(PlanRun(piece, script) for piece, script in split_by_script(text, default_script(lang)))

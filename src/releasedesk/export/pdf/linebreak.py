"""Line breaking for Chinese, English and both mixed: kinsoku (禁則) for CJK, whole words for Latin.

reportlab's `wordWrap='CJK'` keeps only part of the closing punctuation off line starts, never keeps openers off line
ends, and splits Latin words anywhere. `KinsokuParagraph` replaces its line splitter with one that finds real
break opportunities and pushes characters to the next line (推出) when a rule would be broken.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines, _handleBulletWidth
from reportlab.rl_config import _FUZZ

# Never at the start of a line: closing brackets and quotes, sentence and clause punctuation, iteration marks, and
# the dash and ellipsis (——, ……), which stay with the text before them.
CANNOT_START = frozenset(
    "，。、；：！？）」』】》〉〕］｝〗〙〞’”—…‥．・·‧﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
    "々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ",.;:!?)]}%‰℃°′″"
)
# Never at the end of a line: opening brackets and quotes.
CANNOT_END = frozenset("（「『【《〈〔［｛〖〘〝‘“([{﹙﹛﹝")
# Runs of these are one mark (——, ……) and are never split.
_UNSPLITTABLE_RUNS = frozenset("—…‥")
# Where an over-long token without spaces (a URL) may be broken as a last resort.
_URL_BREAK_AFTER = frozenset("/?&=#_-.")


def is_wide(char: str) -> bool:
    """CJK ideographs, kana, Hangul and full-width forms: a line may break before or after any of them."""
    return unicodedata.east_asian_width(char) in ("W", "F")


@lru_cache(maxsize=1 << 16)
def can_break(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next one start with `after`."""
    if not before or not after:
        return False
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before == after and before in _UNSPLITTABLE_RUNS:
        return False
    if after.isspace():
        return False  # break after the spaces, which then vanish at the line end
    if before.isspace():
        return True
    if is_wide(before) or is_wide(after):
        return True
    return before in "-\u2010" and after.isalpha()  # after the hyphen of a hyphenated word


def _opener_before_spaces(chars: Sequence[str], start: int, index: int) -> bool:
    """A break after spaces that would leave an opener (「（《) at the line end once the spaces vanish."""
    back = index - 1
    while back > start and chars[back].isspace():
        back -= 1
    return back < index - 1 and chars[back] in CANNOT_END


_EMPTY = ""  # a frag without text (a <br/>, an anchor) still takes one slot, so it stays on its line


def _glyph_widths(text: str, font_name: str, size: float) -> list[float]:
    """Advance widths from the font's own width table: per-character stringWidth calls cost 20x more."""
    face = pdfmetrics.getFont(font_name).face
    widths, default = face.charWidths, face.defaultWidth
    scale = size * 0.001
    return [widths.get(ord(char), default) * scale for char in text]


def _emergency_break(chars: Sequence[str], start: int, overflow: int) -> int:
    """Where to break a line that has no break opportunity (a long URL): still honouring kinsoku if possible."""
    half = (start + overflow) // 2
    for k in range(overflow, max(half, start + 1) - 1, -1):
        if chars[k - 1] in _URL_BREAK_AFTER:
            return k
    for k in range(overflow, start, -1):
        if chars[k] not in CANNOT_START and chars[k - 1] not in CANNOT_END:
            return k
    return max(overflow, start + 1)


@cache
def _ascent_descent(font_name: str, size: float) -> tuple[float, float]:
    return pdfmetrics.getAscentDescent(font_name, size)


def _make_line(
    frags: Sequence[Any],
    owners: Sequence[int],
    chars: Sequence[str],
    start: int,
    stop: int,
    max_width: float,
    used: float,
    forced: bool,
) -> Any:
    """A reportlab FragLine for chars[start:stop]: one word per stretch of the same frag."""
    words = []
    decorated = False
    """reportlab places underlines and link areas by widths without character spacing: such lines stay unjustified."""
    max_size = ascent = descent = 0.0
    index = start
    while index < stop:
        owner = owners[index]
        end = index
        while end < stop and owners[end] == owner:
            end += 1
        frag = frags[owner]
        words.append(frag.clone(text="".join(chars[index:end])))
        decorated = decorated or bool(getattr(frag, "us_lines", None) or getattr(frag, "link", None))
        max_size = max(max_size, frag.fontSize)
        up, down = _ascent_descent(frag.fontName, frag.fontSize)
        ascent, descent = max(ascent, up), min(descent, down)
        index = end
    return FragLine(
        kind=1,
        extraSpace=max_width - used,
        wordCount=1 if decorated else max(1, stop - start),  # glyph gaps stretch when justified (_CharSpacedText)
        words=words,
        fontSize=max_size,
        ascent=ascent,
        descent=descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=forced,
    )


def split_lines(frags: Sequence[Any], max_widths: Sequence[float]) -> ParaLines:
    """Lay out `frags` into lines no wider than `max_widths` (first line, then the rest), kinsoku-correct."""
    chars: list[str] = []
    owners: list[int] = []
    widths: list[float] = []
    forced_at: set[int] = set()
    for number, frag in enumerate(frags):
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        if text:
            chars.extend(text)
            owners.extend([number] * len(text))
            widths.extend(_glyph_widths(text, frag.fontName, frag.fontSize))
        else:
            if hasattr(frag, "lineBreak"):
                forced_at.add(len(chars))
            chars.append(_EMPTY)
            owners.append(number)
            widths.append(float(getattr(getattr(frag, "cbDefn", None), "width", 0) or 0))
    lines: list[Any] = []
    count = len(chars)
    start = 0
    while start < count:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        last_break: int | None = None
        end = count
        forced = False
        for index in range(start, count):
            if index in forced_at:
                end, forced = index + 1, True
                break
            char = chars[index]
            if index > start and can_break(chars[index - 1], char) and not _opener_before_spaces(chars, start, index):
                last_break = index
            used += widths[index]
            if used > limit + _FUZZ and index > start and not char.isspace():
                end = last_break if last_break is not None else _emergency_break(chars, start, index)
                break
        stop = end
        while stop > start and chars[stop - 1].isspace():
            stop -= 1  # trailing spaces hang in the margin
        if forced:
            stop = max(stop, end)
        line_width = sum(widths[start:stop])
        lines.append(_make_line(frags, owners, chars, start, stop, limit, line_width, forced))
        start = end
        if not forced:
            while start < count and chars[start].isspace():
                start += 1  # a wrapped line does not start with the space it broke at
    return ParaLines(kind=1, lines=lines)


class _CharSpacedText(PDFTextObject):
    """Justifies by spacing every glyph (Tc) instead of only spaces (Tw): how CJK text is justified.

    reportlab's justification calls setWordSpace(extra / gaps) with our lines counting one gap per glyph.
    """

    def setWordSpace(self, wordSpace: float) -> None:  # noqa: N803 — reportlab's name
        self.setCharSpace(wordSpace)


class KinsokuParagraph(Paragraph):
    """A Paragraph whose lines break by `split_lines` (reportlab's CJK path, with our splitter).

    Justified paragraphs spread the slack over every glyph gap, as Chinese typesetting does.
    """

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        if style.wordWrap != "CJK":
            style = style.clone(style.name + "-cjk", wordWrap="CJK")
        super().__init__(text, style, *args, **kwargs)

    def breakLinesCJK(self, max_widths: Any) -> Any:
        if not isinstance(max_widths, list | tuple):
            max_widths = [max_widths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, max_widths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        return split_lines(self.frags, list(max_widths))

    def beginText(self, x: float, y: float) -> PDFTextObject:
        if self.style.alignment == TA_JUSTIFY:
            return _CharSpacedText(self.canv, x, y)
        return super().beginText(x, y)

    def draw(self) -> None:
        # Synthetic bold strokes its outline: stroke in the text colour, not the canvas's default black.
        self.canv.setStrokeColor(self.style.textColor)
        super().draw()


def laid_out_lines(paragraph: Paragraph) -> list[str]:
    """The text of each line after `wrap`: what typesetting tests check kinsoku on."""
    para_lines = paragraph.blPara
    if para_lines.kind == 0:
        return [" ".join(words) for _space, words in para_lines.lines]
    return ["".join(frag.text for frag in line.words) for line in para_lines.lines]

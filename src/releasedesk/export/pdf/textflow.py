"""Text set by ReleaseDesk itself: plan runs → measured glyphs → lines (one linear pass) → text objects.

reportlab's `Paragraph` reads text as markup and collapses every whitespace run to one space, so the printed text
would not be the text written. Here every character is drawn as itself — U+3000 a full em, double spaces kept, a
no-break space unbreakable — each run in the font of its script (plan.scripts decided it), and breaking is kinsoku
for CJK, whole words for Latin, URLs after `/ . - ? & = #`. A justified line is never stretched beyond a small
per-gap limit: a line that ends before an unbreakable run stays ragged instead of letter-spaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from releasedesk.export.pdf import draft, layoutcache, rlfence
from releasedesk.export.pdf.fallback import FontChain, is_ignorable
from releasedesk.export.pdf.fontset import FontSet, Piece
from releasedesk.export.plan.breaks import break_opportunities, is_break_space

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from releasedesk.export.plan import Line

Align: TypeAlias = Literal["left", "center", "right", "justify"]
OBLIQUE = 0.21
"""Shear of synthetic oblique (about 12°): CJK fonts have no italic, and the editor shows Chinese italic slanted."""


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text looks on the page; sizes in points."""

    name: str
    role: str
    size: float
    leading: float
    color: str
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    space_before: float = 0.0
    space_after: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    keep_with_next: bool = False
    link_color: str = "#1B4F9C"
    max_stretch: float = 0.12
    """Justification: at most this fraction of the size added per glyph gap, or the line stays ragged."""
    hang_room: float = float("inf")
    """How far spaces at a line end may hang past the column (a paragraph's hang in the page margin). A table cell's
    room is its padding: spaces wider than that (a U+3000) stay inside the column, and count when it is aligned, or
    they would be drawn in the neighbour's box."""


@dataclass(frozen=True)
class Segment:
    """A line of plan runs set with extra marks on top of the style (the dateline is bold)."""

    line: Line
    bold: bool = False


@dataclass
class Glyphs:
    """The measured characters of a paragraph: one entry per character, pieces shared."""

    chars: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)


def measure(segments: tuple[Segment, ...], style: TextStyle, fonts: FontSet) -> Glyphs:
    """Pick each character's face and width. Bold Latin beside synthetic-bold CJK takes the same synthetic weight."""
    out = Glyphs()
    runs = [(run, style.bold or seg.bold or run.bold) for seg in segments for run in seg.line]
    unify = any(bold and run.script == "cjk" for run, bold in runs) and fonts.cjk_bold_is_synthetic()
    for run, bold in runs:
        italic = style.italic or run.italic
        chain = fonts.chain(style.role, bold=bold, italic=italic, script=run.script)
        color = style.link_color if run.href else style.color
        underline = run.underline or bool(run.href)
        last: Any = None  # colour, underline and link are the run's: within it, a new face starts a new piece
        owner = len(out.pieces) - 1
        memo = fonts.glyph_memo(chain, bold, italic, unify)
        size = style.size
        chars, owners, widths, pieces = out.chars, out.owner, out.widths, out.pieces
        for char in run.text.replace("\t", " "):  # a tab is a space on the page (no tab stops in a paragraph)
            found = memo.get(char)
            if found is None:
                found = memo[char] = _choose(fonts, chain, char, bold, italic, unify)
            if found is _SKIP:
                continue
            piece, unit_width = found
            if piece is not last and piece != last:
                pieces.append(Piece(piece.font, size, color, piece.oblique, underline, run.href, piece.stroke))
                last = piece
                owner += 1
            chars.append(char)
            owners.append(owner)
            widths.append(unit_width * size)
    return out


_SKIP = ("skip", 0.0)


def _choose(fonts: FontSet, chain: FontChain, char: str, bold: bool, italic: bool, unify: bool) -> tuple[Any, float]:
    """(how `char` is drawn, its advance per point of size), or _SKIP for an invisible character no font has."""
    face = chain.face_for(char)
    if face is None:
        if is_ignorable(char):
            return _SKIP
        face = chain.primary
    drawn = fonts.piece(face, bold=bold, italic=italic, unify_bold=unify)
    return drawn, fonts.width(drawn.font, char, 1.0)


@dataclass(frozen=True)
class LaidLine:
    """One laid-out line of a paragraph: which characters, and how wide."""

    start: int
    stop: int
    """Characters drawn: [start, stop), trailing breaking spaces included (they hang in the margin, if they may)."""
    width: float
    """Width without the hanging spaces: what alignment uses."""
    last: bool
    """The paragraph's last line or one ended by a line break: never justified."""


def break_lines(glyphs: Glyphs, width: float, hang_room: float = float("inf")) -> list[LaidLine]:
    """Greedy line breaking in one pass: each character is measured once and scanned at most twice. Spaces at a line
    end hang past `width` by at most `hang_room`; one that would hang further moves on like any other character."""
    chars, widths = glyphs.chars, glyphs.widths
    count = len(chars)
    allowed = break_opportunities(chars)
    prefix = [0.0]
    for value in widths:
        prefix.append(prefix[-1] + value)
    lines: list[LaidLine] = []
    start = 0
    while start < count:
        end = count
        forced = False
        last_break = -1
        index = start
        while index < count:
            char = chars[index]
            if char == "\n":
                end, forced = index + 1, True
                break
            if index > start and allowed[index]:
                last_break = index
            used = prefix[index + 1] - prefix[start]
            hangs = is_break_space(char) and used <= width + hang_room + 0.01
            if used > width + 0.01 and index > start and not hangs:
                end = last_break if last_break > start else index
                break
            index += 1
        text_end = end
        while text_end > start and chars[text_end - 1] == "\n":
            text_end -= 1
        visible = text_end
        while visible > start and is_break_space(chars[visible - 1]):
            visible -= 1
        if prefix[text_end] - prefix[visible] > hang_room + 0.01:
            visible = text_end  # too wide to hang: the spaces are aligned with the text
        lines.append(LaidLine(start, end, prefix[visible] - prefix[start], forced or end >= count))
        start = end
    return lines


def _char_spacing(line: LaidLine, glyphs: Glyphs, style: TextStyle, width: float) -> float:
    if style.align != "justify" or line.last:
        return 0.0
    visible = line.stop
    while visible > line.start and is_break_space(glyphs.chars[visible - 1]):
        visible -= 1
    gaps = visible - line.start - 1
    if gaps <= 0:
        return 0.0
    spacing = (width - line.width) / gaps
    return spacing if 0 < spacing <= style.max_stretch * style.size else 0.0


@lru_cache(maxsize=64)
def _color(hex_color: str) -> Color:
    """reportlab's colour for `#RRGGBB`, parsed once (every run of every line asked HexColor again)."""
    return HexColor(hex_color)


def draw_glyphs(
    canvas: Canvas, glyphs: Glyphs, start: int, stop: int, x: float, y: float, char_space: float = 0.0
) -> float:
    """Draw glyphs[start:stop] with the baseline at (x, y), then underlines and link areas; returns the end x."""
    text = canvas.beginText()
    state: list[Any] = [None, None, None]  # fill colour, (font, size), Tc set here (text state outlives BT/ET)
    decorations: list[tuple[Piece, float, float]] = []
    index = start
    while index < stop:
        owner = glyphs.owner[index]
        end = index
        while end < stop and glyphs.owner[end] == owner:
            end += 1
        piece = glyphs.pieces[owner]
        value = "".join(glyphs.chars[index:end]).replace("\n", "")
        advance = sum(glyphs.widths[index:end]) + char_space * (end - index)
        if value:
            shear = OBLIQUE if piece.oblique else 0
            rlfence.set_text_matrix(text, shear, x, y)  # position each piece exactly (no drift)
            if piece.color != state[0]:
                color = _color(piece.color)
                text.setFillColor(color)
                text.setStrokeColor(color)  # synthetic bold strokes in the text colour
                state[0] = piece.color
            if (piece.font, piece.size) != state[1]:
                text.setFont(piece.font, piece.size)
                state[1] = (piece.font, piece.size)
            if char_space != state[2]:
                text.setCharSpace(char_space)
                state[2] = char_space
            text.textOut(value)
        if piece.underline or piece.href:
            decorations.append((piece, x, x + advance - char_space))
        x += advance
        index = end
    canvas.drawText(text)
    for piece, left, right in decorations:
        if piece.underline:
            canvas.saveState()
            canvas.setStrokeColor(_color(piece.color))
            canvas.setLineWidth(piece.size * 0.06)
            canvas.line(left, y - piece.size * 0.14, right, y - piece.size * 0.14)
            canvas.restoreState()
        if piece.href:
            rect = (left, y - piece.size * 0.25, right, y + piece.size * 0.85)
            canvas.linkURL(piece.href, rect, relative=1, thickness=0)
    return x


class TextBlock(Flowable):
    """A paragraph of plan runs (with an optional label hanging in the indent, for list items)."""

    def __init__(
        self,
        segments: tuple[Segment, ...],
        style: TextStyle,
        fonts: FontSet,
        *,
        label: Line = (),
        label_indent: float = 0.0,
        _glyphs: Glyphs | None = None,
        _lines: list[LaidLine] | None = None,
        _width: float | None = None,
        _first: bool = True,
    ) -> None:
        super().__init__()
        self.segments = segments
        self.style = style
        self.fonts = fonts
        self.label = label
        self.label_indent = label_indent
        self.glyphs = _glyphs if _glyphs is not None else _measured(segments, style, fonts)
        self._label_glyphs = _measured((Segment(label),), style, fonts) if label else None
        self._lines = _lines
        self._laid_width = _width
        self._first = _first
        self.keepWithNext = style.keep_with_next

    @classmethod
    def of(cls, line: Line, style: TextStyle, fonts: FontSet) -> TextBlock:
        return cls((Segment(line),), style, fonts)

    def _column(self, avail_width: float) -> float:
        return max(avail_width - self.style.left_indent - self.style.right_indent, self.style.size)

    def natural_width(self) -> float:
        """The width of the text on one line (for label columns)."""
        return sum(self.glyphs.widths) + self.style.left_indent + self.style.right_indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        column = self._column(avail_width)
        if self._lines is None or self._laid_width != column:
            cache = layoutcache.active()
            if cache is None:
                self._lines = break_lines(self.glyphs, column, self.style.hang_room)
            else:
                glyphs, room = self.glyphs, self.style.hang_room
                self._lines = cache.lines(
                    self.segments, self.style, self.fonts, column, lambda: break_lines(glyphs, column, room)
                )
            self._laid_width = column
        self.width = avail_width
        self.height = max(len(self._lines), 1 if self._label_glyphs else 0) * self.style.leading
        return self.width, self.height

    def line_count(self) -> int:
        """Lines as last wrapped: with the style and the label, all that pagination looks at (pagecount.py)."""
        assert self._lines is not None
        return len(self._lines)

    def has_label(self) -> bool:
        return self._label_glyphs is not None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int((avail_height + 0.01) // self.style.leading)
        if fit < 1 or fit >= len(self._lines):
            return []
        if len(self._lines) >= 4:
            fit = min(fit, len(self._lines) - 2)  # no widow: two lines at least go to the next page
            if fit < 2:
                return []
        head = self._part(self._lines[:fit], first=self._first)
        tail = self._part(self._lines[fit:], first=False)
        head.style = _without_space_after(self.style)
        return [head, tail]

    def _part(self, lines: list[LaidLine], *, first: bool) -> TextBlock:
        part = TextBlock(
            self.segments,
            self.style,
            self.fonts,
            label=self.label if first else (),
            label_indent=self.label_indent,
            _glyphs=self.glyphs,
            _lines=lines,
            _width=self._laid_width,
            _first=first,
        )
        return part

    def getSpaceBefore(self) -> float:
        return self.style.space_before if self._first else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def baseline(self, number: int) -> float:
        """Baseline of line `number` measured from the block's top."""
        style = self.style
        return (style.leading - style.size) / 2 + style.size * 0.86 + number * style.leading

    def draw(self) -> None:
        assert self._lines is not None
        assert self._laid_width is not None
        if draft.skips(self.canv.getPageNumber()):
            return
        style, column = self.style, self._laid_width
        if self._label_glyphs is not None:
            y = self.height - self.baseline(0)
            draw_glyphs(self.canv, self._label_glyphs, 0, len(self._label_glyphs.chars), self.label_indent, y)
        for number, line in enumerate(self._lines):
            y = self.height - self.baseline(number)
            x = style.left_indent
            if style.align == "center":
                x += (column - line.width) / 2
            elif style.align == "right":
                x += column - line.width
            spacing = _char_spacing(line, self.glyphs, style, column)
            draw_glyphs(self.canv, self.glyphs, line.start, line.stop, x, y, spacing)


def _measured(segments: tuple[Segment, ...], style: TextStyle, fonts: FontSet) -> Glyphs:
    cache = layoutcache.active()
    if cache is None:
        return measure(segments, style, fonts)
    return cache.glyphs(segments, style, fonts, lambda: measure(segments, style, fonts))


def _without_space_after(style: TextStyle) -> TextStyle:
    from dataclasses import replace

    return replace(style, space_after=0.0)


def line_width(glyphs: Glyphs) -> float:
    """The advance width of the glyphs, in points."""
    return sum(glyphs.widths)


def string_width(value: str, font: str, size: float) -> float:
    """The advance width of `value` in a registered font at `size` points."""
    return pdfmetrics.stringWidth(value, font, size)

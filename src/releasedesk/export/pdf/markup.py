"""Model text → reportlab paragraph markup: cleaned, escaped, split per font, marks inside the font tags.

reportlab reads paragraph text as markup (`AT&T` becomes "AT&T;", `<b>x` raises), and its `<font>` tag resets
bold/italic — so every piece names its exact face (bold and italic are faces, not tags) and all user text is escaped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from releasedesk.export.pdf.fallback import FontChain
from releasedesk.export.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from releasedesk.export.pdf.template import FontConfig
from releasedesk.model.richtext import Run
from releasedesk.model.textclean import clean_text

SERIF, SANS = "serif", "sans"
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:", "ftp://")


def escape(value: str) -> str:
    """`&`, `<`, `>` as entities: reportlab reads paragraph text as markup.

    (xml.sax.saxutils does the same but its import pulls in urllib and http, a quarter of the command's start-up.)
    """
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    """An attribute value in double quotes."""
    return '"' + escape(value).replace('"', "&quot;") + '"'


def variant_of(bold: bool, italic: bool) -> str:
    if bold and italic:
        return BOLD_ITALIC
    return BOLD if bold else ITALIC if italic else REGULAR


class FontSet:
    """The font chains of one FontConfig, by role and variant; shared by every render with that config."""

    def __init__(self, config: FontConfig) -> None:
        self.config = config
        self._chains: dict[tuple[str, str], FontChain] = {}
        self._lock = threading.Lock()

    def chain(self, role: str, variant: str = REGULAR) -> FontChain:
        key = (role, variant)
        with self._lock:
            chain = self._chains.get(key)
            if chain is None:
                latin = self.config.serif if role == SERIF else self.config.sans
                chain = self._chains[key] = FontChain(self.config.chain(latin), variant, cjk_index=1)
            return chain

    def base_font(self, role: str, variant: str = REGULAR) -> str:
        """The reportlab font name a style uses for its own metrics and bullets."""
        return self.chain(role, variant).primary.name


def link_target(href: str | None) -> str | None:
    """The href when it is a kind of link a PDF viewer should open; others are shown as plain text."""
    if not href:
        return None
    href = clean_text(href).strip()
    return href if href.lower().startswith(_LINK_SCHEMES) and not any(c.isspace() for c in href) else None


def text_markup(
    text: str,
    fonts: FontSet,
    role: str,
    *,
    chinese: bool,
    bold: bool = False,
    italic: bool = False,
) -> str:
    """Plain text (may contain newlines) as markup: each stretch in the font that has its glyphs."""
    chain = fonts.chain(role, variant_of(bold, italic))
    lines = clean_text(text).replace("\t", " ").split("\n")
    out = []
    for number, line in enumerate(lines):
        if number:
            out.append("<br/>")
        for face, piece in chain.split(line, chinese=chinese):
            out.append(f'<font name="{face.name}">{escape(piece)}</font>')
    return "".join(out)


def runs_markup(
    runs: Iterable[Run],
    fonts: FontSet,
    role: str,
    *,
    chinese: bool,
    bold: bool = False,
    italic: bool = False,
    link_color: str = "#1B4F9C",
) -> str:
    """Inline runs as markup; links are coloured, underlined and clickable."""
    out = []
    for run in runs:
        piece = text_markup(run.text, fonts, role, chinese=chinese, bold=bold or run.bold, italic=italic or run.italic)
        if not piece:
            continue
        target = link_target(run.href)
        if run.underline or target:
            piece = f"<u>{piece}</u>"
        if target:
            piece = f"<a href={quoteattr(target)} color={quoteattr(link_color)}>{piece}</a>"
        out.append(piece)
    return "".join(out)

"""How each model construct looks in a QTextDocument, and the custom properties that tell them apart.

The formats are display only: marks are read back from weight/italic/underline, links from the anchor, block
kinds from heading level, list membership, BlockQuoteLevel and our FIGURE_ROLE property (see convert.py).
"""

from __future__ import annotations

from enum import IntEnum
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat, QTextListFormat

from releasedesk.model.richtext import Mark

IMAGE_SCHEME = "releasedesk-image"
FIGURE_ROLE = QTextFormat.Property.UserProperty + 0x5244
"""Block property holding a FigureRole: the image block of a figure, or the caption block right after it."""

LINK_COLOR = QColor("#1a5fb4")
CAPTION_COLOR = QColor("#505050")
QUOTE_BACKGROUND = QColor("#f1f1ef")
QUOTE_MARGIN = 24.0
BLOCK_SPACING = 6.0
BOLD_THRESHOLD = QFont.Weight.DemiBold
"""Weights from DemiBold (600, Word's and CSS's "semibold") up read as the bold mark."""
HEADING_SIZE_ADJUSTMENT = {1: 3, 2: 2, 3: 1}
"""FontSizeAdjustment per heading level: relative, so headings follow the editor's zoom and base size."""


class FigureRole(IntEnum):
    """What a block of a figure holds: the image, or its caption."""

    IMAGE = 1
    CAPTION = 2


def image_name(image_id: str) -> str:
    """The resource name of an image: any id (spaces, CJK, `<&>`) survives the percent-encoding."""
    return f"{IMAGE_SCHEME}:{quote(image_id, safe='')}"


def image_url(image_id: str) -> QUrl:
    """The document resource URL of an image."""
    return QUrl(image_name(image_id))


def image_id_from_name(name: str) -> str | None:
    """The image id behind a resource name, or None for anything that is not one of ours (file:, http:, …)."""
    prefix = f"{IMAGE_SCHEME}:"
    return unquote(name[len(prefix) :]) if name.startswith(prefix) else None


def char_format(
    marks: frozenset[Mark], href: str | None, base: QTextCharFormat | None = None, plain_color: QColor | None = None
) -> QTextCharFormat:
    """`base` with the look of a run (marks, link) set or cleared, so applying it replaces a previous look.

    `plain_color` is the text colour outside links (a caption's grey), None for the document default.
    """
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if Mark.BOLD in marks else QFont.Weight.Normal)
    fmt.setFontItalic(Mark.ITALIC in marks)
    fmt.clearProperty(QTextFormat.Property.FontUnderline)
    if Mark.UNDERLINE in marks:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    elif href is not None:
        # Links without the underline mark get a dotted line: a solid one would read back as the mark.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    if href is not None:
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setForeground(LINK_COLOR)
        fmt.setToolTip(href)
    else:
        fmt.clearProperty(QTextFormat.Property.IsAnchor)
        fmt.clearProperty(QTextFormat.Property.AnchorHref)
        fmt.clearProperty(QTextFormat.Property.TextToolTip)
        if plain_color is not None:
            fmt.setForeground(plain_color)
        else:
            fmt.clearForeground()
    return fmt


def marks_of(fmt: QTextCharFormat) -> frozenset[Mark]:
    """The model's marks in a character format."""
    marks = set()
    if fmt.fontWeight() >= BOLD_THRESHOLD:
        marks.add(Mark.BOLD)
    if fmt.fontItalic():
        marks.add(Mark.ITALIC)
    if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline or (
        not fmt.hasProperty(QTextFormat.Property.TextUnderlineStyle) and fmt.fontUnderline()
    ):
        marks.add(Mark.UNDERLINE)
    return frozenset(marks)


def href_of(fmt: QTextCharFormat) -> str | None:
    """The link of a character format, or None."""
    return fmt.anchorHref() if fmt.isAnchor() else None


def block_char_look(heading_level: int = 0, caption: bool = False) -> QTextCharFormat:
    """Size (and a caption's colour) of a block's text, merged over its runs; never touches marks or links."""
    fmt = QTextCharFormat()
    adjustment = -1 if caption else HEADING_SIZE_ADJUSTMENT.get(heading_level, 0)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, adjustment)
    if caption:
        fmt.setForeground(CAPTION_COLOR)
    return fmt


def paragraph_format() -> QTextBlockFormat:
    """The block format of a body paragraph."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(BLOCK_SPACING)
    fmt.setHeadingLevel(0)
    return fmt


def heading_format(level: int) -> QTextBlockFormat:
    """The block format of a heading at `level`."""
    fmt = paragraph_format()
    fmt.setHeadingLevel(level)
    fmt.setTopMargin(BLOCK_SPACING * 2)
    return fmt


def quote_format() -> QTextBlockFormat:
    """The block format of a quotation."""
    fmt = paragraph_format()
    fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 1)
    fmt.setLeftMargin(QUOTE_MARGIN)
    fmt.setRightMargin(QUOTE_MARGIN)
    fmt.setBackground(QUOTE_BACKGROUND)
    return fmt


def list_item_format() -> QTextBlockFormat:
    """The block format of a list item (the list format sets the indent)."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(BLOCK_SPACING / 2)
    return fmt


def figure_format(role: FigureRole) -> QTextBlockFormat:
    """The block format of a figure's image or caption block."""
    fmt = paragraph_format()
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setProperty(FIGURE_ROLE, int(role))
    if role == FigureRole.IMAGE:
        fmt.setBottomMargin(2.0)
        fmt.setTopMargin(BLOCK_SPACING)
    return fmt


def list_format(ordered: bool, level: int) -> QTextListFormat:
    """The list format of a list of this kind at `level`."""
    fmt = QTextListFormat()
    fmt.setStyle(ordered_style(ordered, level))
    fmt.setIndent(level + 1)
    return fmt


def ordered_style(ordered: bool, level: int) -> QTextListFormat.Style:
    """Bullets and numbers vary by depth, as word processors do, so nesting stays readable."""
    if ordered:
        styles = (
            QTextListFormat.Style.ListDecimal,
            QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListLowerRoman,
        )
    else:
        styles = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)
    return styles[level % 3]


def is_ordered_style(style: QTextListFormat.Style) -> bool:
    """The list style numbers its items (rather than bullets)."""
    return style.value <= QTextListFormat.Style.ListDecimal.value


# Read properties with intProperty: PySide6 6.12's QTextFormat.property() (like QObject.property and
# QTextDocument.resource) drops a reference to None when the value is absent, and the interpreter aborts later.
def figure_role(fmt: QTextBlockFormat) -> FigureRole | None:
    """The figure role of a block format, or None for a block outside figures."""
    value = fmt.intProperty(FIGURE_ROLE)
    return FigureRole(value) if value in (FigureRole.IMAGE, FigureRole.CAPTION) else None


def is_quote(fmt: QTextBlockFormat) -> bool:
    """The block format is a quotation's."""
    return fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0

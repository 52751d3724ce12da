"""The body blocks of one plan section: paragraphs, headings, lists, quotes and figures, each in its named style."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.images import add_image
from releasedesk.export.docx.inline import add_line, add_text
from releasedesk.export.docx.styles import NAMES, styled_paragraph
from releasedesk.export.docx.table import write_table
from releasedesk.export.plan import (
    FigureBlock,
    HeadingBlock,
    ListItemBlock,
    ParagraphBlock,
    PlanBlock,
    QuoteBlock,
    TableBlock,
    line_text,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.shared import Length
    from docx.text.paragraph import Paragraph as DocxParagraph

    from releasedesk.export.docx.numbering import ListNumbering
    from releasedesk.model.release import Lang


@dataclass
class BodyContext:
    """What the body writer needs besides the blocks: the document, language, list numbering and column sizes."""

    document: Document
    lang: Lang
    numbering: ListNumbering
    text_width: Length
    max_image_height: Length


def _paragraph(ctx: BodyContext, style: str) -> DocxParagraph:
    return styled_paragraph(ctx.document, style)


def write_body(ctx: BodyContext, blocks: tuple[PlanBlock, ...]) -> None:
    """Walk the plan's blocks; list numbers restart exactly where the plan's labels do."""
    link = NAMES.hyperlink
    for block in blocks:
        match block:
            case ParagraphBlock(runs, lead):
                paragraph = _paragraph(ctx, NAMES.body)
                add_line(paragraph, lead, hyperlink_style=link, style=NAMES.dateline, marks=False)
                add_line(paragraph, runs, hyperlink_style=link)
            case HeadingBlock(level, runs):
                add_line(_paragraph(ctx, NAMES.heading(level)), runs, hyperlink_style=link)
            case ListItemBlock(ordered, level, label, runs):
                paragraph = _paragraph(ctx, NAMES.list_number if ordered else NAMES.list_bullet)
                ctx.numbering.apply(paragraph, ordered=ordered, level=level, label=label)
                add_line(paragraph, runs, hyperlink_style=link)
            case QuoteBlock(runs):
                add_line(_paragraph(ctx, NAMES.quote), runs, hyperlink_style=link)
            case FigureBlock():
                _write_figure(ctx, block)
            case TableBlock():
                write_table(ctx.document, block, ctx.text_width)


def _write_figure(ctx: BodyContext, block: FigureBlock) -> None:
    """The picture, then its caption; a missing or unreadable image prints the plan's placeholder."""
    placed = False
    if block.image is not None:
        paragraph = _paragraph(ctx, NAMES.figure)
        alt = block.image.alt or line_text(block.caption)
        placed = add_image(paragraph.add_run(), block.image, alt, ctx.text_width, ctx.max_image_height)
        if not placed:
            element = docxfence.p_of(paragraph)
            element.getparent().remove(element)
    if not placed:
        add_text(_paragraph(ctx, NAMES.caption), block.placeholder, ctx.lang)
    if block.caption:
        add_line(_paragraph(ctx, NAMES.caption), block.caption, hyperlink_style=NAMES.hyperlink)

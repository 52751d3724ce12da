"""The body blocks of one language: paragraphs, headings, lists, quotes and figures, each in its named style."""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.shared import Length
from docx.text.paragraph import Paragraph as DocxParagraph

from releasedesk.export.docx.images import add_image
from releasedesk.export.docx.inline import add_runs, add_text
from releasedesk.export.docx.numbering import ListNumbering
from releasedesk.export.docx.styles import NAMES, styled_paragraph
from releasedesk.model.release import Lang, Release
from releasedesk.model.richtext import MAX_HEADING_LEVEL, Block, Figure, Heading, ListItem, Paragraph, Quote


@dataclass
class BodyContext:
    document: Document
    release: Release
    lang: Lang
    numbering: ListNumbering
    text_width: Length
    max_image_height: Length


def _paragraph(ctx: BodyContext, style: str) -> DocxParagraph:
    return styled_paragraph(ctx.document, style)


def write_body(ctx: BodyContext, blocks: list[Block], dateline: str | None) -> None:
    """Walk the blocks; the English dateline leads the first paragraph (standing alone only if there is none)."""
    lead = next((i for i, block in enumerate(blocks) if isinstance(block, Paragraph)), None)
    if dateline and lead is None:
        add_text(_paragraph(ctx, NAMES.body), dateline, ctx.lang, style=NAMES.dateline)
    previous: Block | None = None
    for index, block in enumerate(blocks):
        if isinstance(block, ListItem) and not isinstance(previous, ListItem):
            ctx.numbering.start_list()
        _write_block(ctx, block, dateline if index == lead else None)
        previous = block


def _write_block(ctx: BodyContext, block: Block, dateline: str | None) -> None:
    lang, link = ctx.lang, NAMES.hyperlink
    match block:
        case Paragraph(runs):
            paragraph = _paragraph(ctx, NAMES.body)
            if dateline:
                add_text(paragraph, dateline, lang, style=NAMES.dateline)
                add_text(paragraph, " ", lang)
            add_runs(paragraph, runs, lang, hyperlink_style=link)
        case Heading(level, runs):
            paragraph = _paragraph(ctx, NAMES.heading(max(1, min(level, MAX_HEADING_LEVEL))))
            add_runs(paragraph, runs, lang, hyperlink_style=link)
        case ListItem(ordered, level, runs):
            paragraph = _paragraph(ctx, NAMES.list_number if ordered else NAMES.list_bullet)
            ctx.numbering.apply(paragraph, ordered=ordered, level=level)
            add_runs(paragraph, runs, lang, hyperlink_style=link)
        case Quote(runs):
            paragraph = _paragraph(ctx, NAMES.quote)
            add_runs(paragraph, runs, lang, hyperlink_style=link)
        case Figure(image_id, _):
            _write_figure(ctx, image_id, block)


def _write_figure(ctx: BodyContext, image_id: str, block: Figure) -> None:
    """The picture, then its caption; a missing or unreadable image leaves the caption (preflight reports it)."""
    image = ctx.release.image(image_id)
    if image is not None:
        paragraph = _paragraph(ctx, NAMES.figure)
        alt = image.alt.best(ctx.lang) or "".join(run.text for run in block.caption)
        if not add_image(paragraph.add_run(), image, alt, ctx.text_width, ctx.max_image_height):
            paragraph._p.getparent().remove(paragraph._p)
    if block.caption:
        add_runs(_paragraph(ctx, NAMES.caption), block.caption, ctx.lang, hyperlink_style=NAMES.hyperlink)

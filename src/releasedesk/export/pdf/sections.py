"""The story of each plan section: letterhead, meta block, headline, body blocks, end mark, boilerplate, contacts.

What is said comes from the plan, already worded, labelled and filtered; this module only decides the flowables.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import Flowable, KeepTogether, PageBreak, Spacer
from reportlab.platypus.tables import Table, TableStyle

from releasedesk.export.pdf.flowables import Bookmark, FigureBox, Letterhead, QuoteBar, Rule
from releasedesk.export.pdf.fontset import SANS, FontSet
from releasedesk.export.pdf.images import PreparedImage, prepare
from releasedesk.export.pdf.pagecount import keyed
from releasedesk.export.pdf.styles import Styles, build_styles
from releasedesk.export.pdf.table import table_flowable
from releasedesk.export.pdf.textflow import Segment, TextBlock, TextStyle
from releasedesk.export.plan import (
    FigureBlock,
    HeadingBlock,
    Line,
    ListItemBlock,
    ParagraphBlock,
    Plan,
    PlanImage,
    QuoteBlock,
    Section,
    TableBlock,
    line_text,
)
from releasedesk.export.plan.scripts import script_line

if TYPE_CHECKING:
    from releasedesk.export.pdf.template import PdfTemplate
    from releasedesk.export.plan.values import PlanContact

_TABLE_BASE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
]


@dataclass
class _Context:
    section: Section
    template: PdfTemplate
    fonts: FontSet
    styles: Styles

    def text(self, line: Line, style: TextStyle) -> TextBlock:
        return TextBlock.of(line, style, self.fonts)


def _prepared(image: PlanImage | None, width: float) -> PreparedImage | None:
    return prepare(image.data, width) if image is not None else None


def _letterhead(ctx: _Context) -> Flowable:
    head, styles = ctx.section.letterhead, ctx.styles
    logo_height = ctx.template.logo_height_mm * mm
    names: list[Flowable] = []
    if head.agency:
        names.append(ctx.text(head.agency, styles.agency))
    if head.agency_other:
        names.append(ctx.text(head.agency_other, styles.agency_other))
    letterhead = Letterhead(
        logo=_prepared(head.logo, logo_height * 4),
        logo_height=logo_height,
        names=names,
        news=ctx.text(head.news_label, styles.news_release),
        accent=ctx.template.accent_color,
    )
    return keyed(letterhead, "letterhead", head)


def _table(ctx: _Context, rows: list[list[object]], widths: list[float], extra: list[tuple[Any, ...]]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    font = [("FONTNAME", (0, 0), (-1, -1), ctx.fonts.base_font(SANS))]  # else reportlab names unembedded Helvetica
    table.setStyle(TableStyle(_TABLE_BASE + font + extra))
    return table


def _meta_block(ctx: _Context) -> list[Flowable]:
    section, styles = ctx.section, ctx.styles
    out: list[Flowable] = [Spacer(1, 8), ctx.text(section.release_line, styles.release_line)]
    if section.meta:
        labels = [ctx.text(row.label, styles.meta) for row in section.meta]
        label_width = max(label.natural_width() for label in labels) + 12
        rows: list[list[object]] = [
            [label, ctx.text(row.value, styles.meta)] for label, row in zip(labels, section.meta, strict=True)
        ]
        padding = [("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]
        padding.append(("BOTTOMPADDING", (0, 0), (-1, -1), 0))
        table = _table(ctx, rows, [label_width, ctx.template.column_width - label_width], padding)
        out += [Spacer(1, 3), keyed(table, "meta", section.meta)]
    if section.stamp and ctx.template.house.stamp_place == "meta":
        out.append(ctx.text(section.stamp, styles.stamp))
    out.append(keyed(Rule(ctx.template.muted_color, 0.4, space_before=6, space_after=12), "rule", 6, 12))
    return out


def _figure(ctx: _Context, block: FigureBlock) -> Flowable:
    styles = ctx.styles
    prepared = _prepared(block.image, ctx.template.column_width)
    caption = ctx.text(block.caption, styles.caption) if block.caption else None
    if prepared is None:
        placeholder = ctx.text(script_line(block.placeholder, ctx.section.lang), styles.placeholder)
        return KeepTogether([placeholder, caption]) if caption else placeholder
    top, _right, bottom, _left = ctx.template.margins
    max_height = (ctx.template.page_size_points[1] - top - bottom) * 0.42
    return FigureBox(prepared, ctx.template.column_width, max_height, caption, ctx.template.paragraph_space)


def _list_item(ctx: _Context, block: ListItemBlock) -> TextBlock:
    indent = ctx.template.list_indent_mm * mm * (block.level + 1)
    style = replace(ctx.styles.list_item, left_indent=indent)
    label = script_line(block.label, ctx.section.lang)
    return TextBlock((Segment(block.runs),), style, ctx.fonts, label=label, label_indent=indent - 4.6 * mm)


def _body(ctx: _Context, key_prefix: str) -> list[Flowable]:
    styles = ctx.styles
    out: list[Flowable] = []
    in_list = False
    for number, block in enumerate(ctx.section.body, start=1):
        if in_list and not isinstance(block, ListItemBlock):
            out.append(Spacer(1, ctx.template.paragraph_space / 2))  # a list ends: full paragraph space
        in_list = isinstance(block, ListItemBlock)
        match block:
            case ParagraphBlock(runs, lead):
                segments = (Segment(lead, bold=True), Segment(runs)) if lead else (Segment(runs),)
                out.append(TextBlock(segments, styles.body, ctx.fonts))
            case HeadingBlock(level, runs):
                style = styles.headings[level - 1]
                title = line_text(runs).strip()
                if title and level == 1:
                    out.append(Bookmark(f"{key_prefix}-h{number}", title, level=1))
                out.append(ctx.text(runs, style))
            case ListItemBlock():
                out.append(_list_item(ctx, block))
            case QuoteBlock(runs):
                quote = ctx.text(runs, styles.quote)
                out.append(keyed(QuoteBar(quote, ctx.template.accent_color, styles.quote.left_indent), "quote", block))
            case FigureBlock():
                out.append(keyed(_figure(ctx, block), "figure", block))
            case TableBlock():
                width = ctx.template.column_width
                out.append(keyed(table_flowable(block, styles.body, styles.caption, ctx.fonts, width), "table", block))
    return out


def _closing(ctx: _Context) -> list[Flowable]:
    section, styles = ctx.section, ctx.styles
    out: list[Flowable] = []
    if section.end_mark:
        out.append(ctx.text(section.end_mark, styles.end_mark))
    if section.boilerplate:
        heading = ctx.text(section.boilerplate_heading, styles.section_label)
        paragraphs = [ctx.text(line, styles.boilerplate) for line in section.boilerplate]
        out.append(KeepTogether([heading, paragraphs[0]]))
        out.extend(paragraphs[1:])
    if section.contacts:
        grid = section.contact_rows(ctx.template.house.contact_columns)
        rows: list[list[object]] = [[_contact_cell(ctx, contact) for contact in row] for row in grid]
        columns = len(rows[0])
        width = ctx.template.column_width
        padding = [("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 2)]
        padding.append(("BOTTOMPADDING", (0, 0), (-1, -1), 6))
        table = _table(ctx, rows, [width / columns] * columns, padding)
        heading = ctx.text(section.contacts_heading, styles.section_label)
        rule = keyed(Rule(ctx.template.muted_color, 0.4, 6, 4), "rule", 6, 4)
        out.append(KeepTogether([rule, heading, keyed(table, "contacts", grid)]))
    if section.stamp and ctx.template.house.stamp_place == "end":
        out.append(ctx.text(section.stamp, replace(styles.stamp, space_before=10)))
    return out


def _contact_cell(ctx: _Context, contact: PlanContact | None) -> list[object]:
    """One contact's name and details; an empty cell pads the last row."""
    if contact is None:
        return []
    cell: list[object] = [ctx.text(contact.name, ctx.styles.contact_name)] if contact.name else []
    cell.extend(ctx.text(detail, ctx.styles.contact_detail) for detail in contact.details)
    return cell


def section_stories(plan: Plan, template: PdfTemplate, fonts: FontSet) -> list[list[Flowable]]:
    """Each language section's flowables, in plan order (each starts on a new page, see build_story)."""
    stories: list[list[Flowable]] = []
    for section in plan.sections:
        ctx = _Context(section, template, fonts, build_styles(template, section.lang))
        key = f"section-{section.lang}"
        story: list[Flowable] = [Bookmark(key, section.title), _letterhead(ctx)]
        story += _meta_block(ctx)
        if section.headline:
            story.append(ctx.text(section.headline, ctx.styles.headline))
        if section.subheadline:
            story.append(ctx.text(section.subheadline, ctx.styles.subheadline))
        story.append(Spacer(1, 10))
        story += _body(ctx, key)
        story += _closing(ctx)
        stories.append(story)
    return stories


def join_sections(plan: Plan, stories: list[list[Flowable]]) -> list[Flowable]:
    """The whole document's flowables: each language section on its own page template, from a new page."""
    story: list[Flowable] = []
    for number, (section, part) in enumerate(zip(plan.sections, stories, strict=True)):
        if number:
            story += [NextPageTemplate(section.lang), PageBreak()]
        story += part
    return story


def build_story(plan: Plan, template: PdfTemplate, fonts: FontSet) -> list[Flowable]:
    """The whole document's flowables: each language section on its own page template."""
    return join_sections(plan, section_stories(plan, template, fonts))

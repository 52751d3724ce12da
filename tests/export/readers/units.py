"""The text units every format must carry, in reading order: the one definition every reader is compared against.

One unit per non-empty line of the plan:
- letterhead: the agency, the agency's name in the other language (bilingual exports: printed, so a unit), the news
  label;
- the release line; each meta row; the approval stamp (an approved copy only; under the meta block or at the end of
  the section, the house style's `stamp_place`);
- headline, subheadline, each body block (paragraph: `lead + text`; list item: `label + join + text`; figure: the
  missing-image placeholder when the image is missing — it is printed text — then the caption; table: its caption,
  then each cell in reading order);
- end mark, boilerplate heading and paragraphs, contacts heading, each contact's name and detail lines.

How a format puts two fields on one line differs, so each reader declares it: `META_JOIN` between a meta label and its
value (None: the format keeps them as two units, e.g. HTML's dt/dd), `JOIN` between a list label and its text.
Page furniture (running heads, footers, page numbers) and the watermark are not units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.plan import (
    FigureBlock,
    HeadingBlock,
    ListItemBlock,
    ParagraphBlock,
    Plan,
    PlanBlock,
    QuoteBlock,
    Section,
    TableBlock,
    line_text,
)
from releasedesk.export.plan.tables import cell_lines

if TYPE_CHECKING:
    from collections.abc import Callable


def _same(unit: str) -> str:
    return unit


def block_units(block: PlanBlock, join: str = " ", cell: Callable[[str], str] = _same) -> list[str]:
    """`cell` maps a table cell's unit to what the format's cells can carry."""
    match block:
        case ParagraphBlock(runs, lead):
            return [line_text(lead) + line_text(runs)]
        case ListItemBlock(label=label, runs=runs):
            return [f"{label}{join}{line_text(runs)}" if runs else label]
        case HeadingBlock(runs=runs) | QuoteBlock(runs=runs):
            return [line_text(runs)]
        case FigureBlock(caption=caption):
            return [block.placeholder if block.image is None else "", line_text(caption)]
        case TableBlock():
            lines = [line_text(line) for line in cell_lines(block)]  # the caption, then every cell in reading order
            return lines[:1] + [cell(line) for line in lines[1:]] if block.caption else [cell(line) for line in lines]
    raise TypeError(block)


def section_units(
    section: Section,
    *,
    join: str = " ",
    meta_join: str | None = None,
    stamp_place: str = "meta",
    comparable: Callable[[str], str] = _same,
    cell: Callable[[str], str] = _same,
) -> list[str]:
    """`comparable` maps each unit to what the format can carry (plain text: no line breaks inside a unit), `cell`
    each table cell (plain text: no spaces at a cell's edges, where its padding is)."""
    head = section.letterhead
    stamp = line_text(section.stamp)
    units = [line_text(head.agency), line_text(head.agency_other), line_text(head.news_label)]
    units.append(line_text(section.release_line))
    for row in section.meta:
        label, value = line_text(row.label), line_text(row.value)
        units += [label, value] if meta_join is None else [label + meta_join + value]
    if stamp_place == "meta":
        units.append(stamp)
    units += [line_text(section.headline), line_text(section.subheadline)]
    for block in section.body:
        units += block_units(block, join, cell)
    units.append(line_text(section.end_mark))
    if section.boilerplate:
        units.append(line_text(section.boilerplate_heading))
        units += [line_text(line) for line in section.boilerplate]
    if section.contacts:
        units.append(line_text(section.contacts_heading))
        for contact in section.contacts:
            units += [line_text(contact.name), *(line_text(line) for line in contact.details)]
    if stamp_place == "end":
        units.append(stamp)
    return [comparable(unit) for unit in units if unit]


def plan_units(
    plan: Plan,
    *,
    join: str = " ",
    meta_join: str | None = None,
    stamp_place: str = "meta",
    comparable: Callable[[str], str] = _same,
    cell: Callable[[str], str] = _same,
) -> list[str]:
    """Every section's units, sections in order."""
    return [
        unit
        for section in plan.sections
        for unit in section_units(
            section, join=join, meta_join=meta_join, stamp_place=stamp_place, comparable=comparable, cell=cell
        )
    ]


def reader_units(plan: Plan, reader: object, *, stamp_place: str = "meta") -> list[str]:
    """The units `reader` (a module of export.readers) must read back from an export of `plan`."""
    return plan_units(
        plan,
        join=reader.JOIN,  # type: ignore[attr-defined]
        meta_join=reader.META_JOIN,  # type: ignore[attr-defined]
        stamp_place=stamp_place,
        comparable=getattr(reader, "comparable", _same),
        cell=getattr(reader, "comparable_cell", _same),
    )

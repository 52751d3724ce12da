"""The text units every format must carry, in reading order: what the parity tests compare readers against.

One unit per non-empty line of the plan: letterhead agency (and the other language's name on bilingual exports),
news label, release line, each meta label and each value, headline, subheadline, each body block (list item: `label
+ " " + text`; paragraph: `lead + text`; figure: its caption; table: caption, then each cell), end mark, boilerplate
heading and paragraphs, contacts heading, each contact's name and detail lines. Page furniture (running heads,
footers, page numbers) and the watermark are not units.
"""

from __future__ import annotations

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


def block_units(block: PlanBlock) -> list[str]:
    """A table gives its caption and then every cell in reading order; any other block one unit."""
    if isinstance(block, TableBlock):
        return [line_text(line) for line in cell_lines(block)]
    return [block_unit(block)]


def block_unit(block: PlanBlock) -> str:
    match block:
        case ParagraphBlock(runs, lead):
            return line_text(lead) + line_text(runs)
        case ListItemBlock(label=label, runs=runs):
            return f"{label} {line_text(runs)}" if runs else label
        case HeadingBlock(runs=runs) | QuoteBlock(runs=runs):
            return line_text(runs)
        case FigureBlock(caption=caption):
            return line_text(caption)
    raise TypeError(block)


def section_units(section: Section) -> list[str]:
    head = section.letterhead
    units = [line_text(head.agency), line_text(head.agency_other), line_text(head.news_label)]
    units.append(line_text(section.release_line))
    for row in section.meta:
        units += [line_text(row.label), line_text(row.value)]
    units += [line_text(section.headline), line_text(section.subheadline)]
    units += [unit for block in section.body for unit in block_units(block)]
    units.append(line_text(section.end_mark))
    if section.boilerplate:
        units.append(line_text(section.boilerplate_heading))
        units += [line_text(line) for line in section.boilerplate]
    if section.contacts:
        units.append(line_text(section.contacts_heading))
        for contact in section.contacts:
            units += [line_text(contact.name), *(line_text(line) for line in contact.details)]
    return [unit for unit in units if unit]


def plan_units(plan: Plan) -> list[str]:
    """Every section's units, sections in order."""
    return [unit for section in plan.sections for unit in section_units(section)]

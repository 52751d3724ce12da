"""Plan → plain text for wire services and e-mail: UTF-8, 72 columns, every character as written.

Layout: blocks separated by one empty line; one unit per block, except the letterhead, the meta rows and each
contact, which are blocks of one unit per line. A meta row is `label<TAB>value`, labels padded with spaces to
one width. A line that continues on the next
(a wrap, or a line break inside a paragraph) ends with one extra space, as in format=flowed with DelSp=yes
(RFC 3676): a reader deletes that space and the line end, and gets the text back. Links are written out as
`text <url>`. The document state (DRAFT) opens the file as `*** DRAFT ***`; language sections are separated by a
rule of 72 `=`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.plan.values import (
    FigureBlock,
    HeadingBlock,
    Line,
    ListItemBlock,
    ParagraphBlock,
    Plan,
    PlanBlock,
    QuoteBlock,
    Section,
    TableBlock,
    line_text,
)
from releasedesk.export.text.table import table_lines
from releasedesk.export.text.wrap import display_width, wrap

if TYPE_CHECKING:
    from collections.abc import Iterable

WIDTH = 72
SECTION_RULE = "=" * WIDTH
SOFT = " "
"""Marks a line that continues on the next one (format=flowed, DelSp=yes)."""


def _href_text(href: str) -> str:
    """The URL as written between angle brackets: the brackets and spaces cannot occur inside it."""
    return href.replace("%", "%25").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def spelled_out(line: Line) -> str:
    """The line's text with each link's target written after it: `text <url>` (once, when the text is not the URL)."""
    out: list[str] = []
    index = 0
    while index < len(line):
        run = line[index]
        if run.href is None:
            out.append(run.text)
            index += 1
            continue
        stop = index
        while stop < len(line) and line[stop].href == run.href:
            stop += 1
        label = "".join(part.text for part in line[index:stop])
        target = _href_text(run.href)
        shown = label.strip()
        bare = target.split(":", 1)[1] if target.startswith(("mailto:", "tel:")) else target
        out.append(label if shown in (target, bare) else f"{label} <{target}>")
        index = stop
    return "".join(out).replace("\t", " ")


def _unit_lines(text: str) -> list[str]:
    """One unit as lines: its own line breaks and the wraps both end in the continuation mark, which fits in the
    72 columns with the rest of the line (only the unit's last line has none)."""
    pieces = [piece for piece in text.split("\n") if piece]
    lines: list[str] = []
    for number, piece in enumerate(pieces):
        last = number == len(pieces) - 1
        lines.extend(wrap(piece, WIDTH, mark=len(SOFT)) if last else wrap(piece, WIDTH - len(SOFT)))
    return [line + SOFT for line in lines[:-1]] + lines[-1:]


def _group(units: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for unit in units:
        lines.extend(_unit_lines(unit))
    return lines


def _block_text(block: PlanBlock) -> str:
    match block:
        case ParagraphBlock(runs, lead):
            return spelled_out(lead) + spelled_out(runs)
        case ListItemBlock(label=label, runs=runs):
            return f"{label} {spelled_out(runs)}" if runs else label
        case HeadingBlock(runs=runs) | QuoteBlock(runs=runs):
            return spelled_out(runs)
        case FigureBlock(caption=caption):
            return spelled_out(caption)
    return ""


def _block_units(block: PlanBlock) -> list[str]:
    """A missing image's placeholder is printed, as in every format, in a block of its own before the caption."""
    if isinstance(block, FigureBlock) and block.image is None:
        return [block.placeholder.replace("\t", " "), _block_text(block)]  # a tab marks a meta row here
    return [_block_text(block)]


def _body_block(block: PlanBlock) -> list[list[str]]:
    """Each printed unit of a body block as its lines; a table is one unit (its caption, then the grid)."""
    if isinstance(block, TableBlock):
        return [_table(block)]
    return [_unit_lines(unit) for unit in _block_units(block)]


def _table(block: TableBlock) -> list[str]:
    """The caption (wrapped like a paragraph), then the grid; links spelled out inside their cells."""
    texts = {id(cell): spelled_out(cell.runs) for row in block.rows for cell in row}
    caption = _unit_lines(spelled_out(block.caption)) if block.caption else []
    return [*caption, *table_lines(block, texts, WIDTH)]


def _meta(section: Section) -> list[str]:
    """`label<TAB>value` rows; labels padded to one width so the values line up at the same tab stop."""
    labels = [spelled_out(row.label) for row in section.meta]
    width = max((display_width(label) for label in labels), default=0)
    return _group(
        f"{label}{' ' * (width - display_width(label))}\t{spelled_out(row.value)}"
        for label, row in zip(labels, section.meta, strict=True)
    )


def _section_blocks(section: Section, stamp_place: str) -> list[list[str]]:
    head = section.letterhead
    stamp = _unit_lines(spelled_out(section.stamp))
    blocks = [
        _group(spelled_out(line) for line in (head.agency, head.agency_other, head.news_label)),
        _unit_lines(spelled_out(section.release_line)),
        _meta(section),
        stamp if stamp_place == "meta" else [],
        _unit_lines(spelled_out(section.headline)),
        _unit_lines(spelled_out(section.subheadline)),
        *(lines for block in section.body for lines in _body_block(block)),
        _unit_lines(spelled_out(section.end_mark)),
        _unit_lines(spelled_out(section.boilerplate_heading)) if section.boilerplate else [],
        *(_unit_lines(spelled_out(line)) for line in section.boilerplate),
        _unit_lines(spelled_out(section.contacts_heading)) if section.contacts else [],
        *(_group(spelled_out(line) for line in (contact.name, *contact.details)) for contact in section.contacts),
        stamp if stamp_place == "end" else [],
    ]
    return [block for block in blocks if block]


def render_plan_text(plan: Plan, stamp_place: str = "meta") -> str:
    """The whole document as one string, ending with a newline; the approval stamp is a block of its own, after the
    meta rows or at the end of each section (the house style's `stamp_place`)."""
    blocks: list[list[str]] = []
    if plan.state.watermark:
        blocks.append([f"*** {plan.state.watermark} ***"])
    for number, section in enumerate(plan.sections):
        if number:
            blocks.append([SECTION_RULE])
        blocks.extend(_section_blocks(section, stamp_place))
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


__all__ = ["SECTION_RULE", "WIDTH", "line_text", "render_plan_text", "spelled_out"]

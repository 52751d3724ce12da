"""The neutral rich-text model of a release body.

Blocks hold inline runs with marks, in the spirit of ProseMirror's document model. The editor converts to and
from it and every exporter walks it; nothing else (no Qt HTML, no Markdown) is ever stored or exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias


class Mark(StrEnum):
    """Inline formatting a run may carry; links are the `href` of a run, not a mark here."""

    BOLD = "bold"
    ITALIC = "italic"
    UNDERLINE = "underline"


@dataclass(frozen=True)
class Run:
    """A stretch of text sharing one set of marks (and at most one link target)."""

    text: str
    marks: frozenset[Mark] = field(default_factory=frozenset)
    href: str | None = None

    @property
    def bold(self) -> bool:
        return Mark.BOLD in self.marks

    @property
    def italic(self) -> bool:
        return Mark.ITALIC in self.marks

    @property
    def underline(self) -> bool:
        return Mark.UNDERLINE in self.marks

    def same_format(self, other: Run) -> bool:
        return self.marks == other.marks and self.href == other.href


Runs: TypeAlias = tuple[Run, ...]

MAX_HEADING_LEVEL = 3
MAX_LIST_LEVEL = 8


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph."""

    runs: Runs = ()
    id: str = ""
    """A stable block id (unique within one language's body) that paragraph pairs refer to; "" = none yet."""


@dataclass(frozen=True)
class Heading:
    """A section heading inside the body; level 1–3 (the headline itself is a release field)."""

    level: int
    runs: Runs = ()
    id: str = ""


@dataclass(frozen=True)
class ListItem:
    """One list item; consecutive items form a list, so numbering restarts after any other block."""

    ordered: bool
    level: int = 0
    runs: Runs = ()
    id: str = ""


@dataclass(frozen=True)
class Quote:
    """A quotation, set off from the body text."""

    runs: Runs = ()
    id: str = ""


@dataclass(frozen=True)
class Figure:
    """An embedded image placed in the body; the caption is in the body's language."""

    image_id: str
    caption: Runs = ()
    id: str = ""


class CellAlign(StrEnum):
    """How a cell's text sits across its width; figures in a budget column align right."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class TableCell:
    """One cell of a table, with its span."""

    content: Runs = ()
    colspan: int = 1
    rowspan: int = 1
    align: CellAlign | None = None
    """None = the reading direction's default (left for both our languages)."""


@dataclass(frozen=True)
class Table:
    """A table: rows of cells, the first `header_rows` rows are headers (repeated on each page of a long table).

    `widths` are relative column weights (whole numbers, one per grid column) or empty for equal columns; the
    caption is in the body's language. The grid's shape is checked by `releasedesk.model.tables.table_grid`.
    """

    rows: tuple[tuple[TableCell, ...], ...]
    header_rows: int = 0
    widths: tuple[int, ...] = ()
    caption: Runs = ()
    id: str = ""


Block: TypeAlias = Paragraph | Heading | ListItem | Quote | Figure | Table
TextBlock: TypeAlias = Paragraph | Heading | ListItem | Quote

_CELL_BREAK = Run("\n")


def block_runs(block: Block) -> Runs:
    """The inline runs of any block: a figure's caption; a table's caption, then its cells, one per line."""
    if isinstance(block, Figure):
        return block.caption
    if isinstance(block, Table):
        pieces = [block.caption] if block.caption else []
        pieces.extend(cell.content for row in block.rows for cell in row)
        out: list[Run] = []
        for index, piece in enumerate(pieces):
            if index:
                out.append(_CELL_BREAK)
            out.extend(piece)
        return tuple(out)
    return block.runs


def plain_text(runs: Runs) -> str:
    """The runs' text without formatting."""
    return "".join(run.text for run in runs)


def normalize_runs(runs: Runs | list[Run]) -> Runs:
    """Drop empty runs and merge neighbours with the same format, so equal documents compare equal."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].same_format(run):
            last = merged.pop()
            run = Run(last.text + run.text, last.marks, last.href)
        merged.append(run)
    return tuple(merged)


def text(value: str, *marks: Mark, href: str | None = None) -> Run:
    """Shorthand for building runs in code and tests: ``text("bold", Mark.BOLD)``."""
    return Run(value, frozenset(marks), href)


def body_text(blocks: tuple[Block, ...] | list[Block]) -> list[str]:
    """One plain string per block: what a reader sees, in order."""
    return [plain_text(block_runs(block)) for block in blocks]

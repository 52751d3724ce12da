"""document -> blocks again after an edit, reading only the paragraphs the edit touched.

The preview snapshots the body on the GUI thread; converting all of a 21-page body each time cost 8-18 ms, on the
keystroke that happened to coincide (benchmarks/gui.py). Here each QTextBlock carries a serial number in its
`userState` (nothing else in the editors sets one: the checks' QSyntaxHighlighter never calls setCurrentBlockState),
and what the block reads as is kept under that serial. `contentsChange(position, removed, added)` (the signal the
document's own layout relies on) resets the serial of every block the change touched, so only those are read again.

What depends on neighbours (a figure's caption block, a table's caption, the empty block Qt keeps after a final
table) is decided by a cheap walk over the cached readings each time, in the same order as
`convert.document_to_blocks`, which stays the reference (the property test in tests/gui/richtext compares the two
after random edits). A table is cached whole, under the serials of all its blocks.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextTable

from releasedesk.gui.richtext import styles, tables
from releasedesk.gui.richtext.block_ids import block_id
from releasedesk.gui.richtext.convert import _fragment_runs, read_paragraph
from releasedesk.model.richtext import Block, Figure, Paragraph, Runs, Table, normalize_runs

if TYPE_CHECKING:
    from collections.abc import Hashable

UNREAD = -1
"""A block's userState before it is read, and after an edit touched it (Qt's own default is -1 too)."""
FIRST_SERIAL = 1 << 30
"""Serials count up from here, far from the small states a syntax highlighter would set (0, 1, 2...), so a
highlighter added to the body later could cost re-reads (a state not in the cache) but never borrow another
block's reading."""


@dataclass(frozen=True)
class Reading:
    """What one block reads as on its own; the walk in `IncrementalReader.blocks` adds the neighbours' part."""

    in_table: bool
    table_caption: Runs | None = None
    """The runs of a table caption block (None: the block is not one)."""
    empty: bool = False
    id: str = ""
    figure_caption: Runs | None = None
    """The runs a preceding figure takes as its caption (None: the block has no caption role)."""
    produced: tuple[Block, ...] = ()
    image_ids: frozenset[str] = frozenset()
    ends_with_figure: bool = False


IN_TABLE = Reading(in_table=True)


def read_block(block: QTextBlock) -> Reading:
    """One block as `convert.document_to_blocks` reads it (from_html=False), without looking at its neighbours."""
    if QTextCursor(block).currentTable() is not None:
        return IN_TABLE
    fmt = block.blockFormat()
    in_heading = fmt.headingLevel() > 0
    caption_role = styles.figure_role(fmt) == styles.FigureRole.CAPTION
    produced, image_ids, ends_with_figure = read_paragraph(block, in_heading, False)
    known_id = block_id(block)
    return Reading(
        in_table=False,
        table_caption=_fragment_runs(block, False, False) if tables.is_caption(block) else None,
        empty=not block.text(),
        id=known_id,
        figure_caption=_fragment_runs(block, in_heading, False) if caption_role else None,
        produced=tuple(produced),
        image_ids=frozenset(image_ids),
        ends_with_figure=ends_with_figure,
    )


class IncrementalReader(QObject):
    """The blocks of one document, re-reading only what changed since the last call."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._serials = itertools.count(FIRST_SERIAL)
        self._readings: dict[int, Reading] = {}
        self._tables: dict[Hashable, Table] = {}
        self._new_tables: dict[Hashable, Table] = {}
        self._merged: dict[tuple[int, int], tuple[Figure, Reading, Figure]] = {}
        """(id(figure), id(caption reading)) -> both, kept alive, and the captioned figure: the same object for
        each snapshot while neither changed (preview/encoder.py then reuses its bytes)."""
        self.reads = 0
        """Blocks read since the reader was made (tests and the benchmark check that an edit reads few)."""
        document.contentsChange.connect(self._changed)

    @Slot(int, int, int)
    def _changed(self, position: int, _removed: int, added: int) -> None:
        """Every block the change touched is read again (in the document as it is now: position .. + added)."""
        document = self._document
        last = document.findBlock(min(position + added, document.characterCount() - 1))
        block = document.findBlock(position)
        if not last.isValid():
            last = document.lastBlock()
        while block.isValid():
            block.setUserState(UNREAD)
            if block.blockNumber() >= last.blockNumber():
                break
            block = block.next()

    def _reading(self, block: QTextBlock, seen: dict[int, Reading]) -> tuple[int, Reading]:
        serial = block.userState()
        reading = self._readings.get(serial) if serial not in seen else None
        if reading is None:  # new, touched by an edit, or a serial Qt copied onto a split-off block
            serial = next(self._serials)
            block.setUserState(serial)
            reading = read_block(block)
            self.reads += 1
        seen[serial] = reading
        return serial, reading

    def _table(
        self, qt_table: QTextTable, caption: tuple[Runs, str], first: tuple[int, int], seen: dict[int, Reading]
    ) -> Table:
        """A table read again only when one of its blocks (or its caption) changed; `first`: the block number and
        serial of the block the walk found it at (already read)."""
        document = self._document
        serials = []
        block = document.findBlock(qt_table.firstPosition())
        last = qt_table.lastPosition()
        while block.isValid() and block.position() <= last:
            number = block.blockNumber()
            serials.append(first[1] if number == first[0] else self._reading(block, seen)[0])
            block = block.next()
        key = (tuple(serials), caption)
        table = self._tables.get(key)
        if table is None:
            table = tables.read_table(qt_table, *caption, lambda b: _fragment_runs(b, False, False))
        self._new_tables[key] = table
        return table

    def _captioned(
        self, figure: Figure, caption: Reading, merged: dict[tuple[int, int], tuple[Figure, Reading, Figure]]
    ) -> Figure:
        """The figure with the caption block's runs (as convert.document_to_blocks joins them)."""
        key = (id(figure), id(caption))
        known = self._merged.get(key)
        if known is None or known[0] is not figure or known[1] is not caption:
            runs = normalize_runs(figure.caption + (caption.figure_caption or ()))
            known = (figure, caption, Figure(figure.image_id, runs, figure.id))
        merged[key] = known
        return known[2]

    def blocks(self) -> tuple[list[Block], set[str]]:
        """Equal to `convert.document_to_blocks(document)`; see the module docstring for how."""
        document = self._document
        seen: dict[int, Reading] = {}
        self._new_tables = {}
        merged: dict[tuple[int, int], tuple[Figure, Reading, Figure]] = {}
        blocks: list[Block] = []
        image_ids: set[str] = set()
        previous_ends_with_figure = after_table = False
        caption: tuple[int, Runs, str] | None = None
        block = document.begin()
        while block.isValid():
            serial, reading = self._reading(block, seen)
            qt_table = QTextCursor(block).currentTable() if reading.in_table else None
            if qt_table is not None:
                runs_and_id: tuple[Runs, str] = ((), "")
                if caption is not None and caption[0] == len(blocks) - 1:
                    blocks.pop()
                    runs_and_id = (caption[1], caption[2])
                blocks.append(self._table(qt_table, runs_and_id, (block.blockNumber(), serial), seen))
                caption = None
                after_table = True
                block = document.findBlock(qt_table.lastPosition() + 1)
                continue
            if reading.table_caption is not None:
                caption = (len(blocks), reading.table_caption, reading.id)
            if after_table and reading.empty and not reading.id and not block.next().isValid():
                break
            after_table = False
            if previous_ends_with_figure and reading.figure_caption is not None and isinstance(blocks[-1], Figure):
                blocks[-1] = self._captioned(blocks[-1], reading, merged)
                previous_ends_with_figure = False
                block = block.next()
                continue
            blocks.extend(reading.produced)
            image_ids |= reading.image_ids
            previous_ends_with_figure = reading.ends_with_figure
            block = block.next()
        self._readings, self._tables = seen, self._new_tables  # what is no longer in the document is dropped
        self._merged = merged
        if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and not blocks[0].runs:
            return [], image_ids
        return blocks, image_ids

"""Block ids in the editor: a QTextBlockFormat user property, so they survive undo, redo and format changes.

Qt copies a block's format to the block that Enter splits off, so two blocks can briefly share an id; the pair
tracker (gui/pairs) settles which keeps it. A paste keeps an id only when no block of the document has it (a cut
and paste is a move), so a copy never takes over the original's pair.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

if TYPE_CHECKING:
    from releasedesk.model.richtext import Block

BLOCK_ID = QTextFormat.Property.UserProperty + 0x4944
"""Block property holding the model block's id (a string)."""


def block_id(block: QTextBlock) -> str:
    """The block's id (kept in its format), or "" for a block that has none."""
    value = block.blockFormat().property(BLOCK_ID)
    return value if isinstance(value, str) else ""


def with_id(value: str) -> QTextBlockFormat:
    """A block format carrying `value` as the block id."""
    fmt = QTextBlockFormat()
    fmt.setProperty(BLOCK_ID, value)
    return fmt


def selection_start_id(cursor: QTextCursor) -> str:
    """The id of the block a selection starts at the beginning of ("" for a selection starting mid-block)."""
    block = cursor.document().findBlock(cursor.selectionStart())
    return block_id(block) if block.position() == cursor.selectionStart() else ""


def document_ids(document: QTextDocument) -> set[str]:
    """Every block id in the document."""
    ids = set()
    block = document.begin()
    while block.isValid():
        if value := block_id(block):
            ids.add(value)
        block = block.next()
    return ids


def for_paste(blocks: list[Block], document: QTextDocument) -> list[Block]:
    """Pasted blocks without the ids the document already has: a copy gets new ids, a moved block keeps its own."""
    present = document_ids(document)
    return [dataclasses.replace(b, id="") if b.id in present else b for b in blocks]

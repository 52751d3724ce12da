"""Model blocks written in at a cursor (insert image, paste): how they join the text around the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor

from releasedesk.gui.richtext import styles
from releasedesk.gui.richtext.convert import insert_runs, write_blocks
from releasedesk.model.richtext import Block, Paragraph

if TYPE_CHECKING:
    from collections.abc import Mapping


def insert_blocks(cursor: QTextCursor, blocks: list[Block], pictures: Mapping[str, QImage]) -> None:
    """Insert model blocks at the cursor (replacing the selection) as one undo step; the cursor ends after them.

    A leading paragraph joins the current line (a single one is simply inline text); the other blocks follow
    as blocks of their own, and the text after the cursor stays in its own block after them.
    """
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
        insert_runs(cursor, blocks[0].runs, _look_at(cursor))
    else:
        if not cursor.atBlockEnd():
            cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        rest = list(blocks)
        empty = cursor.block().length() == 1
        if not empty and isinstance(rest[0], Paragraph):
            insert_runs(cursor, cast("Paragraph", rest.pop(0)).runs, _look_at(cursor))  # checked just above
        write_blocks(cursor, rest, pictures, first_in_place=empty)
    cursor.endEditBlock()


def _look_at(cursor: QTextCursor) -> QTextCharFormat:
    """The text look of the block at the cursor (heading size, caption grey) that inserted runs take on."""
    block_format = cursor.blockFormat()
    caption = styles.figure_role(block_format) == styles.FigureRole.CAPTION
    return styles.block_char_look(block_format.headingLevel(), caption=caption)

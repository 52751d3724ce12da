"""Block formatting over the selected blocks: headings, block quotes, lists (indent, outdent) and what Enter starts.

Figure image blocks are never touched: a figure stays a figure whatever block command the selection spans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor

from releasedesk.gui.richtext import styles
from releasedesk.gui.richtext.block_ids import BLOCK_ID
from releasedesk.model.richtext import MAX_LIST_LEVEL

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.richtext.editor_protocol import EditorLike


def selected_blocks(editor: EditorLike) -> list[QTextBlock]:
    """Text blocks touched by the selection (figure image blocks are left alone)."""
    cursor = editor.textCursor()
    document = editor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = []
    while block.isValid():
        if styles.figure_role(block.blockFormat()) != styles.FigureRole.IMAGE:
            blocks.append(block)
        if block == last:
            break
        block = block.next()
    return blocks


def set_block(block: QTextBlock, block_format: QTextBlockFormat, heading_level: int = 0) -> None:
    """Replace a block's format (leaving any list) and size its text for `heading_level`."""
    cursor = QTextCursor(block)
    if (known_id := block.blockFormat().property(BLOCK_ID)) is not None:
        block_format.setProperty(BLOCK_ID, known_id)  # a new look, the same block: its pair stays
    cursor.setBlockFormat(block_format)
    look = styles.block_char_look(heading_level)
    cursor.mergeBlockCharFormat(look)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(look)


def set_heading(editor: EditorLike, level: int) -> None:
    """Level 1–3 makes the selected blocks headings; 0 makes them body paragraphs; what is typed next follows."""
    level = max(0, min(level, 3))
    _block_edit(
        editor,
        lambda block: set_block(block, styles.heading_format(level) if level else styles.paragraph_format(), level),
    )
    current = editor.currentCharFormat()
    current.merge(styles.block_char_look(level))
    editor.setCurrentCharFormat(current)


def toggle_quote(editor: EditorLike) -> None:
    """Quote the selected blocks, or unquote them when all of them already are."""
    blocks = selected_blocks(editor)
    off = bool(blocks) and all(styles.is_quote(block.blockFormat()) for block in blocks)
    _block_edit(editor, lambda block: set_block(block, styles.paragraph_format() if off else styles.quote_format()))


def toggle_list(editor: EditorLike, ordered: bool) -> None:
    """Make the selected blocks items of this kind of list (keeping their level), or plain when all already are."""
    blocks = selected_blocks(editor)
    off = bool(blocks) and all((kind := list_of(block)) is not None and kind[0] == ordered for block in blocks)

    def apply(block: QTextBlock) -> None:
        current = list_of(block)
        set_block(block, styles.paragraph_format() if off else styles.list_item_format())
        if not off:
            _attach(block, ordered, current[1] if current else 0)

    _block_edit(editor, apply)


def shift_list(editor: EditorLike, delta: int) -> None:
    """Move the selected list items `delta` levels; outdenting past the first level leaves the list."""

    def apply(block: QTextBlock) -> None:
        current = list_of(block)
        if current is None:
            return
        ordered, level = current
        if level + delta < 0:
            set_block(block, styles.paragraph_format())
            return
        new_level = min(level + delta, MAX_LIST_LEVEL)
        if new_level != level:
            set_block(block, styles.list_item_format())
            _attach(block, ordered, new_level)

    _block_edit(editor, apply)


def list_of(block: QTextBlock) -> tuple[bool, int] | None:
    """(ordered, level) of the list the block is an item of, or None."""
    text_list = block.textList()
    if text_list is None:
        return None
    return styles.is_ordered_style(text_list.format().style()), text_list.format().indent() - 1


def _attach(block: QTextBlock, ordered: bool, level: int) -> None:
    """Put a block into the list it continues (same kind and level, above it) or start a new one."""
    previous = block.previous()
    while previous.isValid() and previous.textList() is not None:
        found = list_of(previous)
        assert found is not None
        if found[1] == level:
            if found[0] == ordered:
                previous.textList().add(block)
                return
            break
        if found[1] < level:
            break
        previous = previous.previous()
    QTextCursor(block).createList(styles.list_format(ordered, level))


def _block_edit(editor: EditorLike, apply: Callable[[QTextBlock], None]) -> None:
    """Apply a change to every selected block as one undo step."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    for block in selected_blocks(editor):
        apply(block)
    cursor.endEditBlock()
    editor.formatChanged.emit()


def enter_starts_paragraph(cursor: QTextCursor) -> bool:
    """After a heading, a figure or its caption the next line is body text, not more of the same."""
    block_format = cursor.blockFormat()
    if styles.figure_role(block_format) is not None:
        return True
    if cursor.block().textList() is not None and not cursor.block().text():
        return True
    return block_format.headingLevel() > 0 and cursor.atBlockEnd()


def start_paragraph(editor: EditorLike, cursor: QTextCursor) -> None:
    """Plain Enter where `enter_starts_paragraph`: a new body paragraph, or the end of the list on an empty item."""
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    if cursor.block().textList() is not None and not cursor.block().text():
        set_block(cursor.block(), styles.paragraph_format())
    else:
        plain = QTextCharFormat(styles.block_char_look())
        plain.merge(styles.char_format(frozenset(), None))
        cursor.insertBlock(styles.paragraph_format(), plain)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.formatChanged.emit()


def keep_plain_when_emptied(editor: EditorLike) -> None:
    """After a deletion empties the body (Select All + Delete), it starts again as a plain paragraph, not as the
    quote, heading or list item its first block was. Joined to the deleting step: one Undo brings both back."""
    emptied = [False]

    def noted(_position: int, removed: int, added: int) -> None:
        emptied[0] = removed > added and editor.document().characterCount() <= 1  # a format change is both

    def reset() -> None:
        if emptied[0]:
            emptied[0] = False
            reset_emptied(editor)

    editor.document().contentsChange.connect(noted)
    editor.document().contentsChanged.connect(reset)


def reset_emptied(editor: EditorLike) -> bool:
    """Make the only, empty block of `editor` a plain body paragraph; False when it already is one."""
    document = editor.document()
    if document.characterCount() > 1:
        return False
    block = document.firstBlock()
    plain = styles.paragraph_format()
    if block.textList() is None and block.blockFormat() == plain:
        return False
    cursor = QTextCursor(block)
    cursor.joinPreviousEditBlock()
    if block.textList() is not None:
        block.textList().remove(block)
    set_block(block, plain)
    cursor.endEditBlock()
    editor.setCurrentCharFormat(styles.char_format(frozenset(), None))
    editor.formatChanged.emit()
    return True

"""Marks and link targets over a selection: each change is one undo step, and captions keep their grey."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from releasedesk.gui.richtext import styles
from releasedesk.model.richtext import Mark

if TYPE_CHECKING:
    from releasedesk.gui.richtext.editor_protocol import EditorLike

Span = tuple[int, int, QTextCharFormat, QTextBlock]
"""(start, end, format, block) of one piece of text whose look is uniform."""
RunChange = Callable[[frozenset[Mark], str | None], tuple[frozenset[Mark], str | None]]
"""New (marks, href) of a run from its old ones."""


def toggle_mark(editor: EditorLike, mark: Mark) -> None:
    """Without a selection the mark applies to what is typed next; a selection turns it on unless all of it has it."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        current = editor.currentCharFormat()
        marks = styles.marks_of(current) ^ {mark}
        editor.setCurrentCharFormat(styles.char_format(marks, styles.href_of(current), current))
        editor.formatChanged.emit()
        return
    spans = list(text_spans(editor.document(), cursor.selectionStart(), cursor.selectionEnd()))
    turn_on = not all(mark in styles.marks_of(fmt) for _, _, fmt, _ in spans)
    restyle(editor, spans, lambda marks, href: (marks | {mark} if turn_on else marks - {mark}, href))


def text_spans(document: QTextDocument, start: int, end: int) -> Iterator[Span]:
    """Every text fragment piece inside [start, end); images are skipped, as marks do not apply to them."""
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            a = max(start, fragment.position())
            b = min(end, fragment.position() + fragment.length())
            if a < b and not fragment.charFormat().isImageFormat():
                yield a, b, fragment.charFormat(), block
            iterator += 1
        block = block.next()


def restyle(editor: EditorLike, spans: list[Span], change: RunChange) -> None:
    """Re-set each span's run look as one undo step; block sizes, captions' grey and selection are kept."""
    document = editor.document()
    edit = editor.textCursor()
    edit.beginEditBlock()
    for a, b, fmt, block in spans:
        marks, href = change(styles.marks_of(fmt), styles.href_of(fmt))
        caption = styles.figure_role(block.blockFormat()) == styles.FigureRole.CAPTION
        piece = QTextCursor(document)
        piece.setPosition(a)
        piece.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        piece.setCharFormat(styles.char_format(marks, href, fmt, styles.CAPTION_COLOR if caption else None))
    edit.endEditBlock()
    editor.formatChanged.emit()


def document_text(document: QTextDocument, start: int, end: int) -> str:
    """The plain text of [start, end), with Qt's paragraph separators as newlines."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")

"""Editing links in the body: find the link at the cursor, link or unlink as one undo step, end a link at its end.

Which targets are allowed at all is links.py's decision; this module only applies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from releasedesk.gui.richtext import styles
from releasedesk.gui.richtext.dialogs import LinkDialog
from releasedesk.gui.richtext.inline_format import document_text, restyle, text_spans
from releasedesk.model.links import safe_href

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from releasedesk.gui.richtext.editor_protocol import EditorLike


def link_range(editor: EditorLike) -> tuple[int, int] | None:
    """The selection, or the whole link around the cursor; None when there is neither."""
    cursor = editor.textCursor()
    if cursor.hasSelection():
        return cursor.selectionStart(), cursor.selectionEnd()
    href = editor.current_href()
    if href is None:
        return None
    block = cursor.block()
    spans: list[tuple[int, int]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        start, end = fragment.position(), fragment.position() + fragment.length()
        if styles.href_of(fragment.charFormat()) == href:
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        iterator += 1
    position = cursor.position()
    for start, end in spans:
        if start <= position <= end:
            return start, end
    return None


def insert_link(editor: EditorLike, href: str, label: str | None = None) -> bool:
    """Link the selection (or the link at the cursor) to `href`, or insert `label` as a link; False if unsafe."""
    target = safe_href(href)
    if target is None:
        return False
    document = editor.document()
    cursor = editor.textCursor()
    span = link_range(editor)
    if span is not None and (label is None or label == document_text(document, *span)):
        restyle(editor, list(text_spans(document, *span)), lambda marks, _href: (marks, target))
        return True
    current = editor.currentCharFormat()
    cursor.beginEditBlock()
    if span is not None:
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.insertText(label or target, styles.char_format(styles.marks_of(current), target, current))
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.setCurrentCharFormat(styles.char_format(styles.marks_of(current), None, current))
    editor.formatChanged.emit()
    return True


def remove_link(editor: EditorLike) -> None:
    """Unlink the selection or the link at the cursor; the text and its marks stay."""
    span = link_range(editor)
    if span is not None:
        restyle(editor, list(text_spans(editor.document(), *span)), lambda marks, _href: (marks, None))


def edit_link(editor: EditorLike, parent: QWidget) -> None:
    """Ask for the link's text and address (prefilled from the selection or the link at the cursor); `parent` is
    the editor as a widget (the protocol cannot say "is a QWidget")."""
    span = link_range(editor)
    label = document_text(editor.document(), *span) if span else ""
    dialog = LinkDialog(parent, label, editor.current_href() or "")
    if dialog.exec() == LinkDialog.DialogCode.Accepted and dialog.href() is not None:
        editor.insert_link(dialog.href() or "", dialog.link_text() or None)


def end_link_at_its_end(editor: EditorLike) -> None:
    """Typing right after a link writes plain text, as in word processors (Qt would extend the link)."""
    cursor = editor.textCursor()
    href = styles.href_of(cursor.charFormat())
    if cursor.hasSelection() or href is None:
        return
    if not cursor.atBlockEnd():
        following = QTextCursor(cursor)
        following.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if styles.href_of(following.charFormat()) == href:
            return
    current = editor.currentCharFormat()
    editor.setCurrentCharFormat(styles.char_format(styles.marks_of(current), None, current))

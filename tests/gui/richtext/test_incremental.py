"""The incremental snapshot equals the full one after any edit, and so do the bytes the preview worker reads.

A real RichTextEditor with the long sample takes random edits (typing, Enter and Backspace, deleting across
blocks, lists, headings, quotes, bold, table cells and rows, a new table, images, undo/redo, paste, copy and paste).
After each: `IncrementalReader.blocks()` == `convert.document_to_blocks` (unchanged, the reference), and the
worker's request bytes from `SnapshotEncoder` (kept across the edits, as the preview keeps it) are byte for byte
`dumps(release, compact=True)`, so the worker builds the release `loads(dumps(full))` would.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat.store import dumps, loads
from releasedesk.gui.richtext import RichTextEditor, table_editing
from releasedesk.gui.richtext.convert import document_to_blocks
from releasedesk.model.release import Image
from releasedesk.preview.encoder import SnapshotEncoder
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.model.release import Release

EDITS = [
    "type",
    "type",
    "enter",
    "backspace",
    "delete_range",
    "bullets",
    "numbers",
    "indent",
    "heading",
    "quote",
    "bold",
    "table_cell",
    "table_row",
    "table_column",
    "table_merge",
    "new_table",
    "image",
    "undo",
    "undo",
    "redo",
    "paste_html",
    "copy_paste",
]
TEXTS = ["a", "Taipei ", "臺北市", "「引號」", " ", "x\u2028y", "2026"]
PASTES = [
    "<p>plain <b>bold</b></p><ul><li>one</li><li>two</li></ul>",
    "<h2>Heading</h2><blockquote>quoted</blockquote><ol><li>first</li></ol>",
    "<table><tr><td>A1</td><td>B1</td></tr><tr><td>A2</td><td>B2</td></tr></table><p>after</p>",
    "<p>one</p><p>two</p><p>three</p>",
]


def _key(editor: RichTextEditor, key: Qt.Key, text: str = "") -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _place(editor: RichTextEditor, where: int) -> QTextCursor:
    cursor = editor.textCursor()
    cursor.setPosition(where % max(1, editor.document().characterCount() - 1))
    editor.setTextCursor(cursor)
    return cursor


def _into_table(editor: RichTextEditor, pick: int) -> bool:
    tables = [frame for frame in editor.document().rootFrame().childFrames() if frame.inherits("QTextTable")]
    if not tables:
        return False
    table = tables[pick % len(tables)]
    cursor = editor.textCursor()
    cursor.setPosition(table.firstPosition() + pick % max(1, table.lastPosition() - table.firstPosition()))
    editor.setTextCursor(cursor)
    return editor.textCursor().currentTable() is not None


def _edit(editor: RichTextEditor, edit: str, where: int, span: int, pick: int, png: bytes) -> None:
    text = TEXTS[pick % len(TEXTS)]
    if edit in ("undo", "redo"):
        editor.undo() if edit == "undo" else editor.redo()
        return
    cursor = _place(editor, where)
    actions: dict[str, Callable[[], Any]] = {
        "type": lambda: _key(editor, Qt.Key.Key_unknown, text),
        "enter": lambda: _key(editor, Qt.Key.Key_Return, "\r"),
        "backspace": lambda: _key(editor, Qt.Key.Key_Backspace),
        "bullets": editor.toggle_bullet_list,
        "numbers": editor.toggle_numbered_list,
        "indent": editor.indent_list,
        "heading": lambda: editor.set_heading(pick % 4),
        "quote": editor.toggle_quote,
        "new_table": lambda: table_editing.insert_table(editor, 2, 2, caption="Table" if pick % 2 else ""),
        "image": lambda: editor.insert_image(Image(f"img-{pick}", "image/png", png), "caption" if pick % 2 else ""),
    }
    if edit in ("delete_range", "bold", "copy_paste"):
        cursor.setPosition(
            min(editor.document().characterCount() - 1, cursor.position() + span), QTextCursor.MoveMode.KeepAnchor
        )
        editor.setTextCursor(cursor)
        if edit == "delete_range":
            cursor.removeSelectedText()
        elif edit == "bold":
            editor.toggle_bold()
        else:
            mime = editor.createMimeDataFromSelection()
            _place(editor, where + pick)
            editor.insertFromMimeData(mime)
    elif edit == "paste_html":
        mime = QMimeData()
        mime.setHtml(PASTES[pick % len(PASTES)])
        editor.insertFromMimeData(mime)
    elif edit.startswith("table_"):
        if not _into_table(editor, pick):
            return
        if edit == "table_cell":
            _key(editor, Qt.Key.Key_unknown, text)
        elif edit == "table_row":
            (table_editing.add_row if pick % 3 else table_editing.remove_row)(editor)
        elif edit == "table_column":
            (table_editing.add_column if pick % 3 else table_editing.remove_column)(editor)
        else:
            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.NextCell, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            (table_editing.merge_cells if pick % 2 else table_editing.split_cell)(editor)
    else:
        actions[edit]()


def _release(base: Release, editor: RichTextEditor) -> Release:
    """The release a preview request would carry: the edited English body, the sample's Chinese one."""
    release = copy.copy(base)
    release.content = dict(base.content)
    release.content["en"] = copy.copy(base.content["en"])
    release.content["en"].body = editor.content()
    images = {image.id: image for image in base.images} | editor.images()
    release.images = list(images.values())
    return release


def _worker_reads(data: bytes) -> Release | str:
    """What the worker builds from a request's bytes, or the one line it answers (Enter copies a block's id to
    the new block until the window's pair tracker settles it: such a body is refused the same either way)."""
    try:
        return loads(data)
    except ReleaseFileError as problem:
        return problem.problem


EDIT_LISTS = st.lists(
    st.tuples(st.sampled_from(EDITS), st.integers(0, 20_000), st.integers(0, 400), st.integers(0, 1000)),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no "explain": minutes on a failure
)
@given(edits=EDIT_LISTS)
def test_incremental_snapshot_equals_the_full_one_after_random_edits(qapp: Any, png: Any, edits: list) -> None:
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.resize(700, 900)
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    encoder = SnapshotEncoder()
    picture = png()
    try:
        for edit, where, span, pick in edits:
            _edit(editor, edit, where, span, pick, picture)
            full = document_to_blocks(editor.document())
            assert editor.reader.blocks() == full, f"after {edit} at {where}"
            release = _release(base, editor)
            sent = encoder.dumps(release)
            assert sent == dumps(release, compact=True), f"after {edit} at {where}"
            assert _worker_reads(sent) == _worker_reads(dumps(release, compact=True))
    finally:
        editor.deleteLater()


def test_an_edit_reads_only_the_blocks_it_touched(qapp: Any) -> None:
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    first = editor.content()
    everything = editor.reader.reads
    assert everything > 100
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(40).position())
    cursor.insertText("Just this paragraph. ")
    after = editor.content()
    assert editor.reader.reads - everything == 1
    assert after == document_to_blocks(editor.document())[0]
    assert sum(a is not b for a, b in zip(first, after, strict=True)) == 1  # the others are the same objects


def test_the_encoder_encodes_only_new_blocks_and_gives_the_same_bytes(qapp: Any) -> None:
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    encoder = SnapshotEncoder()
    assert encoder.dumps(_release(base, editor)) == dumps(_release(base, editor), compact=True)
    encoded = encoder.encoded
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(12).position())
    cursor.insertText("Edited ")
    release = _release(base, editor)
    assert encoder.dumps(release) == dumps(release, compact=True)
    assert encoder.encoded - encoded == 1


def test_switched_off_the_editor_converts_everything_again(qapp: Any) -> None:
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    editor.incremental = False
    reads = editor.reader.reads
    assert editor.content() == document_to_blocks(editor.document())[0]
    assert editor.reader.reads == reads


def test_select_all_delete_undo_and_redo_keep_the_snapshot_equal(qapp: Any) -> None:
    """Emptying the body resets its block to a plain paragraph from a contentsChanged slot (block_format.py): a
    change made while the first one is being announced must still reach the reader."""
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    editor.toggle_bullet_list()  # the first block a list item, so emptying has something to reset
    assert editor.content() == document_to_blocks(editor.document())[0]
    for step in ("delete", "type", "undo", "undo", "redo", "redo"):
        if step == "delete":
            editor.selectAll()
            editor.textCursor().removeSelectedText()
        elif step == "type":
            _key(editor, Qt.Key.Key_unknown, "x")
        else:
            editor.undo() if step == "undo" else editor.redo()
        assert editor.content() == document_to_blocks(editor.document())[0], step


def test_a_state_set_by_someone_else_is_never_taken_for_a_serial(qapp: Any) -> None:
    base = load_sample("long-report")
    editor = RichTextEditor(language="en")
    editor.set_content(base.content["en"].body, {image.id: image for image in base.images})
    editor.content()
    block = editor.document().begin()
    while block.isValid():
        block.setUserState(5)  # what a syntax highlighter's setCurrentBlockState might leave
        block = block.next()
    assert editor.reader.blocks() == document_to_blocks(editor.document())

"""The editor's side of the clipboard: what it accepts, and a copy that carries Qt's formats plus our own.

What a paste may bring in is paste.py's decision; a copy hands it the exact blocks (and images) copied.

A copy is a QMimeData made in Python, and the clipboard keeps it after the window has closed. Destroyed after the
interpreter has finished (with the platform's clipboard, at the very end of the process), it crashed the process at
every exit that followed a copy. When the application is about to quit, the copy is therefore replaced by one Qt makes
itself, with the same text and HTML: other programs can still paste it (a clipboard manager takes it over), and
nothing made in Python outlives Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QTextEdit

from releasedesk.gui.richtext import paste
from releasedesk.gui.richtext.block_ids import with_id
from releasedesk.gui.richtext.convert import document_to_blocks
from releasedesk.gui.richtext.document import SafeDocument

if TYPE_CHECKING:
    from collections.abc import Mapping

    from releasedesk.model.release import Image


def can_paste(source: QMimeData) -> bool:
    """Our own fragments, HTML, images and plain text: everything paste.py knows how to vet."""
    return source.hasFormat(paste.FRAGMENT_MIME) or source.hasHtml() or source.hasImage() or source.hasText()


def copy_of_selection(
    qt_mime: QMimeData, selection: QTextDocumentFragment, images: Mapping[str, Image], first_id: str = ""
) -> QMimeData:
    """Qt's formats for other programs, plus a token for the selection's model blocks and images for ourselves."""
    # Qt's own mime object only lists its fixed formats; copy them into a plain one that can carry ours too.
    mime = QMimeData()
    for name in qt_mime.formats():
        mime.setData(name, qt_mime.data(name))
    scratch = SafeDocument()
    QTextCursor(scratch).insertFragment(selection)
    if first_id:  # a fragment's first block loses its format's id: give back the copied block's
        QTextCursor(scratch.begin()).mergeBlockFormat(with_id(first_id))
    blocks, ids = document_to_blocks(scratch)
    copied = {image_id: images[image_id] for image_id in ids if image_id in images}
    mime.setData(paste.FRAGMENT_MIME, paste.remember_copy(blocks, copied))
    _replace_at_quit()
    return mime


HANDOVER = "releasedesk_clipboard_handover"
"""Application property: `keep_for_other_programs` is connected to aboutToQuit (once per application)."""


def _replace_at_quit() -> None:
    app = QGuiApplication.instance()
    if app is not None and not app.property(HANDOVER):
        app.setProperty(HANDOVER, True)
        app.aboutToQuit.connect(keep_for_other_programs)


def keep_for_other_programs() -> None:
    """Swap our copy on the clipboard for Qt's own copy of the same text and HTML (see the module's docstring)."""
    board = QGuiApplication.clipboard()
    mime = board.mimeData()
    if mime is None or not mime.hasFormat(paste.FRAGMENT_MIME):
        return  # someone else's, or already Qt's own
    scratch = QTextEdit()
    if mime.hasHtml():
        scratch.setHtml(mime.html())
    else:
        scratch.setPlainText(mime.text())
    scratch.selectAll()
    board.setMimeData(scratch.createMimeDataFromSelection())  # made by Qt (C++), not by Python
    scratch.deleteLater()

"""The editor's side of the clipboard: what it accepts, and a copy that carries Qt's formats plus our own.

What a paste may bring in is paste.py's decision; a copy hands it the exact blocks (and images) copied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocumentFragment

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
    return mime

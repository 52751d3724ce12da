"""The editor's pictures: files read into model Images, one chosen by a person, all shown fitted to the column.

Its interface strings keep the "RichTextEditor" translation context, where they were translated.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from releasedesk.gui.richtext import image_fit, paste
from releasedesk.gui.richtext.convert import show_picture
from releasedesk.model.release import Image

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QImage, QTextDocument
    from PySide6.QtWidgets import QWidget

    from releasedesk.gui.richtext.editor_protocol import EditorLike

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"
KEPT_AS_IS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}
"""Formats every exporter embeds as they are; the others are converted to PNG once, when inserted."""


def image_from_file(path: Path | str, on_scaled: image_fit.Scaled | None = None) -> Image:
    """A picture file as a model Image (PNG and JPEG keep their bytes unless scaled down for print); ValueError if
    Qt cannot read it or it is too large."""
    data = Path(path).read_bytes()
    try:
        picture, scaled = image_fit.read_picture(data, on_scaled)
    except ValueError as error:
        raise ValueError(f"{Path(path).name}: {error}") from None
    if picture.isNull():
        raise ValueError(
            QCoreApplication.translate("RichTextEditor", "{0}: not an image this editor can read").format(
                Path(path).name
            )
        )
    kind = Path(path).suffix.lower().lstrip(".")
    if scaled and KEPT_AS_IS.get(kind) == "image/jpeg":
        return paste.image_from_picture(picture, "JPEG")  # a photo stays a photo, at the smaller size
    if kind in KEPT_AS_IS and not scaled:
        return Image(paste.content_id(data), KEPT_AS_IS[kind], data)
    return paste.image_from_picture(picture)


def choose_image(editor: EditorLike) -> None:
    """Insert image… : pick a file, then an optional caption; a file that cannot be read is said in a warning."""
    parent = cast("QWidget", editor)  # every EditorLike is a RichTextEditor
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RichTextEditor", "Insert image"),
        "",
        QCoreApplication.translate("RichTextEditor", "Images ({0})").format(IMAGE_FILTER),
    )
    if not path:
        return
    caption, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RichTextEditor", "Image caption"),
        QCoreApplication.translate("RichTextEditor", "Caption (optional):"),
    )
    if not ok:
        return
    try:
        editor.insert_image_file(path, caption)
    except (OSError, ValueError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("RichTextEditor", "Insert image"), str(error))


def column_width(editor: EditorLike) -> int:
    """The widest a picture may be shown without a horizontal scroll bar."""
    return max(64, editor.viewport().width() - int(2 * editor.document().documentMargin()) - 4)


def show_fitted(document: QTextDocument, pictures: Mapping[str, QImage], width: int) -> None:
    """Show every picture no wider than `width`; a display-only change (no undo step, modified state kept)."""
    was_modified = document.isModified()
    try:
        for image_id, picture in pictures.items():
            show_picture(document, image_id, picture, width)
        document.markContentsDirty(0, document.characterCount())
    finally:
        document.setModified(was_modified)

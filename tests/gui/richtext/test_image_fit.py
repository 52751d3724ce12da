"""Pictures larger than print needs are stored smaller, with a notice; a decompression bomb is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

from export.test_hostile_images import bomb_png
from releasedesk.gui.richtext.image_fit import MAX_INSERT_SIDE

if TYPE_CHECKING:
    from pathlib import Path


def _stored_size(window, image_id: str) -> tuple[int, int]:
    image = next(image for image in window.current_release().images if image.id == image_id)
    picture = QImage.fromData(image.data)
    return picture.width(), picture.height()


def test_large_picture_file_is_scaled_down_on_insert_with_a_notice(window, tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    big = QImage(6000, 4500, QImage.Format.Format_RGB32)
    big.fill(0x3366AA)
    assert big.save(str(path), "JPEG")
    editor = window.panes["en"].body
    image = editor.insert_image_file(path, "A scan")
    assert image.mime_type == "image/jpeg"
    assert _stored_size(window, image.id) == (MAX_INSERT_SIDE, MAX_INSERT_SIDE * 3 // 4)
    message = window.statusBar().currentMessage()
    assert "6000 × 4500" in message
    assert f"{MAX_INSERT_SIDE} × {MAX_INSERT_SIDE * 3 // 4}" in message


def test_small_picture_keeps_its_bytes(window, tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    small = QImage(800, 600, QImage.Format.Format_RGB32)
    small.fill(0x00AA00)
    assert small.save(str(path), "PNG")
    image = window.panes["en"].body.insert_image_file(path)
    assert image.data == path.read_bytes()


def test_pasted_large_picture_is_scaled_down(window) -> None:
    editor = window.panes["en"].body
    wide = QImage(9000, 1200, QImage.Format.Format_Grayscale8)
    wide.fill(128)
    mime = QMimeData()
    mime.setImageData(wide)
    editor.setFocus()
    editor.insertFromMimeData(mime)
    added = [image for image in window.current_release().images if image.id.startswith("img-")]
    assert [_stored_size(window, image.id) for image in added] == [(MAX_INSERT_SIDE, 400)]
    assert "9000 × 1200" in window.statusBar().currentMessage()


def test_bomb_file_is_refused_with_one_line(window, tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png())
    before = window.current_release()
    with pytest.raises(ValueError, match=r"bomb\.png: the image is too large \(20000 × 20000 pixels\)"):
        window.panes["en"].body.insert_image_file(path)
    assert window.current_release() == before

"""Fixtures of the rich-text tests: real PNG pictures made with Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

if TYPE_CHECKING:
    from collections.abc import Callable


def _png(width: int = 40, height: int = 30, color: str = "#26a269") -> bytes:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture
def png(qapp) -> Callable[..., bytes]:
    """png(width, height, color) -> the bytes of a PNG file."""
    return _png

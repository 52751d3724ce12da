"""Pictures larger than print needs are scaled down when they are inserted or pasted, and the user is told.

A 12000 × 12000 screenshot or scan would otherwise be stored whole in the release (hundreds of MB in memory, a slow
file and export) although the widest printed figure needs about 2,500 pixels at 300 dpi. A picture file is decoded
straight at the smaller size (QImageReader.setScaledSize), so a huge file never needs its full size in memory; one
beyond the core's pixel limit is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QMainWindow, QToolTip, QWidget

MAX_INSERT_SIDE = 3000
"""Long side in pixels: a full A4 page width (8.27 in) at 300 dpi is 2,481 px."""

Scaled = Callable[[QSize, QSize], None]


def fitted_size(size: QSize) -> QSize | None:
    """The size to store a picture of `size` at, or None when it is small enough as it is."""
    if max(size.width(), size.height()) <= MAX_INSERT_SIDE:
        return None
    return size.scaled(MAX_INSERT_SIDE, MAX_INSERT_SIDE, Qt.AspectRatioMode.KeepAspectRatio)


def fit_picture(picture: QImage, on_scaled: Scaled | None = None) -> QImage:
    """`picture`, scaled down to what print needs when it is larger."""
    target = fitted_size(picture.size())
    if target is None:
        return picture
    scaled = picture.scaled(target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if on_scaled is not None:
        on_scaled(picture.size(), scaled.size())
    return scaled


def read_picture(data: bytes, on_scaled: Scaled | None = None) -> tuple[QImage, bool]:
    """Decode picture bytes, at a reduced size when they are larger than print needs: (picture, was scaled).

    Raises ValueError for more pixels than the exporters accept (a decompression bomb).
    """
    from releasedesk.export.imagecheck import MAX_PIXELS  # Pillow: loaded when a picture is inserted, not at start

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise ValueError(
            QCoreApplication.translate("RichTextEditor", "the image is too large ({0} × {1} pixels)").format(
                size.width(), size.height()
            )
        )
    target = fitted_size(size) if size.isValid() else None
    if target is not None:
        reader.setScaledSize(target)
    picture = reader.read()
    if picture.isNull():
        return picture, False
    if target is None:
        picture = fit_picture(picture, on_scaled)  # formats that do not tell their size before decoding
        return picture, picture.size() != size
    if on_scaled is not None:
        on_scaled(size, picture.size())
    return picture, True


def notify_scaled(widget: QWidget, original: QSize, scaled: QSize) -> None:
    """Tell the user, without stopping them, that the picture was stored smaller than it came."""
    message = QCoreApplication.translate(
        "RichTextEditor", "The picture was {0} × {1} pixels, more than print needs: stored at {2} × {3}."
    ).format(original.width(), original.height(), scaled.width(), scaled.height())
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15_000)
    else:
        QToolTip.showText(widget.mapToGlobal(widget.rect().center()), message, widget)

"""The user guide window: a QTextBrowser on the guide shipped in resources/help (no network, no web engine)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from releasedesk.gui.retranslate import interface_is_chinese
from releasedesk.resources import resource

if TYPE_CHECKING:
    from pathlib import Path


def guide_path() -> Path:
    """The guide in the interface language now in use (Chinese when our Chinese translation is installed)."""
    return resource("help", "guide-zh_TW.html" if interface_is_chinese() else "guide-en.html")


class GuideDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window; external links are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("ReleaseDesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 760)
        self.load()

    def load(self) -> Path:
        path = guide_path()
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        return path

"""Screenshots of the writing checks (underlines, checks panel, context menu) for docs/images/checks-{en,zh}.png.

Run under a display with a throwaway HOME, e.g.:
    Xvfb :97 -screen 0 1600x1000x24 &
    HOME=$(mktemp -d) DISPLAY=:97 .venv/bin/python scripts/screenshot_checks.py en docs/images/checks-en.png
The release is the bundled sample with a few planted problems, so every kind of underline shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_store import CheckStore
from releasedesk.directory.repository import default_db_path
from releasedesk.gui.checks.context_menu import CheckMenu
from releasedesk.gui.fonts import ui_font
from releasedesk.gui.i18n import install_translators
from releasedesk.model.richtext import Paragraph, text
from releasedesk.samples import load_sample


def planted_release() -> object:
    release = load_sample("announcement")
    zh, en = release.content["zh-TW"], release.content["en"]
    zh.headline = "「數位陪伴計畫」明年起擴大至全台120處社區據點"
    zh.body[1] = Paragraph((text("本計畫自今年5月起试辦6個月,志工透過陪伴軟件累計服務18,240人次。"),))
    en.body[1] = Paragraph(
        (text("During the six-month pilot, the Digital Services Ministry logged 18,240 asisted visits."),)
    )
    return release


def grab(window: object, out: Path) -> None:
    """The window as it is on screen (with any open menu), saved as a 256-colour PNG to stay small."""
    from PIL import Image

    frame = window.frameGeometry()
    QApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(out))
    Image.open(out).convert("RGB").quantize(256).save(out, optimize=True)


def main(lang: str, out: Path) -> None:
    QCoreApplication.setOrganizationName("ReleaseDeskShots")
    QCoreApplication.setApplicationName("ReleaseDeskShots")
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication(sys.argv[:1])
    app.setFont(ui_font(10.0))
    install_translators(app, "zh_TW" if lang == "zh" else "en")
    with CheckStore(default_db_path()) as store:
        store.save(
            GlossaryEntry("數位服務部", "Ministry of Digital Services", ("Digital Services Ministry",), "agency")
        )

    from releasedesk.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1500, 950)
    window.move(0, 0)
    window.show_release(planted_release(), None)
    window.preview_dock.hide()
    window.show()
    window.checks.dock.raise_()
    window.resizeDocks([window.checks.dock], [230], Qt.Orientation.Vertical)
    window.checks.service.wait()

    def shoot() -> None:
        window.checks.service.wait()
        app.processEvents()
        grab(window, out)
        body = window.panes["zh-TW" if lang == "zh" else "en"].body
        block = body.document().findBlockByNumber(1)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.text().index("軟件" if lang == "zh" else "asisted") + 1)
        rect = body.cursorRect(cursor)
        menu_filter = next(child for child in body.children() if isinstance(child, CheckMenu))
        menu = menu_filter.menu_at(QPoint(rect.center().x() + 2, rect.center().y()))
        position = body.viewport().mapToGlobal(rect.bottomLeft())
        QTimer.singleShot(800, lambda: (grab(window, out.with_name(out.stem + "-menu.png")), menu.close()))
        menu.exec(position)
        app.quit()

    QTimer.singleShot(2500, shoot)
    app.exec()
    window.setWindowModified(False)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

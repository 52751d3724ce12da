"""Screenshots of linked languages on the long sample, after changing Chinese paragraphs as a press officer would:
the window (gutter, partner highlight, summary), "Show what changed" and the list of pairs needing work.

Run under a display, e.g.: Xvfb :97 -screen 0 1600x1000x24 &
    DISPLAY=:97 .venv/bin/python scripts/screenshot_pairs.py en docs/images
    DISPLAY=:97 .venv/bin/python scripts/screenshot_pairs.py zh_TW docs/images
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from releasedesk.gui.fonts import ui_font
from releasedesk.gui.i18n import install_translators
from releasedesk.gui.main_window import MainWindow
from releasedesk.gui.pairs.dialogs import ChangesDialog, PairListDialog
from releasedesk.gui.settings import Settings
from releasedesk.model.richtext import Run
from releasedesk.samples import load_sample
from releasedesk.session.recovery import RecoveryStore

if TYPE_CHECKING:
    from releasedesk.model.release import Release


def _replace(release: Release, lang: str, number: int, old: str, new: str) -> None:
    body = release.content[lang].body
    block = body[number - 1]
    runs = tuple(Run(run.text.replace(old, new), run.marks, run.href) for run in block.runs)
    assert runs != block.runs, (lang, number, old)
    body[number - 1] = dataclasses.replace(block, runs=runs)


def main(ui: str, folder: Path) -> None:
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication(["releasedesk"])
    install_translators(app, ui)
    app.setFont(ui_font())
    tmp = Path(tempfile.mkdtemp())
    window = MainWindow(Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)), RecoveryStore(tmp / "r"))
    window.resize(1500, 900)
    window.preview_dock.hide()
    window.contacts_dock.hide()
    release = load_sample("long-report")
    _replace(release, "zh-TW", 4, "39.7億元", "40.2億元")  # the budget figure changed after translation
    _replace(release, "zh-TW", 3, "358 Mbps", "362 Mbps")
    window.show_release(release, None)
    window.show()
    app.processEvents()
    zh = window.panes["zh-TW"].body
    block = window.pairs.tracker.find_block("zh-TW", zh.content()[3].id)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock()
    cursor.insertText("數位服務部並將於116年3月31日前公布各縣市的施工進度。")
    window.pairs.tracker.settle()
    cursor = zh.textCursor()
    cursor.setPosition(window.pairs.tracker.find_block("zh-TW", zh.content()[3].id).position() + 4)
    zh.setTextCursor(cursor)
    zh.setFocus()
    for _ in range(5):
        app.processEvents()
    suffix = "en" if ui == "en" else "zh"
    window.grab().save(str(folder / f"pairs-window-{suffix}.png"))
    status = window.pairs.current()
    assert status is not None
    changes = ChangesDialog(status, window)
    changes.show()
    app.processEvents()
    changes.grab().save(str(folder / f"pairs-changes-{suffix}.png"))
    listing = PairListDialog(window.pairs.tracker, window)
    listing.show()
    app.processEvents()
    listing.grab().save(str(folder / f"pairs-list-{suffix}.png"))
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

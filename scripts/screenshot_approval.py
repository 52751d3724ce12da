"""Screenshots for docs/approval.md: the changed-after-approval banner and the compare view, in one interface language.

Run under a display, once per language, e.g.: Xvfb :97 -screen 0 1600x1000x24 &
    DISPLAY=:97 .venv/bin/python scripts/screenshot_approval.py en docs/images
    DISPLAY=:97 .venv/bin/python scripts/screenshot_approval.py zh_TW docs/images
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from releasedesk.approval import workflow
from releasedesk.gui.approval.history_dialog import HistoryDialog
from releasedesk.gui.fonts import ui_font
from releasedesk.gui.i18n import install_translators
from releasedesk.gui.main_window import MainWindow
from releasedesk.gui.settings import Settings
from releasedesk.samples import load_sample
from releasedesk.session.recovery import RecoveryStore

TAIPEI = ZoneInfo("Asia/Taipei")


def _save(widget, path: Path, width: int | None = None) -> None:
    widget.grab().save(str(path))
    image = Image.open(path).convert("RGB")
    if width and image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    image.quantize(256).save(path, optimize=True)


def main(ui: str, out: Path) -> None:
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("ReleaseDeskShots")
    install_translators(app, ui)
    app.setFont(ui_font())
    suffix = "en" if ui == "en" else "zh"
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    release = load_sample("announcement")
    workflow.submit(release, "林美華", at=datetime(2026, 11, 30, 11, 40, tzinfo=TAIPEI))
    workflow.approve(release, "王小明", at=datetime(2026, 11, 30, 14, 5, tzinfo=TAIPEI))
    window = MainWindow(settings, RecoveryStore(folder / "recovery"))
    window.show_release(release, None)
    window.resize(1500, 900)
    window.show()
    pane = window.panes["en"]
    pane.headline.setText(pane.headline.text().replace("120", "150"))
    window.form.agency.zh.setText("數位發展部")
    window.approval.refresh()
    window.preview.refresh_now()
    for _ in range(40):  # the preview renders in the background
        app.processEvents()
        time.sleep(0.1)
    _save(window, out / f"approval-banner-{suffix}.png", width=1100)
    dialog = HistoryDialog(window.current_release(), window)
    dialog.resize(820, 520)
    dialog.show()
    for _ in range(10):
        app.processEvents()
    _save(dialog, out / f"approval-compare-{suffix}.png")
    window.setWindowModified(False)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

"""Screenshots of the office library in the real window (docs/images/library-*-{en,zh}.png): an agency profile
with a logo, a release created from it, an old release found by a two-character Chinese query, and a new release
started from it. Drives the real widgets; every step is one a person does with the mouse and keyboard.

Run: scripts/screenshot_library.sh   (Xvfb, once per interface language)
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image as PilImage
from PIL import ImageDraw
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from releasedesk import samples
from releasedesk.gui.app import create_application
from releasedesk.gui.library.dialog import LibraryDialog
from releasedesk.gui.library.profiles_dialog import ProfilesDialog
from releasedesk.gui.main_window import MainWindow
from releasedesk.library.newfrom import new_from_release
from releasedesk.model.release import Status


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    wait(300)
    buffer = io.BytesIO()
    widget.grab().save(str(path))
    image = PilImage.open(path).convert("RGB")
    image.thumbnail((1200, 900))
    image.quantize(256).save(path, optimize=True)
    print(f"wrote {path}")
    del buffer


def make_logo(path: Path) -> Path:
    image = PilImage.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((6, 6, 354, 114), radius=18, fill="#0b4f8a")
    draw.ellipse((24, 24, 96, 96), fill="#f2b705")
    draw.rectangle((120, 40, 330, 56), fill="white")
    draw.rectangle((120, 68, 290, 80), fill="#9cc3e6")
    image.save(path)
    return path


def seed_library(window: MainWindow) -> None:
    """Last year's releases, as colleagues saved them."""
    library = window.library.library()
    assert library is not None
    old = samples.load_sample("long-report")  # 偏鄉數位連結計畫 … 高速寬頻
    old.number, old.status = "MODS-2025-1103-02", Status.APPROVED
    old.issued_at = datetime(2025, 11, 3, 10, 0, tzinfo=ZoneInfo("Asia/Taipei"))
    library.releases.add(old, author="chen")
    other = samples.load_sample()
    other.number, other.status = "MODS-2025-1210-01", Status.APPROVED
    other.issued_at = datetime(2025, 12, 10, 15, 0, tzinfo=ZoneInfo("Asia/Taipei"))
    library.releases.add(other, author="lin")
    library.releases.add(new_from_release(other), author="wang")


def main(out: Path, suffix: str) -> None:
    app = create_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = MainWindow()
    window.resize(1500, 940)
    window.show()
    seed_library(window)

    QInputDialog.getText = staticmethod(lambda *a, **k: ("MODS", True))  # the name typed into "New profile…"
    profiles = ProfilesDialog(window.library, window)
    profiles.show()
    profiles.new_profile()
    profiles.fields["agency_zh"].setText("數位服務部")
    profiles.fields["agency_en"].setText("Ministry of Digital Services")
    profiles.fields["unit_zh"].setText("新聞科")
    profiles.fields["unit_en"].setText("Press Office")
    profiles.fields["dateline_zh"].setText("臺北")
    profiles.fields["dateline_en"].setText("TAIPEI")
    profiles.boilerplate["zh"].setPlainText("數位服務部負責讓公共服務在網路上簡單、安全、人人可用。")
    profiles.boilerplate["en"].setPlainText("The Ministry of Digital Services makes public services simple and safe.")
    profiles.scheme.setText("MODS-{yyyy}-{mmdd}-{seq:02}")
    profiles.save()
    profiles.set_logo_file(make_logo(out / f".logo-{suffix}.png"))
    save(profiles, out / f"library-profile-{suffix}.png")
    profiles.close()
    (out / f".logo-{suffix}.png").unlink()

    window.new_action.trigger()  # File → New: a blank release in the profile's name, its number allocated
    window.panes["zh-TW"].headline.setText("115年偏鄉寬頻計畫啟動")
    window.panes["en"].headline.setText("Rural broadband programme starts its 2026 round")
    wait(2500)  # the preview renders the letterhead with the logo
    save(window, out / f"library-new-from-profile-{suffix}.png")
    window.files.save_to(Path(tempfile.mkdtemp()) / "rural-broadband.rdrelease")  # saved: kept in the library too

    dialog = LibraryDialog(window.library, window)
    dialog.resize(1100, 420)
    dialog.show()
    dialog.query.setFocus()
    commit = QInputMethodEvent("", [])
    commit.setCommitString("寬頻")  # typed with an input method: a two-character query
    QApplication.sendEvent(dialog.query, commit)
    wait(600)
    dialog.results.setColumnWidth(0, 170)
    old = next(
        dialog.results.topLevelItem(row)
        for row in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(row).text(0).startswith("MODS-2025")
    )
    dialog.results.setCurrentItem(old)  # last year's release, not the one just written
    save(dialog, out / f"library-search-{suffix}.png")
    dialog.new_from_selected()  # New from this release: number, dates and approval cleared
    wait(2500)
    save(window, out / f"library-new-from-release-{suffix}.png")
    window.setWindowModified(False)
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

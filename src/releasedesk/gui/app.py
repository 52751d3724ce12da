"""Starting the window: QApplication, translation, the error hook that keeps the work, and the first release."""

from __future__ import annotations

import os
import re
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.appdirs import APPLICATION, ORGANIZATION
from releasedesk.cliutil import ExitCode

if TYPE_CHECKING:  # the window is imported late: `releasedesk --help` must not load Qt
    from types import TracebackType

    from releasedesk.gui.main_window import MainWindow

APP_NAME = APPLICATION  # QSettings and QStandardPaths use these names; releasedesk.appdirs computes the same folder
ORG_NAME = ORGANIZATION


def _no_display() -> bool:
    """True on Linux without a reachable X11/Wayland display and no explicit QPA platform (offscreen for tests).

    Checked before Qt starts, because QApplication aborts the process when it cannot reach a display.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    if os.environ.get("WAYLAND_DISPLAY"):
        return False
    display = os.environ.get("DISPLAY", "")
    if not display:
        return True
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    return local is not None and not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists()


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_gui(path: Path | None) -> int:
    """Open `path` (or the sample as a new, untitled release) and run until the window closes."""
    if _no_display():
        _say("releasedesk: no display available (DISPLAY is not set); use 'releasedesk export' or set up X11/Wayland")
        return ExitCode.NO_GUI
    from releasedesk import startup_gc

    startup_gc.hold()  # before PySide6's import too (create_application holds it when called on its own)
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        startup_gc.release()
        _say(f"releasedesk: the window cannot start: Qt is not usable here ({error})")
        return ExitCode.NO_GUI

    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # start-up, before any other Qt call (see gui/slots.py); create_application repeats it
    app = QApplication.instance() or create_application(["releasedesk"])  # WM_CLASS instance name
    if not isinstance(app, QApplication):
        _say("releasedesk: the window cannot start: no display available")
        return ExitCode.NO_GUI
    window = open_window(path)
    window.show()
    from PySide6.QtCore import QTimer

    from releasedesk.gui.slots import command

    QTimer.singleShot(0, command(window.files.offer_recovery))
    status = app.exec()
    return ExitCode.OK if status == 0 else status


def create_application(argv: list[str]) -> object:
    """The QApplication with names (for QSettings and QStandardPaths), fonts, icon and translation.

    The collector is held from here until the window's first frame (startup_gc.py; open_window releases it)."""
    from releasedesk import startup_gc

    startup_gc.hold()
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # before any other Qt call (see gui/slots.py)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.pyside_imports import speed_up_feature_scan

    speed_up_feature_scan()  # before the window's modules are imported
    from releasedesk.gui.fonts import ui_font
    from releasedesk.gui.i18n import install_translators
    from releasedesk.gui.main_window import app_icon
    from releasedesk.gui.settings import Settings

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(argv)
    if app.platformName() in ("", "minimal"):
        startup_gc.release()
        return None
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("releasedesk")
    app.setWindowIcon(app_icon())
    app.setFont(ui_font(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0))
    install_translators(app, Settings().ui_language)
    return app


def open_window(path: Path | None) -> MainWindow:
    """Build the main window showing `path`, or the sample as a new release; a file that fails opens the sample."""
    from releasedesk import startup_gc
    from releasedesk.gui.files import new_release
    from releasedesk.gui.first_paint import after_first_paint
    from releasedesk.gui.main_window import MainWindow

    window = MainWindow()
    after_first_paint(window, startup_gc.release)  # the collector, held since create_application
    install_excepthook(window)
    window.show_release(new_release(), None)
    if path is not None:
        window.files.open_path(path, ask_to_save=False)
    return window


def install_excepthook(window: MainWindow) -> None:
    """Unexpected errors: autosave first, then a dialog with the details; the window keeps running."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        _say(details)
        saved = False
        try:
            window.note_edit()  # autosave even if this state was autosaved already
            saved = window.files.autosave()
        except Exception:  # the hook must not fail while reporting a failure
            saved = False
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorHook", "Unexpected error"))
        note = (
            QCoreApplication.translate("ErrorHook", "Your work was saved to the recovery folder.")
            if saved
            else QCoreApplication.translate("ErrorHook", "Your work is still open; save it to be safe.")
        )
        problem = str(error) or kind.__name__
        box.setText(QCoreApplication.translate("ErrorHook", "Something went wrong: %1").replace("%1", problem))
        box.setInformativeText(note)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook

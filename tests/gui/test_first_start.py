"""First start fits the screen; afterwards the saved geometry is what the window opens with."""

from __future__ import annotations

from PySide6.QtCore import QRect

from releasedesk.gui.main_window import MainWindow, first_start_geometry
from releasedesk.samples import load_sample
from releasedesk.session.recovery import RecoveryStore


def test_first_start_geometry_fits_and_centres():
    assert first_start_geometry(QRect(0, 0, 1920, 1040)) == QRect(210, 50, 1500, 940)
    small = first_start_geometry(QRect(0, 24, 1366, 744))
    assert small.width() <= 1366
    assert small.height() <= 744
    assert QRect(0, 24, 1366, 744).contains(small)
    assert small.center() == QRect(0, 24, 1366, 744).center()


def test_window_fits_the_screen_then_reopens_as_left(qtbot, settings, tmp_path):
    first = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(first)
    first.show_release(load_sample(), None)
    first.show()
    qtbot.waitExposed(first)
    available = first.screen().availableGeometry()
    assert first.width() <= available.width()
    assert first.height() <= available.height()
    first.resize(700, 600)
    left = (first.width(), first.height())
    assert left != (available.width(), available.height())
    first.save_layout()
    first.setWindowModified(False)
    first.close()
    second = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(second)
    second.show_release(load_sample(), None)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == left
    second.setWindowModified(False)
    second.close()

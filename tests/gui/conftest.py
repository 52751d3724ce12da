"""GUI fixtures: the real main window with settings and recovery inside tmp, and modal dialogs answered by script."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from releasedesk.gui.main_window import MainWindow
from releasedesk.gui.settings import Settings
from releasedesk.gui.slots import apply_refcount_guard
from releasedesk.samples import load_sample
from releasedesk.session.recovery import RecoveryStore

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

apply_refcount_guard()  # what start-up does (gui/app.py); pytest-qt makes the QApplication, so the tests do it here

Button = QMessageBox.StandardButton


@dataclass
class Dialogs:
    """Records every message box and answers it; file dialogs return the next queued path."""

    answers: dict[str, Button] = field(default_factory=dict)
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    save_paths: list[Path] = field(default_factory=list)
    open_paths: list[Path] = field(default_factory=list)
    exec_result: int = QDialog.DialogCode.Accepted
    choices: list[str] = field(default_factory=list)  # named buttons (gui.choice.ask) to click, in order

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()
    defaults = {
        "question": Button.Discard,
        "warning": Button.Cancel,
        "critical": Button.Ok,
        "information": Button.Ok,
    }

    def box(kind: str) -> Any:
        def show(_parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any) -> Button:
            record.shown.append((kind, title, text))
            return record.answers.get(kind, defaults[kind])

        return staticmethod(show)

    for kind in defaults:
        monkeypatch.setattr(QMessageBox, kind, box(kind))

    def box_exec(self: QMessageBox) -> None:
        record.shown.append(("exec", self.windowTitle(), f"{self.text()}\n{self.informativeText()}"))
        if record.choices:
            wanted = record.choices.pop(0)
            named = [button for button in self.buttons() if button.objectName() == wanted]
            assert named, f"no button {wanted!r} in {[b.objectName() for b in self.buttons()]}"
            named[0].click()  # the real button: QMessageBox records it as clickedButton()

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QDialog, "exec", lambda self: record.exec_result)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(record.save_paths.pop(0)), "") if record.save_paths else ("", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(record.open_paths.pop(0)), "") if record.open_paths else ("", "")),
    )
    return record


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    QCoreApplication.setOrganizationName("ReleaseDeskTest")
    QCoreApplication.setApplicationName("ReleaseDeskTest")
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def make_window(qtbot: Any, settings: Settings, recovery_dir: Path, dialogs: Dialogs) -> Iterator[Any]:
    """Build real windows showing the sample; each is closed (discarding changes) after the test."""
    windows: list[MainWindow] = []

    def make(release: Any = None) -> MainWindow:
        first_start = settings.geometry is None
        window = MainWindow(settings, RecoveryStore(recovery_dir))
        if first_start:
            window.resize(1500, 940)  # what a full-HD screen gets (the offscreen screen is 800×800)
        qtbot.addWidget(window)
        window.show_release(release if release is not None else load_sample(), None)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.setWindowModified(False)
        window.close()


@pytest.fixture
def window(make_window: Any) -> MainWindow:
    return make_window()

"""Starting the app: no display, settings round trips, the translation, the error hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QTranslator

from releasedesk.cli import EXIT_NO_GUI
from releasedesk.gui import app as gui_app
from releasedesk.gui.i18n import ui_locale
from releasedesk.resources import resource


def test_without_a_display_one_line_and_exit_code_4():
    unset = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    result = subprocess.run(
        [sys.executable, "-m", "releasedesk"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == EXIT_NO_GUI
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr


def test_settings_round_trip(settings, tmp_path: Path):
    assert settings.recent_files == []
    assert settings.ui_language == "system"
    assert settings.preview_language == "both"
    one = tmp_path / "one.rdrelease"
    settings.add_recent_file(one)
    assert settings.recent_files == [one.resolve()]  # one entry comes back as a list, not a bare string
    settings.add_recent_file(tmp_path / "two.rdrelease")
    settings.add_recent_file(one)
    assert settings.recent_files == [one.resolve(), (tmp_path / "two.rdrelease").resolve()]
    settings.ui_language = "zh_TW"
    settings.preview_language = "en"
    settings.ui_language = "klingon"  # unknown values fall back, never persist garbage
    assert settings.ui_language == "system"
    assert settings.preview_language == "en"
    settings.geometry = QByteArray(b"abc")
    assert settings.geometry == QByteArray(b"abc")


def test_ui_locale_choice():
    assert ui_locale("zh_TW") == "zh_TW"
    assert ui_locale("en") == "en"
    assert ui_locale("system") in ("en", "zh_TW")


def test_chinese_translation_is_shipped_and_complete(qapp):
    qm = resource("i18n", "releasedesk_zh_TW.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "檔案(&F)"
    ts = resource("i18n", "releasedesk_zh_TW.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert "<translation></translation>" not in ts
    assert "<numerusform></numerusform>" not in ts  # plural messages ("%n in sync") need their form too


def test_every_interface_string_in_the_code_is_translated(tmp_path: Path):
    """Extract tr() strings from the sources now (as scripts/update_translations.sh does): none may be new."""
    import PySide6

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(PySide6.__file__).with_name("lupdate")
    ts = tmp_path / "check.ts"
    ts.write_bytes(resource("i18n", "releasedesk_zh_TW.ts").read_bytes())
    sources = sorted(str(path) for path in Path(gui_app.__file__).parent.rglob("*.py"))
    command = [
        str(lupdate),
        *sources,
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        "zh_TW",
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    untranslated = text.count('type="unfinished"')
    assert untranslated == 0, f"{untranslated} new interface strings: run scripts/update_translations.sh and translate"


def test_excepthook_autosaves_and_shows_a_dialog(window, dialogs, monkeypatch, recovery_dir):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_app.install_excepthook(window)
    window.panes["en"].headline.setText("keep me")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(RuntimeError, error, error.__traceback__)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "exec"
    assert "boom" in text
    assert "recovery" in text
    assert window.isVisible()
    assert window.current_release().content["en"].headline == "keep me"
    assert list(recovery_dir.glob("*.rdrelease"))


@pytest.mark.slow
def test_run_gui_opens_a_file_given_on_the_command_line(tmp_path):
    from releasedesk.fileformat import save_release
    from releasedesk.samples import load_sample

    path = tmp_path / "given.rdrelease"
    save_release(load_sample(), path)
    code = (
        "import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication;"
        "from releasedesk.gui import app; app.create_application(['releasedesk']);"
        "QTimer.singleShot(1500, lambda: (print([w.windowTitle() for w in QApplication.topLevelWidgets()"
        " if w.objectName() == 'main_window']), QApplication.closeAllWindows()));"
        f"sys.exit(app.run_gui(__import__('pathlib').Path({str(path)!r})))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    env["XDG_DATA_HOME"] = str(tmp_path / "d")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "given.rdrelease[*] — ReleaseDesk" in result.stdout


def test_commands_connected_to_signals_do_not_leak_references(window):
    """PySide6 6.12 on 3.11 drops a reference to whatever a slot returns; commands must return None to Qt."""
    window.find_dialog.find_text.setText("zzz-not-there")
    window.preview._pool.waitForDone(30_000)  # noqa: SLF001 - wait for renders in flight; a preview render in flight frees its own references to False
    before = sys.getrefcount(False)
    for _ in range(300):
        window.find_next_action.trigger()  # find_next() returns False
        window.files.autosave_timer.timeout.emit()  # autosave() returns False (nothing changed)
    assert sys.getrefcount(False) >= before - 100  # the bug costs one reference per call: -600 here

"""The real window: typing in both languages, saving, reopening and getting the same release back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from gui.helpers import commit_input_method, type_text
from releasedesk.fileformat import load_release
from releasedesk.model.richtext import block_runs, plain_text
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path


def _body_text(release, lang):
    return "\n".join(plain_text(block_runs(block)) for block in release.content[lang].body)


def _cursor_to_end(editor):
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


def test_window_shows_the_sample_as_an_untitled_release(window):
    sample = load_sample()
    assert "Untitled" in window.windowTitle()
    assert "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    assert window.current_release() == sample
    assert window.panes["zh-TW"].headline.text() == sample.content["zh-TW"].headline


def test_typing_in_both_editors_marks_modified_and_updates_counts(window):
    before = window.count_labels["zh-TW"].text(), window.count_labels["en"].text()
    _cursor_to_end(window.panes["zh-TW"].body)
    type_text(window.panes["zh-TW"].body, "新增一句。")
    _cursor_to_end(window.panes["en"].body)
    type_text(window.panes["en"].body, " Three more words")
    assert window.isWindowModified()
    window.update_counts()
    after = window.count_labels["zh-TW"].text(), window.count_labels["en"].text()
    assert after != before
    release = window.current_release()
    assert _body_text(release, "zh-TW").endswith("新增一句。")
    assert _body_text(release, "en").endswith("Three more words")


def test_input_method_commit_reaches_the_model(window):
    headline = window.panes["zh-TW"].headline
    headline.setCursorPosition(len(headline.text()))
    commit_input_method(headline, "（更新）")
    assert window.current_release().content["zh-TW"].headline.endswith("（更新）")
    _cursor_to_end(window.panes["zh-TW"].body)
    commit_input_method(window.panes["zh-TW"].body, "注音輸入")
    assert _body_text(window.current_release(), "zh-TW").endswith("注音輸入")


def test_save_reopen_gives_the_same_release(window, make_window, dialogs, tmp_path: Path):
    type_text(window.form.number, "-rev2")
    window.panes["en"].headline.selectAll()
    type_text(window.panes["en"].headline, "A new headline, typed")
    window.panes["zh-TW"].headline.selectAll()
    commit_input_method(window.panes["zh-TW"].headline, "新的標題：逐字輸入")
    _cursor_to_end(window.panes["en"].body)
    type_text(window.panes["en"].body, "\rA closing paragraph.")
    expected = window.current_release()

    target = tmp_path / "saved.rdrelease"
    dialogs.save_paths.append(target)
    assert window.files.save()  # untitled: goes through Save As
    assert not window.isWindowModified()
    assert "saved.rdrelease" in window.windowTitle()
    on_disk = load_release(target)
    assert on_disk == expected
    assert on_disk.content["zh-TW"].headline == "新的標題：逐字輸入"
    assert on_disk.number.endswith("-rev2")

    other = make_window()
    assert other.files.open_path(target)
    assert other.current_release() == expected
    assert window.settings.recent_files[0] == target.resolve()


def test_excluding_a_language_removes_it_from_the_release_but_keeps_the_text(window):
    pane = window.panes["en"]
    pane.include.setChecked(False)
    assert window.current_release().languages == ("zh-TW",)
    assert window.isWindowModified()
    pane.include.setChecked(True)
    assert window.current_release().content["en"] == load_sample().content["en"]


def test_metadata_form_edits_reach_the_release(window):
    form = window.form
    form.embargoed.setChecked(True)
    form.embargo_until.zone.setCurrentText("Europe/London")
    release = window.current_release()
    assert release.embargo_until is not None
    assert release.embargo_until.tzinfo.key == "Europe/London"
    assert release.issued_at.tzinfo.key == "Asia/Taipei"


def test_layout_persists_between_windows(window, make_window):
    window.pane_splitter.setSizes([300, 700])
    sizes = window.pane_splitter.sizes()
    window.preview_dock.hide()
    window.close()
    other = make_window()
    restored = other.pane_splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02  # proportions; the width may differ
    assert other.preview_dock.isHidden()


def test_status_bar_counts_match_the_model(window):
    from releasedesk.model import counts

    window.update_counts()
    for lang, label in window.count_labels.items():
        release = window.current_release()
        content = release.content[lang]
        text = "\n".join([content.headline, content.subheadline, _body_text(release, lang), content.boilerplate])
        assert str(counts.count(text, lang)) in label.text().replace(",", "")


def test_edit_menu_acts_on_the_focused_field(window, qtbot):
    headline = window.panes["en"].headline
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    original = headline.text()
    type_text(headline, "xyz")
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Edit" in a.text())
    undo = next(a for a in edit_menu.actions() if a.text().startswith("&Undo"))
    assert undo.text() == "&Undo Edit English headline"
    headline.setFocus()
    undo.trigger()
    assert headline.text() == original
    select_all = next(a for a in edit_menu.actions() if a.text() == "Select &All")
    select_all.trigger()
    assert headline.selectedText() == headline.text()


def test_interface_language_setting_from_the_menu(window, dialogs):
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Settings" in a.text())
    language_menu = settings_menu.actions()[0].menu()
    chinese = next(a for a in language_menu.actions() if "中文" in a.text())
    english = next(a for a in language_menu.actions() if a.text() == "English")
    chinese.trigger()
    try:
        assert window.settings.ui_language == "zh_TW"
        assert dialogs.kinds() == []  # no "restart to see it": the window switched already
        assert window.menuBar().actions()[0].text() == "檔案(&F)"
    finally:
        english.trigger()
    assert window.settings.ui_language == "en"
    assert window.menuBar().actions()[0].text() == "&File"

"""The writing checks in the real window: underlines, context menu, panel, switches, glossary dialog."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor

from releasedesk.checks.glossary_store import CheckStore
from releasedesk.checks.runner import Checker
from releasedesk.directory.repository import default_db_path
from releasedesk.gui.checks.context_menu import CheckMenu
from releasedesk.model.richtext import Paragraph, text
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def flawed_release() -> Any:
    release = load_sample("announcement")
    release.content["zh-TW"].headline = "台灣數位陪伴計畫"
    release.content["zh-TW"].body[0] = Paragraph((text("本部今日发布新措施，，請參閱。"),))
    release.content["en"].body[0] = Paragraph((text("The ministry will recieve forms."),))
    return release


def underlined(edit: QTextEdit | QPlainTextEdit, number: int = 0) -> list[str]:
    block = edit.document().findBlockByNumber(number)
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == WAVY
    ]


def settle(window: Any, qtbot: Any) -> None:
    """Wait until the worker is idle and the panel has refreshed."""
    window.checks.service.wait()
    qtbot.wait(50)
    qtbot.waitUntil(window.checks.settled, timeout=10_000)


def menu_for(window: Any, lang: str, edit: QTextEdit, number: int, offset: int) -> Any:
    """The context menu the check filter builds at a character of block `number`."""
    block = edit.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    rect = edit.cursorRect(cursor)
    menu_filter = next(child for child in edit.children() if isinstance(child, CheckMenu))
    return menu_filter.menu_at(QPoint(rect.center().x() + 2, rect.center().y()))


def test_underlines_appear_without_marking_the_release_modified(make_window: Any, qtbot: Any) -> None:
    window = make_window(flawed_release())
    zh, en = window.panes["zh-TW"], window.panes["en"]
    qtbot.waitUntil(lambda: underlined(zh.body) == ["发", "，，"], timeout=5000)
    qtbot.waitUntil(lambda: underlined(en.body) == ["recieve"], timeout=5000)
    underliner = next(u for u in window.checks.underliners if u.edit is zh.headline)
    qtbot.waitUntil(lambda: underliner._shown == [(0, 1, "tai")], timeout=5000)  # noqa: SLF001 - what is underlined: no widget reports it
    assert not window.isWindowModified()
    assert underlined(zh.body, 1) == []  # the sample's own text has nothing to underline


def test_checks_run_off_the_gui_thread(make_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    threads: list[str] = []
    real = Checker.check_text

    def recording(self: Checker, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Checker, "check_text", recording)
    window = make_window(flawed_release())
    body = window.panes["zh-TW"].body
    settle(window, qtbot)
    checked = len(threads)
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.insertPlainText("软")
    settle(window, qtbot)
    assert threads
    assert all(name.startswith("releasedesk-checks") for name in threads)
    assert len(threads) == checked + 1  # only the changed block was checked again
    assert "软" in underlined(body, body.document().blockCount() - 1)


def test_context_menu_replaces_with_the_suggestion(make_window: Any, qtbot: Any) -> None:
    window = make_window(flawed_release())
    body = window.panes["zh-TW"].body
    qtbot.waitUntil(lambda: underlined(body) == ["发", "，，"], timeout=5000)
    menu = menu_for(window, "zh-TW", body, 0, 4)
    texts = [action.text() for action in menu.actions()]
    assert texts[:4] == ["Simplified character: 发 → 發", "發", "Ignore here", ""]
    menu.actions()[1].trigger()
    assert body.document().firstBlock().text() == "本部今日發布新措施，，請參閱。"
    assert window.isWindowModified()
    body.undo()
    assert body.document().firstBlock().text() == "本部今日发布新措施，，請參閱。"


def test_add_to_word_list_is_shared_through_the_directory(make_window: Any, qtbot: Any) -> None:
    window = make_window(flawed_release())
    body = window.panes["en"].body
    qtbot.waitUntil(lambda: underlined(body) == ["recieve"], timeout=5000)
    menu = menu_for(window, "en", body, 0, 19)
    actions = {action.text(): action for action in menu.actions()}
    assert "receive" in actions
    actions["Add “recieve” to the word list"].trigger()
    qtbot.waitUntil(lambda: underlined(body) == [], timeout=5000)
    with CheckStore(default_db_path()) as store:
        assert store.words() == ["recieve"]


def test_ignore_here_and_the_panel(make_window: Any, qtbot: Any) -> None:
    window = make_window(flawed_release())
    settle(window, qtbot)
    panel = window.checks.panel
    assert [(e.location.lang, e.location.field, e.finding.text) for e in panel.entries] == [
        ("zh-TW", "headline", "台"),
        ("zh-TW", "body", "发"),
        ("zh-TW", "body", "，，"),
        ("en", "body", "recieve"),
    ]
    assert panel.tree.topLevelItem(1).text(0) == "Chinese body ¶1"
    assert window.checks.dock.windowTitle() == "Checks (4)"
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(2), 0)
    body = window.panes["zh-TW"].body
    assert body.textCursor().selectedText() == "，，"
    assert body.hasFocus()
    menu = menu_for(window, "zh-TW", body, 0, 9)
    next(action for action in menu.actions() if action.text() == "Ignore here").trigger()
    settle(window, qtbot)
    assert [e.finding.text for e in panel.entries] == ["台", "发", "recieve"]
    assert underlined(body) == ["发"]


def test_switching_a_check_off_clears_it_and_is_remembered(make_window: Any, qtbot: Any, settings: Any) -> None:
    window = make_window(flawed_release())
    settle(window, qtbot)
    window.checks.check_actions["spelling"].setChecked(False)
    settle(window, qtbot)
    assert [e.finding.check for e in window.checks.panel.entries] == ["tai", "style", "style"]
    assert underlined(window.panes["en"].body) == []
    assert "spelling" not in settings.enabled_checks
    assert not make_window(flawed_release()).checks.check_actions["spelling"].isChecked()


def test_glossary_import_finds_a_missing_official_name(
    make_window: Any, qtbot: Any, dialogs: Any, tmp_path: Path
) -> None:
    from releasedesk.gui.checks.glossary_dialog import GlossaryDialog

    csv = tmp_path / "glossary.csv"
    csv.write_text(
        "zh,en,deprecated\n數位服務部,Ministry of Digital Services,\n陪伴志工,Companion Volunteers,\n", encoding="utf-8"
    )
    window = make_window(flawed_release())
    dialogs.open_paths.append(csv)
    dialog = GlossaryDialog(default_db_path(), window)
    dialog.import_csv()
    assert dialog.table.rowCount() == 2
    dialog.accept()
    window.checks.reload()
    settle(window, qtbot)
    missing = [e for e in window.checks.panel.entries if e.finding.code == "glossary-missing"]
    assert [(e.location.field, e.finding.text) for e in missing] == [("body", "陪伴志工")]


def test_bad_glossary_csv_is_one_line_and_changes_nothing(
    make_window: Any, qtbot: Any, dialogs: Any, tmp_path: Path
) -> None:
    from releasedesk.gui.checks.glossary_dialog import GlossaryDialog

    csv = tmp_path / "glossary.csv"
    csv.write_text("term,english\n", encoding="utf-8")
    window = make_window()
    dialogs.open_paths.append(csv)
    dialog = GlossaryDialog(default_db_path(), window)
    dialog.import_csv()
    assert dialogs.kinds() == ["warning"]
    assert dialogs.shown[0][2] == "glossary.csv: the first line must be a header with at least 'zh' and 'en' columns"
    assert dialog.table.rowCount() == 0


def test_panel_numbers_body_blocks_as_the_command_line_does(make_window: Any, qtbot: Any) -> None:
    from releasedesk.checks.runner import Checker as CoreChecker

    release = load_sample("announcement")
    release.content["zh-TW"].body[6] = Paragraph((text("智慧型手机日常操作"),))  # after the figure (image + caption)
    window = make_window(release)
    settle(window, qtbot)
    (entry,) = window.checks.panel.entries
    (finding,) = CoreChecker().check_release(release)
    assert entry.location == finding.location
    assert str(finding.location) == "zh-TW body ¶7"


def test_export_dialog_lists_the_findings(make_window: Any, qtbot: Any) -> None:
    from releasedesk.gui.export_dialog import ExportDialog

    window = make_window(flawed_release())
    dialog = ExportDialog(window.current_release(), "pdf", Path("out.pdf"), window)
    qtbot.addWidget(dialog)
    lines = [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]
    assert "Chinese body ¶1: Simplified character: 发 → 發" in lines
    assert "English body ¶1: Spelling: recieve" in lines


def test_each_highlighter_belongs_to_its_editor(window: Any) -> None:
    """Owned by the editors themselves (not the document's parent, Qt's internal text control for a plain-text
    editor: wrapping it set up ~100 enum types before the first frame)."""
    editors = [editor for pane in window.panes.values() for editor in (pane.body, pane.boilerplate)]
    highlighters = window.checks.highlighters
    assert [highlighter.parent() for highlighter in highlighters] == editors
    assert [highlighter.document() for highlighter in highlighters] == [editor.document() for editor in editors]

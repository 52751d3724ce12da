"""Pairs in the real window: ids survive the editor, and split, merge, new paragraph, delete, copy, cut/paste,
revert, minor edit and mark in sync behave as docs/linked-languages.md says."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.gui.helpers import type_text

from releasedesk.gui.richtext.block_ids import block_id
from releasedesk.model.richtext import Heading, Paragraph, text
from releasedesk.pairs.states import State
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow


def _goto(window: MainWindow, lang: str, number: int, *, end: bool = False, offset: int = 0) -> QTextCursor:
    """Put the cursor in body block `number` (1-based, as the model counts) of `lang`."""
    editor = window.panes[lang].body
    target = editor.content()[number - 1].id
    block = window.pairs.tracker.find_block(lang, target)  # type: ignore[arg-type]
    assert block is not None
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + (block.length() - 1 if end else offset))
    editor.setTextCursor(cursor)
    editor.setFocus()
    return cursor


def _state(window: MainWindow, lang: str, number: int) -> Any:
    block_ = window.pairs.tracker.find_block(lang, window.panes[lang].body.content()[number - 1].id)  # type: ignore[arg-type]
    return window.pairs.tracker.state_of(lang, block_)  # type: ignore[arg-type]


def _ids(window: MainWindow, lang: str) -> list[str]:
    return [block.id for block in window.panes[lang].body.content()]


def test_ids_survive_the_editor_and_a_change_of_block_type(window: MainWindow) -> None:
    sample = load_sample()
    assert _ids(window, "zh-TW") == [block.id for block in sample.content["zh-TW"].body]
    assert window.current_release() == sample
    _goto(window, "en", 2)
    window.panes["en"].body.set_heading(2)
    assert isinstance(window.panes["en"].body.content()[1], Heading)
    assert _ids(window, "en")[1] == sample.content["en"].body[1].id


def test_typing_makes_a_pair_out_of_date_and_undo_reverts_it(window: MainWindow, qtbot: Any) -> None:
    tracker = window.pairs.tracker
    _goto(window, "zh-TW", 2, end=True)
    type_text(window.panes["zh-TW"].body, "新增")
    tracker.settle()
    status = _state(window, "zh-TW", 2)
    assert (status.state, status.changed, status.needing_lang) == (State.OUT_OF_DATE, ("zh-TW",), "en")
    assert "1 out of date" in window.pairs.summary_button.text()
    window.panes["zh-TW"].body.undo()
    tracker.settle()
    assert _state(window, "zh-TW", 2).state == State.IN_SYNC
    assert "out of date" not in window.pairs.summary_button.text()


def test_minor_edit_then_mark_in_sync_from_the_menu(window: MainWindow) -> None:
    _goto(window, "en", 3, end=True)
    type_text(window.panes["en"].body, " ")
    type_text(window.panes["en"].body, "x")
    window.pairs.minor_action.trigger()
    assert _state(window, "en", 3).state == State.MINOR_EDIT
    type_text(window.panes["en"].body, "y")
    window.pairs.tracker.settle()
    assert _state(window, "en", 3).state == State.OUT_OF_DATE
    window.pairs.mark_action.trigger()
    status = _state(window, "en", 3)
    assert status.state == State.IN_SYNC
    assert status.confirmed.en.endswith(" xy")


def test_split_keeps_the_pair_on_the_first_part(window: MainWindow, qtbot: Any) -> None:
    before = _ids(window, "zh-TW")
    _goto(window, "zh-TW", 2, offset=10)
    qtbot.keyClick(window.panes["zh-TW"].body, Qt.Key.Key_Return)
    window.pairs.tracker.settle()
    after = _ids(window, "zh-TW")
    assert after[1] == before[1]
    assert after[2] not in before
    assert len(set(after)) == len(after)
    assert _state(window, "zh-TW", 2).state == State.OUT_OF_DATE
    assert _state(window, "zh-TW", 3).state == State.UNPAIRED
    assert len(window.panes["en"].body.content()) == len(before)  # a split adds no placeholder


def test_a_new_paragraph_gets_a_placeholder_on_the_other_side(window: MainWindow, qtbot: Any) -> None:
    en_before = _ids(window, "en")
    _goto(window, "zh-TW", 2, end=True)
    qtbot.keyClick(window.panes["zh-TW"].body, Qt.Key.Key_Return)
    type_text(window.panes["zh-TW"].body, "新的段落。")
    window.pairs.tracker.settle()
    en_after = _ids(window, "en")
    assert len(en_after) == len(en_before) + 1
    assert en_after[:2] == en_before[:2]
    placeholder = window.panes["en"].body.content()[2]
    assert isinstance(placeholder, Paragraph)
    assert placeholder.runs == ()
    status = _state(window, "zh-TW", 3)
    assert (status.state, status.empty, status.en_id) == (State.MISSING, ("en",), placeholder.id)
    type_text(window.panes["en"].body, "")  # nothing typed yet: still to translate
    _goto(window, "en", 3)
    type_text(window.panes["en"].body, "A new paragraph.")
    window.pairs.tracker.settle()
    assert _state(window, "en", 3).state == State.UNCONFIRMED
    window.pairs.mark_action.trigger()
    assert _state(window, "en", 3).state == State.IN_SYNC


def test_merge_keeps_the_first_pair_and_asks_nothing(window: MainWindow, qtbot: Any, dialogs: Any) -> None:
    before = _ids(window, "zh-TW")
    _goto(window, "zh-TW", 3)
    qtbot.keyClick(window.panes["zh-TW"].body, Qt.Key.Key_Backspace)
    window.pairs.tracker.settle()
    assert _ids(window, "zh-TW") == before[:2] + before[3:]
    assert dialogs.kinds() == []
    assert _state(window, "zh-TW", 2).state == State.OUT_OF_DATE
    assert _state(window, "en", 3).state == State.UNPAIRED  # the merged block's partner now has none


def _select_block(window: MainWindow, lang: str, number: int) -> QTextCursor:
    cursor = _goto(window, lang, number)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    window.panes[lang].body.setTextCursor(cursor)
    return cursor


def test_deleting_a_paragraph_asks_about_its_partner(window: MainWindow, dialogs: Any) -> None:
    zh_before, en_before = _ids(window, "zh-TW"), _ids(window, "en")
    QApplication.clipboard().clear()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    _select_block(window, "zh-TW", 3).removeSelectedText()
    window.pairs.tracker.settle()
    assert dialogs.kinds() == ["question"]
    assert "English" in dialogs.shown[0][2]
    assert _ids(window, "zh-TW") == zh_before[:2] + zh_before[3:]
    assert _ids(window, "en") == en_before[:2] + en_before[3:]
    assert "to translate" not in window.pairs.summary_button.text()


def test_keeping_the_partner_leaves_it_to_translate(window: MainWindow, dialogs: Any) -> None:
    QApplication.clipboard().clear()
    dialogs.answers["question"] = QMessageBox.StandardButton.No
    en_before = _ids(window, "en")
    _select_block(window, "en", 4).removeSelectedText()
    window.pairs.tracker.settle()
    assert dialogs.kinds() == ["question"]
    assert len(_ids(window, "zh-TW")) == len(en_before)
    assert _state(window, "zh-TW", 4).state == State.UNPAIRED
    assert "1 to translate" in window.pairs.summary_button.text()


def test_cut_and_paste_moves_a_block_with_its_pair(window: MainWindow, dialogs: Any) -> None:
    editor = window.panes["zh-TW"].body
    moved = _ids(window, "zh-TW")[2]
    _select_block(window, "zh-TW", 3)
    editor.cut()
    window.pairs.tracker.settle()
    assert dialogs.kinds() == []  # on the clipboard: not asked
    cursor = _goto(window, "zh-TW", 5, end=True)
    cursor.insertBlock()
    editor.setTextCursor(cursor)  # an empty line of its own
    editor.paste()
    window.pairs.tracker.settle()
    ids = _ids(window, "zh-TW")
    assert ids.count(moved) == 1
    assert ids.index(moved) > 2
    status = window.pairs.tracker.state_of("zh-TW", window.pairs.tracker.find_block("zh-TW", moved))
    assert status is not None
    assert status.state == State.IN_SYNC


def test_a_pasted_copy_gets_a_new_id(window: MainWindow) -> None:
    editor = window.panes["zh-TW"].body
    original = _ids(window, "zh-TW")[1]
    _select_block(window, "zh-TW", 2)
    editor.copy()
    cursor = _goto(window, "zh-TW", 4, end=True)
    cursor.insertBlock()
    editor.setTextCursor(cursor)
    editor.paste()
    window.pairs.tracker.settle()
    ids = [i for i in _ids(window, "zh-TW") if i]
    assert ids.count(original) == 1
    assert len(ids) == len(set(ids))
    assert _state(window, "zh-TW", 2).state == State.IN_SYNC


def test_partner_is_highlighted_and_saved_pairs_reopen(window: MainWindow, tmp_path: Any, dialogs: Any) -> None:
    _goto(window, "zh-TW", 5)
    selections = window.panes["en"].body.extraSelections()
    assert len(selections) == 1
    assert block_id(selections[0].cursor.block()) == _ids(window, "en")[4]
    _goto(window, "en", 2, end=True)
    type_text(window.panes["en"].body, " Changed.")
    window.pairs.tracker.settle()
    path = tmp_path / "changed.rdrelease"
    dialogs.save_paths.append(path)
    assert window.files.save_as()
    from releasedesk.fileformat import load_release

    reopened = load_release(path)
    assert reopened.pairs == window.pairs.tracker.pairs or reopened.pairs.body == [
        pair for pair in window.pairs.tracker.pairs.body if pair.zh in _ids(window, "zh-TW")
    ]
    other = load_release(path)
    window.show_release(other, path)
    assert _state(window, "en", 2).state == State.OUT_OF_DATE


def test_gutter_marks_each_visible_paragraph_and_the_list_goes_to_a_pair(window: MainWindow, dialogs: Any) -> None:
    marks = window.pairs.gutters["zh-TW"].marks()
    assert marks
    assert {status.state for _, _, status in marks} == {State.IN_SYNC}
    _goto(window, "zh-TW", 1, end=True)
    type_text(window.panes["zh-TW"].body, "改")
    window.pairs.tracker.settle()
    window.pairs.show_list()
    dialog = window.pairs.list_dialog
    assert dialog is not None
    assert dialog.list.count() == 1
    assert "Out of date" in dialog.list.item(0).text()
    _goto(window, "en", 6)
    dialog.goTo.emit(dialog.current())
    assert (
        window.panes["en"].body.textCursor().block().position()
        == window.pairs.tracker.find_block("en", _ids(window, "en")[0]).position()
    )
    dialog.all_button.click()
    assert dialog.list.count() == 0


def test_a_release_made_in_code_gets_ids_and_unconfirmed_pairs(make_window: Any) -> None:
    from releasedesk.model import LanguageContent, Release

    release = Release(
        content={
            "zh-TW": LanguageContent(headline="甲", body=[Paragraph((text("一"),)), Paragraph((text("二"),))]),
            "en": LanguageContent(headline="A", body=[Paragraph((text("One"),)), Paragraph((text("Two"),))]),
        }
    )
    window = make_window(release)
    assert all(_ids(window, "zh-TW"))
    assert all(_ids(window, "en"))
    assert "3 not confirmed" in window.pairs.summary_button.text()
    window.pairs.all_action.trigger()
    assert window.pairs.summary_button.text() == "3 in sync"


def test_the_window_sees_the_same_states_as_the_core(make_window: Any) -> None:
    from releasedesk.pairs.states import pair_statuses

    sample = load_sample("long-report")
    window = make_window(load_sample("long-report"))
    seen = [(s.key, s.zh_id, s.en_id, s.state) for s in window.pairs.tracker.statuses()]
    assert seen == [(s.key, s.zh_id, s.en_id, s.state) for s in pair_statuses(sample)]
    assert window.pairs.summary_button.text() == f"{len(seen)} in sync"

"""Keyboard use: Tab leaves the body editors, command keys work from every field, unique Alt+letters, reading order."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from releasedesk.resources import resource

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_tab_moves_focus_out_of_the_body_and_indents_only_in_lists(window, qtbot):
    pane = window.panes["en"]
    before = pane.body.toPlainText()
    _focus(qtbot, pane.body)
    qtbot.keyClick(pane.body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.boilerplate
    assert pane.body.toPlainText() == before
    assert "\t" not in pane.body.toPlainText()
    qtbot.keyClick(pane.boilerplate, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pane.body
    cursor = pane.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.body.setTextCursor(cursor)
    pane.body.toggle_bullet_list()  # in a list, Tab changes the item's level, as in a word processor
    cursor.clearSelection()
    pane.body.setTextCursor(cursor)
    assert pane.body.current_list() == (False, 0)
    qtbot.keyClick(pane.body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.body
    assert pane.body.current_list() == (False, 1)


class _GreedyLineEdit(QLineEdit):
    """Claims every shortcut key, as Qt's line edits do with Ctrl+E (end of line) under X11."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


@pytest.mark.parametrize(
    ("key", "action"),
    [(Qt.Key.Key_E, "export_pdf_action"), (Qt.Key.Key_S, "save_action"), (Qt.Key.Key_P, "print_action")],
)
def test_command_keys_work_from_every_field(window, qtbot, key, action):
    hits: list[str] = []
    getattr(window, action).triggered.disconnect()
    getattr(window, action).triggered.connect(lambda *_: hits.append(action))
    greedy = _GreedyLineEdit(window.form)
    window.keep_command_keys(greedy)  # a field added after the window was built
    greedy.show()
    fields = [greedy, window.form.agency.en, window.panes["zh-TW"].body, window.form.issued_at.edit]
    for field in [*fields, window.form.issued_at.zone, window.contacts.table]:
        _focus(qtbot, field)
        qtbot.keyClick(field, key, CTRL)
    assert hits == [action] * 6


def _mnemonics(window) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter in the window: menu titles, labels with buddies, buttons."""
    texts = [action.text() for action in window.menuBar().actions()]
    labels = [label for label in window.findChildren(QLabel) if label.window() is window]  # not the dialogs
    texts += [label.text() for label in labels if label.buddy() is not None]
    buttons = window.findChildren(QAbstractButton)
    texts += [button.text() for button in buttons if button.window() is window and button.isVisibleTo(window)]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).casefold(), text))
    return found


def _assert_unique(found: list[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for letter, text in found:
        assert letter not in seen, f"Alt+{letter.upper()} is both {seen[letter]!r} and {text!r}"
        seen[letter] = text


def test_mnemonics_are_unique_in_english(window):
    found = _mnemonics(window)
    assert len(found) >= 18  # menus, form and pane labels (tool buttons show no mnemonics)
    _assert_unique(found)
    assert ("h", "&Help") in found


def test_mnemonics_are_unique_in_chinese(qapp, make_window):
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "releasedesk_zh_TW.qm")))
    qapp.installTranslator(translator)
    try:
        window = make_window()
        found = _mnemonics(window)
        assert ("h", "說明(&H)") in found
        _assert_unique(found)
    finally:
        qapp.removeTranslator(translator)


def test_tab_order_follows_reading_order(window, qtbot):
    form, zh, en = window.form, window.panes["zh-TW"], window.panes["en"]
    expected = [
        *(form.last_field, zh.include, zh.headline, zh.subheadline, zh.body, zh.boilerplate),
        *(en.include, en.headline, en.subheadline, en.body, en.boilerplate),
    ]
    form.embargoed.setChecked(True)  # the embargo's zone box is the form's last field, enabled with an embargo
    _focus(qtbot, form.last_field)
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    cursor = en.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.block().textList() is None


def test_every_label_mnemonic_moves_focus_to_its_field(window, qtbot):
    labels = [label for label in window.findChildren(QLabel) if label.buddy() is not None and label.window() is window]
    labels = [label for label in labels if re.search(r"&[^&\s]", label.text())]
    assert len(labels) >= 12  # the status is a label now (derived from the approval records), not a field
    for label in labels:
        letter = re.search(r"&([^&\s])", label.text()).group(1)
        _focus(qtbot, window.form.number if label.buddy() is not window.form.number else window.form.agency.zh)
        qtbot.keyClick(
            QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
        )
        focus = QApplication.focusWidget()
        buddy = label.buddy()
        assert focus is buddy or buddy.isAncestorOf(focus), f"Alt+{letter} ({label.text()}) went to {focus}"

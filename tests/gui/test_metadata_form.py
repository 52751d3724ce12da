"""The metadata form at the default window size: names fit in both languages, the release line keeps its room."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit

from releasedesk.resources import resource

if TYPE_CHECKING:
    from releasedesk.gui.metadata_form import MetadataForm


def _cursor_x(edit: QLineEdit, position: int) -> int:
    edit.setCursorPosition(position)
    edit.repaint()  # QLineEdit scrolls its text while painting
    QApplication.processEvents()
    return edit.cursorRect().center().x()


def fits(edit: QLineEdit) -> bool:
    """True when the whole text shows: moving the cursor from start to end does not scroll the line edit."""
    start = _cursor_x(edit, 0)
    end = _cursor_x(edit, len(edit.text()))
    _cursor_x(edit, 0)
    return end - start >= edit.fontMetrics().horizontalAdvance(edit.text()) - 1


def test_fits_detects_a_cut_off_name(qtbot):
    edit = QLineEdit("Ministry of Digital Services")
    qtbot.addWidget(edit)
    edit.resize(80, edit.sizeHint().height())
    edit.show()
    qtbot.waitExposed(edit)
    assert not fits(edit)
    edit.resize(400, edit.sizeHint().height())
    assert fits(edit)


def _check_default_window(form: MetadataForm) -> None:
    assert form.agency.en.text() == "Ministry of Digital Services"
    for edit in (form.agency.zh, form.agency.en, form.unit.zh, form.unit.en):
        assert fits(edit), f"{edit.objectName()} {edit.text()!r} is cut off at {edit.width()} px"
    for button in (form.immediate, form.embargoed):
        assert button.width() >= button.sizeHint().width(), button.text()
    embargo = form.embargo_until
    for edit in (embargo.edit.findChild(QLineEdit), embargo.zone.lineEdit(), form.number):
        assert fits(edit), f"{edit.text()!r} is cut off at {edit.width()} px"
    assert embargo.zone.lineEdit().text() == "Asia/Taipei"
    assert embargo.edit.text() == "2026-11-25 10:00"


def test_sample_names_and_release_line_fit_at_the_default_size(window):
    assert (window.width(), window.height()) == (1500, 940)
    _check_default_window(window.form)


@pytest.fixture
def chinese_ui(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "releasedesk_zh_TW.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_they_fit_in_the_chinese_interface_too(chinese_ui, make_window):
    window = make_window()
    assert window.form.immediate.text() == "即時發布"
    _check_default_window(window.form)


def test_tab_order_follows_the_rows(window):
    form = window.form
    order = [form.agency.zh]
    while len(order) < 9:
        widget = order[-1].nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    expected = [form.agency.zh, form.agency.en, form.dateline.zh, form.dateline.en, form.unit.zh, form.unit.en]
    assert order[:6] == expected
    assert order[6:9] == [form.end_mark.zh, form.end_mark.en, form.issued_at.edit]

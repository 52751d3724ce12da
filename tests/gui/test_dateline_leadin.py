"""The English dateline shows in the editor where export puts it, without being part of the text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from gui.helpers import type_text
from releasedesk.export import layout


def test_the_english_body_shows_the_dateline_export_adds(window, qtbot):
    body = window.panes["en"].body
    label = window.dateline_leadin.label
    release = window.current_release()
    assert label.isVisible()
    assert label.text() == layout.dateline(release, "en")
    first_line_top = body.viewport().mapTo(body, body.cursorRect(body.textCursor()).topLeft()).y()
    assert label.geometry().bottom() < first_line_top  # above the first paragraph, not over it
    assert not body.toPlainText().startswith(label.text())  # not in the text: cannot be edited, saved or undone

    window.form.dateline.en.setText("Kaohsiung")
    window.form.issued_at.set_value(datetime(2027, 1, 5, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")))
    window.form.changed.emit()
    assert label.text() == "KAOHSIUNG, Jan. 5 \N{EM DASH}" == layout.dateline(window.current_release(), "en")

    window.form.dateline.en.clear()
    assert not label.isVisible()
    assert body.viewportMargins().top() == 0
    assert window.panes["zh-TW"].body.findChild(type(label), "dateline_leadin") is None


def test_typing_at_the_start_of_the_body_goes_after_the_lead_in(window, qtbot):
    body = window.panes["en"].body
    before = body.toPlainText()
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(body, "Today ")
    assert body.toPlainText() == "Today " + before
    assert window.dateline_leadin.label.text().startswith("TAIPEI")

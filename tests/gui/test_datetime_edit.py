"""Typed dates and times: whole dates with their year, ROC years, the user's format; real time zones only."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from releasedesk.gui.datetime_edit import display_format, parse_datetime


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_parse_accepts_iso_roc_chinese_and_the_users_format():
    assert parse_datetime("2027-01-05 10:00") == datetime(2027, 1, 5, 10, 0)
    assert parse_datetime("2027/1/5 9:05") == datetime(2027, 1, 5, 9, 5)
    assert parse_datetime("116/01/05 10:00") == datetime(2027, 1, 5, 10, 0)  # 民國 116
    assert parse_datetime("民國116年1月5日 14:30") == datetime(2027, 1, 5, 14, 30)
    assert parse_datetime("2027-01-05", datetime(2026, 1, 1, 8, 15)) == datetime(2027, 1, 5, 8, 15)
    us = QLocale("en_US")
    assert display_format(us) == "M/d/yyyy HH:mm"
    assert parse_datetime("1/5/2027 10:00", locale=us) == datetime(2027, 1, 5, 10, 0)
    assert display_format(QLocale("zh_TW")) == "yyyy/M/d HH:mm"
    for bad in ("2027-02-30 10:00", "2027-01-05 25:00", "tomorrow", "Asia", ""):
        assert parse_datetime(bad) is None, bad


def test_typing_a_whole_date_keeps_its_year(window, qtbot):
    form = window.form
    form.embargoed.setChecked(True)
    _retype(qtbot, form.embargo_until.edit, "2027-01-05 10:00")
    _retype(qtbot, form.issued_at.edit, "2025-03-01 09:30")
    release = window.current_release()
    assert release.embargo_until == datetime(2027, 1, 5, 10, 0, tzinfo=ZoneInfo("Asia/Taipei"))
    assert release.issued_at == datetime(2025, 3, 1, 9, 30, tzinfo=ZoneInfo("Asia/Taipei"))
    assert form.issued_at.edit.text() == "2025-03-01 09:30"  # shown in the format (C locale: ISO)
    window.undo_action.trigger()
    assert window.current_release().issued_at.year != 2025


def test_unreadable_text_goes_back_and_up_down_step_days(window, qtbot):
    edit = window.form.issued_at.edit
    before = window.current_release().issued_at
    _retype(qtbot, edit, "next tuesday")
    assert window.current_release().issued_at == before
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving shows the value again
    assert edit.text() == before.strftime("%Y-%m-%d %H:%M")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert window.current_release().issued_at == before + timedelta(days=1)


def test_one_tab_per_date_field(window, qtbot):
    form = window.form
    form.issued_at.edit.setFocus()
    qtbot.waitUntil(form.issued_at.edit.hasFocus)
    qtbot.keyClick(form.issued_at.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (form.issued_at.zone, form.issued_at.zone.lineEdit())


def test_embargo_problems_show_beside_the_field_at_once(window, qtbot):
    form = window.form
    form.embargoed.setChecked(True)
    issued = form.issued_at.value()
    _retype(qtbot, form.embargo_until.edit, (issued - timedelta(days=400)).strftime("%Y-%m-%d %H:%M"))
    assert form.warning.isVisible()
    assert "already passed" in form.warning.text()
    form_area = window.main_splitter.widget(0)
    assert form_area.height() >= form.sizeHint().height()  # the warning line is seen, not scrolled away
    _retype(qtbot, form.embargo_until.edit, (issued + timedelta(days=800)).strftime("%Y-%m-%d %H:%M"))
    assert "after the release" in form.warning.text()
    assert "passed" not in form.warning.text()
    form.immediate.setChecked(True)
    assert not form.warning.isVisible()


def test_zone_box_accepts_only_real_zones(window, qtbot):
    zone = window.form.issued_at.zone
    _retype(qtbot, zone.lineEdit(), "Asia")  # a folder of zones, not a zone: no IsADirectoryError, no change
    assert zone.currentText() == "Asia/Taipei"
    assert "not a time zone" in window.form.warning.text()
    _retype(qtbot, zone.lineEdit(), "london")  # any case, completed to the one zone that contains it
    assert zone.currentText() == "Europe/London"
    assert window.current_release().issued_at.tzinfo == ZoneInfo("Europe/London")
    assert not window.form.warning.isVisible()
    completer = zone.completer()
    completer.setCompletionPrefix("tai")
    assert "Asia/Taipei" in [completer.model().index(row, 0).data() for row in range(completer.model().rowCount())]


def test_zone_names_are_read_when_the_box_is_first_used_not_at_start(qtbot):
    from releasedesk.gui.zones import DateTimeZoneEdit

    edit = DateTimeZoneEdit()
    qtbot.addWidget(edit)
    model = edit.zone.completer().model()
    assert model.rowCount() == 0  # nothing read while the window is built
    qtbot.keyClick(edit.zone.lineEdit(), Qt.Key.Key_End)  # the first key into the box
    assert model.rowCount() > 300
    assert "Europe/Lisbon" in [model.index(row, 0).data() for row in range(model.rowCount())]
    other = DateTimeZoneEdit()
    qtbot.addWidget(other)
    qtbot.mouseClick(other.zone.lineEdit(), Qt.MouseButton.LeftButton)  # a click into the box does it too
    assert other.zone.completer().model().rowCount() == model.rowCount()

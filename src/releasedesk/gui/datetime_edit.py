"""A date-and-time field that takes what people type: a whole date and time, in ISO, the user's format or ROC years.

QDateTimeEdit edits one section at a time; typing `2027-01-05 10:00` over a selected value kept the old year, and
Tab stepped through five sections. This is a line edit (one Tab stop) that parses the whole text, shows the value
in the user's format once editing ends, steps a day with Up/Down, and has a calendar button for the mouse.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

ROC_OFFSET = 1911  # 民國 year + 1911 = Gregorian year
_NUMERIC = re.compile(
    r"""\s*(?:民國\s*)?(?P<year>\d{2,4})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?
        (?:[\sT]+(?P<hour>\d{1,2})\s*[:：時]\s*(?P<minute>\d{1,2})\s*分?)?\s*$""",
    re.VERBOSE,
)


def display_format(locale: QLocale | None = None) -> str:
    """The user's short date with a four-digit year, then a 24-hour time; ISO for the neutral C locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd HH:mm"
    date = re.sub(r"y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return f"{date} HH:mm"


def parse_datetime(text: str, previous: datetime | None = None, locale: QLocale | None = None) -> datetime | None:
    """A naive minute from typed text, or None. Years of two or three digits are ROC (民國) years; a date without a
    time keeps `previous`'s time. Also accepts the user's own display format."""
    match = _NUMERIC.match(text)
    if match:
        year = int(match["year"])
        if year < 1000:
            year += ROC_OFFSET
        hour = int(match["hour"]) if match["hour"] else (previous.hour if previous else 0)
        minute = int(match["minute"]) if match["minute"] else (previous.minute if previous else 0)
        try:
            return datetime(year, int(match["month"]), int(match["day"]), hour, minute)
        except ValueError:
            return None
    locale = locale or QLocale()
    for pattern in (display_format(locale), locale.dateTimeFormat(QLocale.FormatType.ShortFormat)):
        moment = locale.toDateTime(text.strip(), pattern)
        if moment.isValid():
            date, time = moment.date(), moment.time()
            return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    return None


def _calendar_icon() -> QIcon:
    """The desktop's calendar icon, or a small drawn one (a page with a header bar)."""
    icon = QIcon.fromTheme("x-office-calendar")
    if not icon.isNull():
        return icon
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#555"))
    for x in (4, 8, 12):
        painter.drawPoint(x, 9)
        painter.drawPoint(x, 12)
    painter.end()
    return QIcon(pixmap)


class DateTimeLineEdit(QLineEdit):
    """Edits a naive minute; `changed` fires as soon as the typed text is a valid date and time."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = datetime.now().replace(second=0, microsecond=0)
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("action_calendar")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar_menu = QMenu(self)
        self.calendar = QCalendarWidget(self.calendar_menu)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar.clicked.connect(self._calendar_picked)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._show_value)
        self.retranslate()
        self._show_value()

    def retranslate(self) -> None:
        example = QLocale().toString(QDateTime(QDate(2027, 1, 5), QTime(10, 0)), display_format())
        self.setToolTip(
            self.tr(
                "Type a date and time, e.g. %1 (2027-01-05 10:00 and ROC years such as 116/01/05 work too)"
            ).replace("%1", example)
        )
        self.calendar_action.setToolTip(self.tr("Pick the date from a calendar"))

    def value(self) -> datetime:
        return self._value

    def set_value(self, moment: datetime) -> None:
        """Show `moment` (its minute, without zone); no `changed`: the caller set it."""
        self._value = moment.replace(second=0, microsecond=0, tzinfo=None)
        self._show_value()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down step a day, as in a spin box."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self._change_to(self._value + timedelta(days=1 if event.key() == Qt.Key.Key_Up else -1))
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _typed(self, text: str) -> None:
        moment = parse_datetime(text, self._value)
        self.setStyleSheet("" if moment is not None else "QLineEdit { background: #fde2e2; }")
        if moment is not None and moment != self._value:
            self._value = moment
            self.changed.emit()

    @Slot()
    def _show_value(self) -> None:
        """Editing ended: show the value in the user's format (unreadable text goes back to the last value)."""
        value = self._value
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        self.setText(QLocale().toString(moment, display_format()))
        self.setStyleSheet("")

    def _change_to(self, moment: datetime) -> None:
        if moment != self._value:
            self._value = moment
            self._show_value()
            self.changed.emit()

    @Slot()
    def show_calendar(self) -> None:
        self.calendar.setSelectedDate(QDate(self._value.year, self._value.month, self._value.day))
        self.calendar_menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    @Slot(QDate)
    def _calendar_picked(self, date: QDate) -> None:
        self.calendar_menu.hide()
        self._change_to(self._value.replace(year=date.year(), month=date.month(), day=date.day()))
        self.setFocus()

"""Date-time + time-zone input: a QDateTimeEdit and an editable zone combo that together give an aware datetime."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, QTime, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout, QWidget

from releasedesk.model.release import DEFAULT_TIMEZONE

COMMON_ZONES = (
    "Asia/Taipei", "UTC", "Asia/Tokyo", "Asia/Seoul", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Singapore",
    "Asia/Bangkok", "Asia/Kolkata", "Australia/Sydney", "Pacific/Auckland", "Europe/London", "Europe/Paris",
    "Europe/Berlin", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
)  # fmt: skip


@cache
def _all_zones() -> list[str]:
    return sorted(available_timezones())


def zone_name(moment: datetime) -> str:
    tz = moment.tzinfo
    return tz.key if isinstance(tz, ZoneInfo) else DEFAULT_TIMEZONE


class DateTimeZoneEdit(QWidget):
    """Edits an aware datetime; the zone name (not just an offset) is kept, so daylight saving stays right."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(list(COMMON_ZONES))
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(_all_zones(), self.zone)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setMinimumContentsLength(12)
        self._zone = DEFAULT_TIMEZONE
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.zone, 2)
        self.edit.dateTimeChanged.connect(self.changed)
        self.zone.currentTextChanged.connect(self._zone_edited)

    @Slot(str)
    def _zone_edited(self, name: str) -> None:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return  # half-typed; keep the last valid zone
        if name != self._zone:
            self._zone = name
            self.changed.emit()

    def value(self) -> datetime:
        date, time = self.edit.date(), self.edit.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=ZoneInfo(self._zone))

    def set_value(self, moment: datetime) -> None:
        self.blockSignals(True)
        try:
            self.edit.setDateTime(
                QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
            )
            self._zone = zone_name(moment)
            if self.zone.findText(self._zone) < 0:
                self.zone.addItem(self._zone)
            self.zone.setCurrentText(self._zone)
        finally:
            self.blockSignals(False)

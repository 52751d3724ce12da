"""Date-time + time-zone input: a typed date-time field and a zone box that accepts only real zones, with completion."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QWidget

from releasedesk.gui.datetime_edit import DateTimeLineEdit
from releasedesk.model.release import DEFAULT_TIMEZONE

if TYPE_CHECKING:
    from datetime import datetime

COMMON_ZONES = (
    "Asia/Taipei", "UTC", "Asia/Tokyo", "Asia/Seoul", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Singapore",
    "Asia/Bangkok", "Asia/Kolkata", "Australia/Sydney", "Pacific/Auckland", "Europe/London", "Europe/Paris",
    "Europe/Berlin", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
)  # fmt: skip


@cache
def _all_zones() -> list[str]:
    return sorted(available_timezones())


@cache
def _by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in _all_zones()}


def resolve_zone(text: str) -> str | None:
    """The zone `text` names: exactly (any case), or the only zone whose name contains it; else None.

    Never builds a ZoneInfo from raw text: `ZoneInfo("Asia")` raises IsADirectoryError, not ZoneInfoNotFoundError.
    """
    folded = text.strip().casefold()
    if not folded:
        return None
    if folded in _by_folded_name():
        return _by_folded_name()[folded]
    matches = [name for key, name in _by_folded_name().items() if folded in key]
    return matches[0] if len(matches) == 1 else None


def zone_name(moment: datetime) -> str:
    """The time-zone name of `moment`, or the default zone when it has no named one."""
    tz = moment.tzinfo
    return tz.key if isinstance(tz, ZoneInfo) else DEFAULT_TIMEZONE


class DateTimeZoneEdit(QWidget):
    """Edits an aware datetime; the zone name (not just an offset) is kept, so daylight saving stays right."""

    changed = Signal()
    problemChanged = Signal(str)
    """A one-line message about unreadable input (e.g. a zone that does not exist); "" when it is fine again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateTimeLineEdit(self)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(list(COMMON_ZONES))
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zone)  # its ~600 names are read when the box is first used (see eventFilter)
        completer.setModel(QStringListModel(completer))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self._names = completer
        self.zone.setMinimumContentsLength(12)
        self._zone = DEFAULT_TIMEZONE
        self._reverted = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.zone, 2)
        self.edit.changed.connect(self.changed)
        line = self.zone.lineEdit()
        assert line is not None, "an editable combo box has a line edit"
        line.editingFinished.connect(self._zone_finished)
        line.installEventFilter(self)
        self.zone.activated.connect(self._zone_finished)
        completer.activated.connect(self._zone_finished)
        self.zone.currentTextChanged.connect(self._zone_typed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The zone names for completion, read when the box gets focus, a click or a key, not at start-up: listing them
        opens every file of the zoneinfo folder (10-40 ms of CPU, 80 ms on a cold disk; benchmarks/gui.py)."""
        used = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.InputMethod)
        if event.type() in used:
            watched.removeEventFilter(self)
            self.load_zone_names()
        return False

    def load_zone_names(self) -> None:
        """Give the completer every zone name (once; the box asks for it when first used)."""
        model = self._names.model()
        if isinstance(model, QStringListModel) and not model.rowCount():
            model.setStringList(_all_zones())

    @Slot(str)
    def _zone_typed(self, text: str) -> None:
        """A whole, exactly spelled zone counts at once; anything else waits until editing ends."""
        if text != self._zone and text in _by_folded_name().values():
            self._zone = text
            self.problemChanged.emit("")
            self.changed.emit()

    @Slot()
    def _zone_finished(self, *_args: object) -> None:
        """Take the typed zone if it is a real one; otherwise say so and go back to the last valid zone."""
        text = self.zone.currentText()
        if self._reverted and text == self._zone:
            self._reverted = False  # the echo of our own revert (Return also activates the combo)
            return
        self._reverted = False
        name = resolve_zone(text)
        if name is None:
            self._reverted = True
            self.zone.setCurrentText(self._zone)
            message = self.tr("“%1” is not a time zone; kept %2").replace("%1", text).replace("%2", self._zone)
            self.problemChanged.emit(message)
            return
        self.problemChanged.emit("")
        if self.zone.currentText() != name:
            self.zone.setCurrentText(name)
        if name != self._zone:
            self._zone = name
            self.changed.emit()

    def value(self) -> datetime:
        return self.edit.value().replace(tzinfo=ZoneInfo(self._zone))

    def set_value(self, moment: datetime) -> None:
        self.blockSignals(True)
        try:
            self.edit.set_value(moment)
            self._zone = zone_name(moment)
            if self.zone.findText(self._zone) < 0:
                self.zone.addItem(self._zone)
            self.zone.setCurrentText(self._zone)
        finally:
            self.blockSignals(False)

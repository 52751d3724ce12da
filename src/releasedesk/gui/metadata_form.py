"""The release's structured fields: agency, unit, number, date, dateline, release line, status, end marks."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from releasedesk.approval.state import ApprovalState, Standing
from releasedesk.gui.zones import DateTimeZoneEdit
from releasedesk.model.release import Bilingual, Release
from releasedesk.model.release_line_check import release_line_warnings


class _LineEdit(QLineEdit):
    """A line edit that asks for room for `chars` characters (QLineEdit's own wish is fixed, ~17)."""

    def __init__(self, chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chars = chars

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.textMargins().left() + self.textMargins().right() + 12  # frame and Qt's own padding
        hint.setWidth(self.fontMetrics().averageCharWidth() * self._chars + margins)
        return hint


class BilingualEdit(QWidget):
    """Two line edits, Chinese then English, for one bilingual field.

    `short` fields (a city, an end mark) ask for little room; long ones (names) give English, which runs longer
    than the same name in Chinese, three fifths of the width.
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, short: bool = False) -> None:
        super().__init__(parent)
        self.zh = _LineEdit(12 if short else 17, self)
        self.en = _LineEdit(12 if short else 26, self)
        self.zh.setObjectName(f"{name}_zh")
        self.en.setObjectName(f"{name}_en")
        self.zh.setPlaceholderText(self.tr("Chinese"))
        self.en.setPlaceholderText(self.tr("English"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zh, 1 if short else 2)
        layout.addWidget(self.en, 1 if short else 3)
        self.zh.textChanged.connect(self.changed)
        self.en.textChanged.connect(self.changed)

    def value(self) -> Bilingual:
        return Bilingual(self.zh.text(), self.en.text())

    def set_value(self, value: Bilingual) -> None:
        for edit, text in ((self.zh, value.zh), (self.en, value.en)):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long value, not its end


class MetadataForm(QWidget):
    """A compact grid; `apply_to` writes the fields into a release, `set_release` reads them.

    The wide left column holds what needs room (agency and unit names in both languages, the date and the release
    line); the right column keeps the short fields (dateline, end mark, number, status) at their natural width.
    """

    changed = Signal()
    warningToggled = Signal(bool)
    """The warning line under the fields appeared or went: the form's height changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency = BilingualEdit("agency", self)
        self.unit = BilingualEdit("unit", self)
        self.dateline = BilingualEdit("dateline", self, short=True)
        self.end_mark = BilingualEdit("end_mark", self, short=True)
        self.number = QLineEdit(self)
        self.number.setObjectName("number")
        self.issued_at = DateTimeZoneEdit(self)
        self.status = QLabel(self.tr("Draft"), self)  # derived from the approval records, never typed
        self.status.setObjectName("status")
        self.immediate = QRadioButton(self.tr("Immediate"), self)
        self.embargoed = QRadioButton(self.tr("Embargoed until"), self)
        group = QButtonGroup(self)
        group.addButton(self.immediate)
        group.addButton(self.embargoed)
        self.embargo_until = DateTimeZoneEdit(self)

        release_line = QWidget(self)
        row = QHBoxLayout(release_line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.immediate)
        row.addWidget(self.embargoed)
        row.addWidget(self.embargo_until, 1)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(4)
        rows = (
            ((self.tr("A&gency:"), self.agency), (self.tr("Date&line:"), self.dateline)),
            ((self.tr("&Unit:"), self.unit), (self.tr("End &mark:"), self.end_mark)),
            ((self.tr("&Date:"), self.issued_at), (self.tr("&Number:"), self.number)),
            ((self.tr("&Release:"), release_line), (self.tr("Status:"), self.status)),
        )
        for index, row_fields in enumerate(rows):
            for column, (text, widget) in zip((0, 2), row_fields, strict=True):
                label = QLabel(text, self)
                label.setBuddy(self._focus_target(widget))
                grid.addWidget(label, index, column)
                grid.addWidget(widget, index, column + 1)
        self.warning = QLabel(self)
        self.warning.setObjectName("form_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #9a4a00; }")
        self.warning.hide()
        grid.addWidget(self.warning, len(rows), 1, 1, 3)
        self._input_problem = ""
        grid.setColumnStretch(1, 1)  # all spare width goes to the names
        grid.setColumnStretch(3, 0)
        grid.setColumnMinimumWidth(2, 12)
        order = [
            *(self.agency.zh, self.agency.en, self.dateline.zh, self.dateline.en),
            *(self.unit.zh, self.unit.en, self.end_mark.zh, self.end_mark.en),
            *(self.issued_at.edit, self.issued_at.zone, self.number),
            *(self.immediate, self.embargoed, self.embargo_until.edit, self.embargo_until.zone),
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.last_field = order[-1]
        """Where Tab leaves the form for the language panes (the status is a label, not a field)."""

        for edit in (self.agency, self.unit, self.dateline, self.end_mark, self.issued_at, self.embargo_until):
            edit.changed.connect(self.changed)
        self.number.textChanged.connect(self.changed)
        self.embargoed.toggled.connect(self._embargo_toggled)
        self.changed.connect(self.check_release_line)
        for edit in (self.issued_at, self.embargo_until):
            edit.problemChanged.connect(self._show_input_problem)

    def _focus_target(self, widget: QWidget) -> QWidget:
        """Where a row label's Alt+letter goes: the first field that takes focus (a container takes none)."""
        if isinstance(widget, BilingualEdit):
            return widget.zh
        if isinstance(widget, DateTimeZoneEdit):
            return widget.edit
        if widget is self.embargo_until.parentWidget():
            return self.immediate  # the release line: arrow keys then choose immediate or embargoed
        return widget

    @Slot(str)
    def _show_input_problem(self, text: str) -> None:
        self._input_problem = text
        self.check_release_line()

    @Slot()
    def check_release_line(self, now: datetime | None = None) -> list[str]:
        """Show, beside the fields, what is wrong with the embargo now (past, or after the release time)."""
        embargo = self.embargo_until.value() if self.embargoed.isChecked() else None
        messages = [self._input_problem] if self._input_problem else []
        for kind in release_line_warnings(self.issued_at.value(), embargo, now):
            if kind == "past":
                messages.append(self.tr("⚠ The embargo time has already passed."))
            else:
                messages.append(self.tr("⚠ The embargo lifts after the release date and time."))
        self.warning.setText("  ".join(messages))
        if self.warning.isVisibleTo(self) != bool(messages):
            self.warning.setVisible(bool(messages))
            self.warningToggled.emit(bool(messages))
        return messages

    @Slot(bool)
    def _embargo_toggled(self, on: bool) -> None:
        self.embargo_until.setEnabled(on)
        self.changed.emit()

    def set_release(self, release: Release) -> None:
        self.blockSignals(True)
        try:
            self.agency.set_value(release.agency)
            self.unit.set_value(release.unit)
            self.dateline.set_value(release.dateline)
            self.end_mark.set_value(release.end_mark)
            self.number.setText(release.number)
            self.issued_at.set_value(release.issued_at)
            embargo = release.embargo_until
            self.embargo_until.set_value(embargo or (release.issued_at + timedelta(days=1)))
            (self.embargoed if embargo else self.immediate).setChecked(True)
            self.embargo_until.setEnabled(embargo is not None)
        finally:
            self.blockSignals(False)
        self._input_problem = ""
        self.check_release_line()

    def apply_to(self, release: Release) -> None:
        release.agency = self.agency.value()
        release.unit = self.unit.value()
        release.dateline = self.dateline.value()
        release.end_mark = self.end_mark.value()
        release.number = self.number.text()
        release.issued_at = self.issued_at.value()
        release.embargo_until = self.embargo_until.value() if self.embargoed.isChecked() else None

    def show_standing(self, state: ApprovalState) -> None:
        """The status is what the approval records say (Review menu), not something to pick."""
        names = {
            Standing.DRAFT: self.tr("Draft"),
            Standing.IN_REVIEW: self.tr("In review"),
            Standing.RETURNED: self.tr("Returned for changes"),
            Standing.APPROVED: self.tr("Approved"),
            Standing.CHANGED: self.tr("Changed after approval"),
            Standing.LEGACY: self.tr("Approve again"),
            Standing.BAD_SIGNATURE: self.tr("Signature does not check"),
        }
        self.status.setText(names[state.standing])
        self.status.setToolTip(state.reason)

    def text_fields(self) -> list[QLineEdit]:
        """The searchable text fields, in reading order (row by row, as laid out), for find/replace."""
        edits = [self.agency, self.dateline, self.unit, self.end_mark]
        return [*(side for edit in edits for side in (edit.zh, edit.en)), self.number]

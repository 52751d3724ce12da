"""The release's structured fields: agency, unit, number, date, dateline, release line, status, end marks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from releasedesk.gui.zones import DateTimeZoneEdit
from releasedesk.model.release import Bilingual, Release, Status


class BilingualEdit(QWidget):
    """Two line edits, Chinese then English, for one bilingual field."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zh = QLineEdit(self)
        self.en = QLineEdit(self)
        self.zh.setObjectName(f"{name}_zh")
        self.en.setObjectName(f"{name}_en")
        self.zh.setPlaceholderText(self.tr("Chinese"))
        self.en.setPlaceholderText(self.tr("English"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zh)
        layout.addWidget(self.en)
        self.zh.textChanged.connect(self.changed)
        self.en.textChanged.connect(self.changed)

    def value(self) -> Bilingual:
        return Bilingual(self.zh.text(), self.en.text())

    def set_value(self, value: Bilingual) -> None:
        for edit, text in ((self.zh, value.zh), (self.en, value.en)):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long value, not its end


class MetadataForm(QWidget):
    """A compact two-column grid; `apply_to` writes the fields into a release, `set_release` reads them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency = BilingualEdit("agency", self)
        self.unit = BilingualEdit("unit", self)
        self.dateline = BilingualEdit("dateline", self)
        self.end_mark = BilingualEdit("end_mark", self)
        self.number = QLineEdit(self)
        self.number.setObjectName("number")
        self.issued_at = DateTimeZoneEdit(self)
        self.status = QComboBox(self)
        for status, text in (
            (Status.DRAFT, self.tr("Draft")),
            (Status.IN_REVIEW, self.tr("In review")),
            (Status.APPROVED, self.tr("Approved")),
        ):
            self.status.addItem(text, status.value)
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
        left = (
            (self.tr("&Agency:"), self.agency),
            (self.tr("&Unit:"), self.unit),
            (self.tr("Date&line:"), self.dateline),
            (self.tr("End &mark:"), self.end_mark),
        )
        right = (
            (self.tr("&Number:"), self.number),
            (self.tr("&Date:"), self.issued_at),
            (self.tr("&Release:"), release_line),
            (self.tr("&Status:"), self.status),
        )
        for column, rows in ((0, left), (2, right)):
            for index, (text, widget) in enumerate(rows):
                label = QLabel(text, self)
                label.setBuddy(widget.zh if isinstance(widget, BilingualEdit) else widget)
                grid.addWidget(label, index, column)
                grid.addWidget(widget, index, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        for edit in (self.agency, self.unit, self.dateline, self.end_mark, self.issued_at, self.embargo_until):
            edit.changed.connect(self.changed)
        self.number.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.embargoed.toggled.connect(self._embargo_toggled)

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
            self.status.setCurrentIndex(max(0, self.status.findData(release.status.value)))
            embargo = release.embargo_until
            self.embargo_until.set_value(embargo or (release.issued_at + timedelta(days=1)))
            (self.embargoed if embargo else self.immediate).setChecked(True)
            self.embargo_until.setEnabled(embargo is not None)
        finally:
            self.blockSignals(False)

    def apply_to(self, release: Release) -> None:
        release.agency = self.agency.value()
        release.unit = self.unit.value()
        release.dateline = self.dateline.value()
        release.end_mark = self.end_mark.value()
        release.number = self.number.text()
        release.issued_at = self.issued_at.value()
        release.status = Status(self.status.currentData())
        release.embargo_until = self.embargo_until.value() if self.embargoed.isChecked() else None

    def text_fields(self) -> list[QLineEdit]:
        """The searchable text fields, in reading order (for find/replace)."""
        edits = [self.agency, self.unit, self.dateline, self.end_mark]
        return [self.number, *(side for edit in edits for side in (edit.zh, edit.en))]

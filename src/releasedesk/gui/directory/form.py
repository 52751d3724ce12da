"""The edit form for one directory contact: every field, both languages side by side."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from releasedesk.directory.repository import STAMP_FORMAT, DirectoryContact, normalise_tags
from releasedesk.model.release import Bilingual

_BILINGUAL = ("name", "title", "unit")
_PLAIN = ("office_phone", "mobile", "email")


class ContactForm(QWidget):
    """Shows a copy of a contact; `contact()` returns that copy with the edits, `dirty` says whether there are any."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact = DirectoryContact()
        self._loading = False
        self.dirty = False
        self.fields: dict[str, QLineEdit] = {}

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Chinese"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("English"), self), 0, 2)
        labels = {"name": self.tr("&Name"), "title": self.tr("&Title"), "unit": self.tr("&Unit")}
        for row, field in enumerate(_BILINGUAL, start=1):
            label = QLabel(labels[field], self)
            grid.addWidget(label, row, 0)
            for column, lang in ((1, "zh"), (2, "en")):
                edit = self._line_edit(f"{field}_{lang}")
                grid.addWidget(edit, row, column)
                if lang == "zh":
                    label.setBuddy(edit)
        self.fields["name_zh"].setPlaceholderText(self.tr("王小明"))
        self.fields["name_en"].setPlaceholderText(self.tr("Wang Hsiao-ming"))

        form = QFormLayout()
        form.addRow(self.tr("&Office phone"), self._line_edit("office_phone"))
        form.addRow(self.tr("&Mobile"), self._line_edit("mobile"))
        form.addRow(self.tr("E-&mail"), self._line_edit("email"))
        self.tags = self._line_edit("tags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. SMEA press team, 財經記者"))
        form.addRow(self.tr("Ta&gs"), self.tags)
        self.print_office = QCheckBox(self.tr("Office phone may be &printed in releases"), self)
        self.print_mobile = QCheckBox(self.tr("Mobile may be printed in re&leases"), self)
        for box in (self.print_office, self.print_mobile):
            box.toggled.connect(self._changed)
        form.addRow("", self.print_office)
        form.addRow("", self.print_mobile)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.textChanged.connect(self._changed)
        form.addRow(self.tr("No&tes"), self.notes)
        self.updated = QLabel(self)
        form.addRow(self.tr("Last updated"), self.updated)

        outer = QFormLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addRow(grid)
        outer.addRow(form)

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setClearButtonEnabled(False)
        edit.textEdited.connect(self._changed)
        self.fields[name] = edit
        return edit

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()

    def set_contact(self, contact: DirectoryContact | None) -> None:
        """Show `contact` (None: an empty, disabled form); edits made so far are dropped."""
        self._loading = True
        try:
            self._contact = copy.deepcopy(contact) if contact is not None else DirectoryContact()
            c = self._contact
            for field in _BILINGUAL:
                value: Bilingual = getattr(c, field)
                self.fields[f"{field}_zh"].setText(value.zh)
                self.fields[f"{field}_en"].setText(value.en)
            for field in _PLAIN:
                self.fields[field].setText(getattr(c, field))
            self.tags.setText(", ".join(c.tags))
            self.print_office.setChecked(c.print_office_phone)
            self.print_mobile.setChecked(c.print_mobile)
            self.notes.setPlainText(c.notes)
            self.updated.setText(_stamp_text(c.updated_at) if c.updated_at else self.tr("not saved yet"))
            self.setEnabled(contact is not None)
        finally:
            self._loading = False
        self.dirty = False

    def contact(self) -> DirectoryContact:
        """The shown contact with the form's edits (id, uid and stamp unchanged); surrounding spaces trimmed."""
        c = copy.deepcopy(self._contact)
        for field in _BILINGUAL:
            zh, en = (self.fields[f"{field}_{lang}"].text().strip() for lang in ("zh", "en"))
            setattr(c, field, Bilingual(zh, en))
        for field in _PLAIN:
            setattr(c, field, self.fields[field].text().strip())
        c.tags = normalise_tags(self.tags.text().replace("，", ",").split(","))
        c.print_office_phone = self.print_office.isChecked()
        c.print_mobile = self.print_mobile.isChecked()
        c.notes = self.notes.toPlainText().strip()
        return c

    def has_identity(self) -> bool:
        """Something to call the contact by: a name in either language or an e-mail address."""
        c = self.contact()
        return bool(c.name.zh or c.name.en or c.email)


def _stamp_text(stamp: str) -> str:
    """The UTC stamp in local time, to the minute."""
    try:
        moment = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")

"""Editing agency profiles: bilingual names, dateline and boilerplate, the number scheme, the logo (change or
remove) and default contacts (taken from the release in the window). Saves report a colleague's conflicting edit
instead of overwriting it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.slots import command
from releasedesk.library.profiles import LOGO_TYPES, Profile
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from releasedesk.gui.library.controller import LibraryController

_PAIRS = ("agency", "unit", "dateline")


class ProfilesDialog(QDialog):
    """Edits the office profiles a new release can start from."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.profile: Profile | None = None
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(self.tr("Agency profiles"))
        self.resize(760, 640)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("profile_chooser")
        new_button = QPushButton(self.tr("New profile…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "agency": self.tr("Agency"),
            "unit": self.tr("Unit"),
            "dateline": self.tr("Dateline"),
        }
        for key in _PAIRS:
            row = QHBoxLayout()
            for lang, hint in (("zh", self.tr("Chinese")), ("en", self.tr("English"))):
                edit = QLineEdit(self)
                edit.setPlaceholderText(hint)
                edit.setObjectName(f"profile_{key}_{lang}")
                self.fields[f"{key}_{lang}"] = edit
                row.addWidget(edit)
            form.addRow(labels[key], row)
        self.boilerplate = {lang: QPlainTextEdit(self) for lang in ("zh", "en")}
        for lang, box in self.boilerplate.items():
            box.setObjectName(f"profile_boilerplate_{lang}")
            box.setFixedHeight(80)
        form.addRow(self.tr("About (Chinese)"), self.boilerplate["zh"])
        form.addRow(self.tr("About (English)"), self.boilerplate["en"])
        self.scheme = QLineEdit(self)
        self.scheme.setObjectName("profile_scheme")
        self.scheme.setPlaceholderText("MODS-{yyyy}-{mmdd}-{seq:02}")
        form.addRow(self.tr("Number scheme"), self.scheme)
        self.logo = QLabel(self)
        self.logo.setObjectName("profile_logo")
        self.logo.setFixedHeight(64)
        self.logo.setMinimumWidth(200)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        change_logo = QPushButton(self.tr("Change logo…"), self)
        remove_logo = QPushButton(self.tr("Remove logo"), self)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(change_logo)
        logo_row.addWidget(remove_logo)
        form.addRow(self.tr("Logo"), logo_row)
        self.contacts_label = QLabel(self)
        take_contacts = QPushButton(self.tr("Use the window's contacts"), self)
        contacts_row = QHBoxLayout()
        contacts_row.addWidget(self.contacts_label, 1)
        contacts_row.addWidget(take_contacts)
        form.addRow(self.tr("Contacts"), contacts_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(command(self.save))
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(new_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.chooser.currentTextChanged.connect(self.load)
        new_button.clicked.connect(command(self.new_profile))
        self.delete_button.clicked.connect(command(self.delete))
        change_logo.clicked.connect(command(self.choose_logo))
        remove_logo.clicked.connect(command(self.remove_logo))
        take_contacts.clicked.connect(command(self.take_contacts))
        self.reload_names()

    def reload_names(self, select: str = "") -> None:
        library = self.controller.library()
        names = library.profiles.names() if library is not None else []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems(names)
        self.chooser.blockSignals(False)
        if names:
            self.chooser.setCurrentText(select or names[0])
        self.load(self.chooser.currentText())

    @Slot(str)
    def load(self, name: str) -> None:
        library = self.controller.library()
        self.profile = library.profiles.get(name) if library is not None and name else None
        profile = self.profile or Profile(name="")
        for key in _PAIRS:
            pair: Bilingual = getattr(profile, key)
            self.fields[f"{key}_zh"].setText(pair.zh)
            self.fields[f"{key}_en"].setText(pair.en)
        self.boilerplate["zh"].setPlainText(profile.boilerplate.zh)
        self.boilerplate["en"].setPlainText(profile.boilerplate.en)
        self.scheme.setText(profile.number_scheme)
        self.delete_button.setEnabled(self.profile is not None)
        self._show_logo()
        self._show_contacts()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.profile is not None and self.profile.logo:
            pixmap.loadFromData(self.profile.logo)
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))
        else:
            self.logo.setPixmap(pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation))

    def _show_contacts(self) -> None:
        names = [contact.name.best("zh-TW") for contact in (self.profile.contacts if self.profile else [])]
        self.contacts_label.setText("、".join(names) or self.tr("None"))

    def edited(self) -> Profile | None:
        """The profile with the form's values, or None when there is no profile to edit."""
        if self.profile is None:
            return None
        profile = copy.deepcopy(self.profile)
        for key in _PAIRS:
            setattr(profile, key, Bilingual(self.fields[f"{key}_zh"].text(), self.fields[f"{key}_en"].text()))
        profile.boilerplate = Bilingual(self.boilerplate["zh"].toPlainText(), self.boilerplate["en"].toPlainText())
        profile.number_scheme = self.scheme.text().strip()
        return profile

    def save(self) -> bool:
        library = self.controller.library()
        profile = self.edited()
        if library is None or profile is None:
            return False
        try:
            self.profile = library.profiles.save(profile)
        except ReleaseDeskError as error:
            QMessageBox.warning(self, self.tr("Cannot save the profile"), str(error))
            return False
        return True

    def new_profile(self) -> bool:
        library = self.controller.library()
        name, ok = QInputDialog.getText(self, self.tr("New profile"), self.tr("Name of the new agency profile:"))
        if library is None or not ok or not name.strip():
            return False
        try:
            library.profiles.save(Profile(name=name.strip()))
        except ReleaseDeskError as error:
            QMessageBox.warning(self, self.tr("Cannot create the profile"), str(error))
            return False
        self.reload_names(name.strip())
        return True

    def delete(self) -> None:
        library = self.controller.library()
        if library is None or self.profile is None:
            return
        library.profiles.delete(self.profile.name)
        self.reload_names()

    def choose_logo(self) -> bool:
        filters = self.tr("Images (%1)").replace("%1", " ".join(f"*{suffix}" for suffix in LOGO_TYPES))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), str(Path.home()), filters)
        return self.set_logo_file(Path(name)) if name else False

    def set_logo_file(self, path: Path) -> bool:
        if self.profile is None:
            return False
        mime = LOGO_TYPES.get(path.suffix.lower())
        try:
            data = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot read the logo"), f"{path}: {error.strerror or error}")
            return False
        if mime is None or QPixmap().loadFromData(data) is False:
            QMessageBox.warning(self, self.tr("Cannot use the logo"), self.tr("Choose a PNG or JPEG image."))
            return False
        self.profile = self.edited()
        assert self.profile is not None
        self.profile.logo, self.profile.logo_mime = data, mime
        self._show_logo()
        return self.save()

    def remove_logo(self) -> bool:
        if self.profile is None:
            return False
        self.profile = self.edited()
        assert self.profile is not None
        self.profile.logo, self.profile.logo_mime = None, ""
        self._show_logo()
        return self.save()

    def take_contacts(self) -> bool:
        if self.profile is None:
            return False
        self.profile = self.edited()
        assert self.profile is not None
        self.profile.contacts = copy.deepcopy(self.controller.window.current_release().contacts)
        self._show_contacts()
        return self.save()

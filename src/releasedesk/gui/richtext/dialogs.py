"""Small dialogs of the editor: a link's text and target, with unsafe targets refused before OK."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from releasedesk.model.links import safe_href, suggested_href


class LinkDialog(QDialog):
    """Asks for a link's text and address; OK stays disabled until the address is http(s), mailto or tel."""

    def __init__(self, parent: QWidget | None = None, text: str = "", href: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.text_edit = QLineEdit(text, self)
        self.href_edit = QLineEdit(href, self)
        self.href_edit.setPlaceholderText("https://…")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.fix_button = QPushButton(self)  # "Use https://www.example.tw" for a scheme-less address
        self.fix_button.setObjectName("link_fix")
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._use_suggestion)
        self._suggestion: str | None = None
        self.setMinimumWidth(480)  # room for the hint on two lines at most
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Text:"), self.text_edit)
        layout.addRow(self.tr("&Address:"), self.href_edit)
        layout.addRow(self.problem)
        layout.addRow(self.fix_button)
        layout.addRow(self.buttons)
        self.href_edit.textChanged.connect(self._validate)
        self._validate()
        (self.href_edit if text else self.text_edit).setFocus()

    @Slot()
    def _validate(self) -> None:
        raw = self.href_edit.text()
        ok = safe_href(raw) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._suggestion = None if ok else suggested_href(raw)
        if ok or not raw.strip():
            self.problem.setText("")
        elif self._suggestion:
            self.problem.setText(self.tr("The address needs a scheme, such as https:// or mailto:."))
        else:
            self.problem.setText(
                self.tr("Only web (http, https), e-mail (mailto:) and phone (tel:) links are allowed.")
            )
        self.fix_button.setText(self.tr("Use %1").replace("%1", self._suggestion or ""))
        self.fix_button.setVisible(self._suggestion is not None)
        self.problem.setVisible(bool(self.problem.text()))
        self.adjustSize()  # grow for the hint instead of clipping it

    @Slot()
    def _use_suggestion(self) -> None:
        if self._suggestion:
            self.href_edit.setText(self._suggestion)
            self.href_edit.setFocus()

    def link_text(self) -> str:
        return self.text_edit.text()

    def href(self) -> str | None:
        return safe_href(self.href_edit.text())

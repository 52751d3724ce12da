"""One language's text: headline, subheadline, rich body and boilerplate, with a switch to include the language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from releasedesk.gui.fonts import editor_font
from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.model.release import Image, Lang, LanguageContent

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QImage

OBJECT_REPLACEMENT = "\ufffc"


class LanguagePane(QWidget):
    """Edits `LanguageContent` for one language; when excluded, its text is kept but not part of the release."""

    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"pane_{lang}")
        name = self.tr("Chinese (zh-TW)") if lang == "zh-TW" else self.tr("English")
        self.include = QCheckBox(name, self)
        self.include.setObjectName(f"include_{lang}")
        self.include.setToolTip(self.tr("Include this language in the release, the preview and exports"))
        font = self.include.font()
        font.setBold(True)
        self.include.setFont(font)

        self.headline = QLineEdit(self)
        self.subheadline = QLineEdit(self)
        self.body = RichTextEditor(self)
        self.body.language = lang
        self.boilerplate = QPlainTextEdit(self)
        self.boilerplate.setTabChangesFocus(True)
        self.boilerplate.setMaximumHeight(90)
        for widget, key in (
            (self.headline, "headline"),
            (self.subheadline, "subheadline"),
            (self.body, "body"),
            (self.boilerplate, "boilerplate"),
        ):
            widget.setObjectName(f"{key}_{lang}")
            widget.setFont(editor_font(lang, widget.font().pointSizeF()))
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.subheadline.setPlaceholderText(self.tr("Subheadline (optional)"))
        self.boilerplate.setPlaceholderText(self.tr("About the agency: one paragraph per line"))

        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        zh = lang == "zh-TW"  # each label's Alt+letter is unique in the window (two panes, one menu bar)
        form.addRow(self._label(self.tr("He&adline:") if zh else self.tr("Headl&ine:"), self.headline), self.headline)
        form.addRow(self._label(self.tr("Subheadline:"), self.subheadline), self.subheadline)
        form.addRow(self._label(self.tr("&Body:") if zh else self.tr("B&ody:"), self.body), self.body)
        boilerplate = self.tr("Boiler&plate:") if zh else self.tr("Boilerplate:")
        form.addRow(self._label(boilerplate, self.boilerplate), self.boilerplate)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.include)
        layout.addWidget(self.fields, 1)

        self.include.toggled.connect(self._include_toggled)
        self.headline.textChanged.connect(self.changed)
        self.subheadline.textChanged.connect(self.changed)
        self.body.contentChanged.connect(self.changed)
        self.boilerplate.textChanged.connect(self.changed)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    @Slot(bool)
    def _include_toggled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.changed.emit()

    @property
    def included(self) -> bool:
        return self.include.isChecked()

    def set_content(
        self, content: LanguageContent | None, images: Mapping[str, Image], decoded: dict[str, QImage] | None = None
    ) -> None:
        """Show `content`; None means the release lacks this language (an empty, excluded pane)."""
        self.blockSignals(True)
        try:
            self.include.setChecked(content is not None)
            self.fields.setEnabled(content is not None)
            content = content or LanguageContent()
            for edit, text in ((self.headline, content.headline), (self.subheadline, content.subheadline)):
                edit.setText(text)
                edit.setCursorPosition(0)
            self.body.set_content(content.body, images, decoded)
            self.boilerplate.setPlainText(content.boilerplate)
        finally:
            self.blockSignals(False)

    def set_included(self, on: bool) -> None:
        self.blockSignals(True)
        self.include.setChecked(on)
        self.fields.setEnabled(on)
        self.blockSignals(False)

    def content(self) -> LanguageContent:
        return LanguageContent(
            headline=self.headline.text(),
            subheadline=self.subheadline.text(),
            body=self.body.content(),
            boilerplate=self.boilerplate.toPlainText(),
        )

    def plain_text(self) -> str:
        """Everything a reader of this language reads, for counting: cheap, no walk through the rich text."""
        body = self.body.toPlainText().replace(OBJECT_REPLACEMENT, "")  # images count as nothing
        return "\n".join((self.headline.text(), self.subheadline.text(), body, self.boilerplate.toPlainText()))

    def images(self) -> dict[str, Image]:
        return self.body.images()

    def text_fields(self) -> list[QWidget]:
        return [self.headline, self.subheadline, self.body, self.boilerplate]

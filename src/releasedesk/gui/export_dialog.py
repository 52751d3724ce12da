"""Export any format: choose the format, the languages and the file, see the preflight warnings first, then write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from releasedesk.errors import ReleaseDeskError
from releasedesk.export import EXTENSIONS, FORMATS, Format, export_release
from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.gui.settings import Settings
from releasedesk.model.release import Release

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow


def preflight_messages(release: Release, lang: LangChoice, fmt: Format) -> list[str]:
    """The preflight warnings in the interface language."""
    from releasedesk.export.preflight import preflight
    from releasedesk.gui.preflight_text import PreflightText

    words = PreflightText()
    return [words.text(issue) for issue in preflight(release, lang, formats=(fmt,))]


class ExportDialog(QDialog):
    """Language choice, target file and the preflight list, refreshed when the language changes."""

    def __init__(self, release: Release, fmt: Format, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.release, self.fmt = release, fmt
        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        for value in FORMATS:
            self.format.addItem(self.format_name(value), value)
        self.format.setCurrentIndex(FORMATS.index(fmt))
        self.language = QComboBox(self)
        self.language.setObjectName("export_language")
        for choice, text in (
            ("both", self.tr("Both languages")),
            ("zh-TW", self.tr("Chinese (zh-TW)")),
            ("en", self.tr("English")),
        ):
            if section_languages(release, choice):  # type: ignore[arg-type]
                self.language.addItem(text, choice)
        self.path = QLineEdit(str(suggested), self)
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(browse)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("export_warnings")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Languages:"), self.language)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a layout row has no buddy of its own: the "&" would show literally
        form.addRow(file_label, target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.language.currentIndexChanged.connect(self._refresh)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._set_title()
        self._refresh()

    def format_name(self, fmt: Format) -> str:
        names = {
            "pdf": self.tr("PDF (print and publishing)"),
            "docx": self.tr("Word document (DOCX, for reviewers)"),
            "odt": self.tr("OpenDocument text (ODT, editable)"),
            "html": self.tr("Web page (HTML)"),
            "html-email": self.tr("E-mail (HTML with inline styles)"),
            "txt": self.tr("Plain text (wire services)"),
        }
        return names[fmt]

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("Export %1").replace("%1", self.format_name(self.fmt)))

    @Slot()
    def _format_changed(self) -> None:
        """A new format gets the file name with its own ending, and its own preflight."""
        old = EXTENSIONS[self.fmt]
        self.fmt = self.format.currentData()
        text = self.path.text().strip()
        if text:
            stem = text[: -len(old)] if text.lower().endswith(old) else str(Path(text).with_suffix(""))
            self.path.setText(stem + EXTENSIONS[self.fmt])
        self._set_title()
        self._refresh()

    def lang(self) -> LangChoice:
        return self.language.currentData()

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        ending = EXTENSIONS[self.fmt]
        return path if path.name.lower().endswith(ending) else path.with_name(path.name + ending)

    @Slot()
    def _refresh(self) -> None:
        self.export_button.setEnabled(self.language.count() > 0)
        if self.language.count() == 0:
            self.summary.setText(self.tr("The release has no text to export."))
            return
        messages = preflight_messages(self.release, self.lang(), self.fmt)
        self.warnings.clear()
        self.warnings.addItems(messages)
        self.warnings.setVisible(bool(messages))
        self.resize(self.width(), 380 if messages else self.minimumSizeHint().height())
        self.summary.setText(
            self.tr("Preflight found %n problem(s); you can still export.", "", len(messages))
            if messages
            else self.tr("Preflight found no problems.")
        )

    @Slot()
    def _browse(self) -> None:
        pattern = f"{self.format_name(self.fmt)} (*{EXTENSIONS[self.fmt]})"
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), pattern)
        if name:
            self.path.setText(name)


class ExportController(QObject):
    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.last_format: Format = "odt"

    def _suggested(self, fmt: Format) -> Path:
        path = self.window.files.path
        folder = path.parent if path else (self.settings.last_folder() or Path.home())
        stem = path.stem if path else self.tr("release")
        return folder / f"{stem}{EXTENSIONS[fmt]}"

    def export_pdf(self) -> bool:
        return self.run("pdf")

    def export_docx(self) -> bool:
        return self.run("docx")

    def export_any(self) -> bool:
        """The dialog with every format, opened at the one chosen last (ODT the first time)."""
        return self.run(self.last_format)

    def run(self, fmt: Format) -> bool:
        release = self.window.current_release()
        dialog = ExportDialog(release, fmt, self._suggested(fmt), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.last_format = dialog.fmt
        return self.export_to(release, dialog.fmt, dialog.target(), dialog.lang())

    def export_to(self, release: Release, fmt: Format, path: Path, lang: LangChoice) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_release(release, fmt, path, lang=lang)
        except ReleaseDeskError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self.window, self.tr("Export failed"), str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

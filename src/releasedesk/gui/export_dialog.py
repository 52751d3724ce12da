"""Export PDF / DOCX: choose the languages and the file, see the preflight warnings first, then write."""

from __future__ import annotations

from collections.abc import Callable
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
from releasedesk.export import Format, export_release
from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.gui.export_naming import export_file_name
from releasedesk.gui.settings import Settings
from releasedesk.model.release import Release

if TYPE_CHECKING:
    from releasedesk.checks.runner import Checker
    from releasedesk.gui.main_window import MainWindow


def preflight_messages(release: Release, lang: LangChoice, fmt: Format, checker: Checker | None = None) -> list[str]:
    """The preflight warnings in the interface language, then the writing checks' findings (with a checker)."""
    from releasedesk.export.preflight import preflight
    from releasedesk.gui.checks.preflight import writing_messages
    from releasedesk.gui.preflight_text import PreflightText

    words = PreflightText()
    messages = [words.text(issue) for issue in preflight(release, lang, formats=(fmt,))]
    return messages + (writing_messages(release, lang, checker) if checker is not None else [])


class ExportDialog(QDialog):
    """Language choice, target file and the preflight list, refreshed when the language changes."""

    def __init__(
        self,
        release: Release,
        fmt: Format,
        suggested: Path,
        parent: QWidget | None = None,
        *,
        name_for: Callable[[LangChoice], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.release, self.fmt = release, fmt
        self._name_for = name_for  # the suggested name follows the language until the user edits the path
        self.setWindowTitle(self.tr("Export PDF") if fmt == "pdf" else self.tr("Export DOCX"))
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
        self.language.currentIndexChanged.connect(self._rename)
        self._suggested = str(suggested)
        self._rename()
        self._refresh()

    @Slot()
    def _rename(self) -> None:
        if self._name_for is None or self.language.count() == 0 or self.path.text() != self._suggested:
            return
        self._suggested = str(Path(self._suggested).with_name(self._name_for(self.lang())))
        self.path.setText(self._suggested)

    def lang(self) -> LangChoice:
        return self.language.currentData()

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() == f".{self.fmt}" else path.with_name(path.name + f".{self.fmt}")

    @Slot()
    def _refresh(self) -> None:
        self.export_button.setEnabled(self.language.count() > 0)
        if self.language.count() == 0:
            self.summary.setText(self.tr("The release has no text to export."))
            return
        checks = getattr(self.parent(), "checks", None)  # the window's writing checks, with its settings
        messages = preflight_messages(self.release, self.lang(), self.fmt, checks.service.checker if checks else None)
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
        pattern = self.tr("PDF documents (*.pdf)") if self.fmt == "pdf" else self.tr("Word documents (*.docx)")
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), pattern)
        if name:
            self.path.setText(name)


class ExportController(QObject):
    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def _folder(self) -> Path:
        """Beside the release when it has a file, else the folder last exported or saved to."""
        path = self.window.files.path
        return path.parent if path else (self.settings.last_folder() or Path.home())

    def export_pdf(self) -> bool:
        return self.run("pdf")

    def export_docx(self) -> bool:
        return self.run("docx")

    def run(self, fmt: Format) -> bool:
        release = self.window.current_release()
        stem = self.window.files.path.stem if self.window.files.path else ""

        def name_for(lang: LangChoice) -> str:
            return export_file_name(release.number, stem, lang, fmt)

        suggested = self._folder() / name_for("both")
        dialog = ExportDialog(release, fmt, suggested, self.window, name_for=name_for)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        done = self.export_to(release, fmt, dialog.target(), dialog.lang())
        if done:
            self.settings.set_last_folder(dialog.target().parent)  # the next export starts there
        return done

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

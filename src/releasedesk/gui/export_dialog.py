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
from releasedesk.export import EXTENSIONS, FORMATS, Format, export_release, writer_options
from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.export.naming import release_file_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.checks.runner import Checker
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.window_protocol import ReleaseWindow
    from releasedesk.model.release import Release


def preflight_messages(release: Release, lang: LangChoice, fmt: Format, checker: Checker | None = None) -> list[str]:
    """The preflight warnings in the interface language, then the writing checks' findings (with a checker)."""
    from releasedesk.export.preflight import preflight
    from releasedesk.gui.checks.labels import writing_messages
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
        name_for: Callable[[LangChoice, Format], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.release, self.fmt = release, fmt
        self._name_for = name_for  # the suggested name follows the language and format until the user edits it
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
            if section_languages(release, choice):  # type: ignore[arg-type]  # the loop's literals are LangChoice values; the tuple widens them to str
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
        self.language.currentIndexChanged.connect(self._rename)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._suggested = str(suggested)
        self._rename()
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
        if self._name_for is not None and text == self._suggested:
            self._suggested = str(Path(self._suggested).with_name(self._name_for(self.lang(), self.fmt)))
            self.path.setText(self._suggested)
        elif text:
            stem = text[: -len(old)] if text.lower().endswith(old) else str(Path(text).with_suffix(""))
            self.path.setText(stem + EXTENSIONS[self.fmt])
        self._set_title()
        self._refresh()

    @Slot()
    def _rename(self) -> None:
        if self._name_for is None or self.language.count() == 0 or self.path.text() != self._suggested:
            return
        self._suggested = str(Path(self._suggested).with_name(self._name_for(self.lang(), self.fmt)))
        self.path.setText(self._suggested)

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
        pattern = f"{self.format_name(self.fmt)} (*{EXTENSIONS[self.fmt]})"
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), pattern)
        if name:
            self.path.setText(name)


class ExportController(QObject):
    """Export from the window: the dialog, preflight, and writing the files."""

    def __init__(self, window: ReleaseWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.last_format: Format = "odt"

    def _folder(self) -> Path:
        """Beside the release when it has a file, else the folder last exported or saved to."""
        path = self.window.files.path
        return path.parent if path else (self.settings.last_folder() or Path.home())

    def export_pdf(self) -> bool:
        return self.run("pdf")

    def export_docx(self) -> bool:
        return self.run("docx")

    def export_any(self) -> bool:
        """The dialog with every format, opened at the one chosen last (ODT the first time)."""
        return self.run(self.last_format)

    def run(self, fmt: Format) -> bool:
        release = self.window.current_release()
        stem = self.window.files.path.stem if self.window.files.path else ""

        def name_for(lang: LangChoice, chosen: Format) -> str:
            return release_file_name(release, stem, lang, chosen)

        suggested = self._folder() / name_for("both", fmt)
        dialog = ExportDialog(release, fmt, suggested, self.window, name_for=name_for)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.last_format = dialog.fmt
        done = self.export_to(release, dialog.fmt, dialog.target(), dialog.lang())
        if done:
            self.settings.set_last_folder(dialog.target().parent)  # the next export starts there
        return done

    def export_to(self, release: Release, fmt: Format, path: Path, lang: LangChoice) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            house = self.window.library.template_for(release, open_library=True)  # an agency profile's template
            export_release(release, fmt, path, lang=lang, options=writer_options(fmt, house) if house else None)
        except ReleaseDeskError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self.window, self.tr("Export failed"), str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

"""Print and Print Preview: the same pages as the exported PDF, in the preview's language choice.

Qt's print support (QtPrintSupport and gui/printing.py) loads when a print command is first used, not with the
window (7-8 ms of the GUI thread's CPU before the first frame, benchmarks/gui.py's launch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox

from releasedesk.errors import ReleaseDeskError
from releasedesk.preview import source as pdf_source

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from releasedesk.gui.window_protocol import ReleaseWindow


class PrintController(QObject):
    """Printing from the window: the print dialog and the printer it leaves set up."""

    printed = Signal(str, int)
    """After a print went out: the printer (or output file) and the copies, for the print log."""

    def __init__(self, window: ReleaseWindow) -> None:
        super().__init__(window)
        self.window = window
        self.printer: QPrinter | None = None
        self.preview_printer: QPrinter | None = None

    def _printer(self) -> QPrinter:
        if self.printer is None:
            from releasedesk.gui.printing import full_page_printer

            self.printer = full_page_printer()
        return self.printer

    def _pdf(self) -> bytes | None:
        try:
            release = self.window.current_release()
            template = self.window.library.template_for(release, open_library=True)  # an agency profile's
            return pdf_source.render(release, self.window.preview.lang(), template=template)
        except pdf_source.PreviewUnavailable:
            message = self.tr("The release has no text in the language chosen in the preview.")
        except ReleaseDeskError as error:
            message = str(error)
        QMessageBox.warning(self.window, self.tr("Cannot print"), message)
        return None

    def print_to(self, printer: QPrinter) -> int:
        """Print the current release on `printer` (also a PDF-file printer); returns the page count."""
        from releasedesk.gui.printing import print_pdf_bytes

        data = self._pdf()
        if data is None:
            return 0
        try:
            pages = print_pdf_bytes(data, printer)
        except ReleaseDeskError as error:
            QMessageBox.warning(self.window, self.tr("Cannot print"), str(error))
            return 0
        self.printed.emit(printer.outputFileName() or printer.printerName(), printer.copyCount())
        return pages

    def print_dialog(self) -> int:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print release"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The preview on a printer of its own: after "Print to file" the shared printer names that file, and
        previewing through it rewrote the file and showed "1 / 0" with an empty page."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from releasedesk.gui.printing import full_page_printer, print_pdf_bytes

        data = self._pdf()
        if data is None:
            return None
        printer = self.preview_printer = full_page_printer()  # kept: the dialog does not own its printer
        printer.setPageLayout(self._printer().pageLayout())
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: print_pdf_bytes(data, target, to_file=False))
        dialog.resize(900, 1000)
        return dialog

    @Slot()
    def print_preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()

"""Printing the exact pages of the PDF: each page rendered as an image at the printer's resolution.

QtPdf has no vector path to QPrinter; rendering at the printer's own dpi keeps print and PDF identical.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from releasedesk.atomicfile import write_atomic
from releasedesk.errors import ExportError
from releasedesk.gui.preview import load_pdf

MAX_IMAGE_DPI = 300
"""Pages are rendered at the printer's resolution up to this: a 1200 dpi A4 page would be a 550 MB image."""


def _pages(printer: QPrinter, count: int) -> list[int]:
    """0-based pages to print, honouring a page range chosen in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        return [page - 1 for page in range(first, min(last, count) + 1)]
    return list(range(count))


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every chosen page onto `printer`, scaled to fit its page; returns the number of pages printed."""
    pages = _pages(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("the printer could not be started (is the output file writable?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # print preview scales the images down
        dpi = printer.resolution()
        target = printer.pageLayout().paintRectPixels(dpi)
        image_dpi = min(dpi, MAX_IMAGE_DPI)
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = round(points.width() * scale), round(points.height() * scale)
            pixels = QSize(round(width * image_dpi / dpi), round(height * image_dpi / dpi))
            image = document.render(page, pixels, QPdfDocumentRenderOptions())
            x = (target.width() - width) // 2
            y = (target.height() - height) // 2
            painter.drawImage(QRect(x, y, width, height), image)
        return len(pages)
    finally:
        painter.end()


def print_pdf_bytes(data: bytes, printer: QPrinter, *, to_file: bool = True) -> int:
    """Print `data`; "print to PDF file" of every page writes the PDF itself (vector text, not page images).

    `to_file=False` always paints (print preview: its printer may still name the last print's output file).
    """
    document = load_pdf(data)
    try:
        if to_file and _is_whole_pdf_file(printer):
            try:
                write_atomic(printer.outputFileName(), data)
            except OSError as error:
                raise ExportError(f"{printer.outputFileName()}: cannot write ({error.strerror or error})") from None
            return document.pageCount()
        return print_document(document, printer)
    finally:
        document.close()
        document.deleteLater()


def _is_whole_pdf_file(printer: QPrinter) -> bool:
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
        and printer.printRange() == QPrinter.PrintRange.AllPages
    )


def full_page_printer() -> QPrinter:
    """An A4 printer whose paint rect is the whole sheet: the PDF already carries its own margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setColorMode(QPrinter.ColorMode.Color)
    return printer

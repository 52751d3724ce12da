"""Export PDF/DOCX from the window and print to a PDF printer: the files carry the release's text and pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from gui.helpers import type_text
from releasedesk.gui.export_dialog import ExportDialog, preflight_messages
from releasedesk.gui.preview import load_pdf
from releasedesk.gui.printing import full_page_printer


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _squash(value: str) -> str:
    return "".join(value.split())


def test_export_pdf_through_the_dialog(window, dialogs, monkeypatch, tmp_path):
    window.panes["en"].headline.selectAll()
    type_text(window.panes["en"].headline, "Exported from the window")
    window.files.path = tmp_path / "out.rdrelease"  # the dialog suggests a name beside the release
    seen = []

    def choose_english(dialog):
        seen.append(dialog.path.text())
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        seen.append(dialog.path.text())
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose_english)
    assert window.exporter.export_pdf()
    number = window.current_release().number
    assert seen == [str(tmp_path / f"{number}-zh-TW-en.pdf"), str(tmp_path / f"{number}-en.pdf")]
    text = _text(tmp_path / f"{number}-en.pdf")
    assert "Exported from the window" in text
    assert _squash(window.current_release().content["zh-TW"].headline) not in _squash(text)  # English only


def test_export_docx_contains_both_headlines(window, tmp_path):
    target = tmp_path / "out.docx"
    release = window.current_release()
    assert window.exporter.export_to(release, "docx", target, "both")
    import docx

    # read as text: the plan cuts runs where the script changes, so "全國120處" spans several w:t elements
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(target)).paragraphs)
    for lang in ("zh-TW", "en"):
        assert release.content[lang].headline.strip() in text


def test_export_failure_is_a_dialog(window, dialogs, tmp_path):
    target = tmp_path / "missing-folder" / "out.pdf"
    assert not window.exporter.export_to(window.current_release(), "pdf", target, "both")
    assert dialogs.kinds() == ["critical"]
    assert not target.exists()


def test_export_dialog_lists_preflight_warnings(window, tmp_path):
    pytest.importorskip("releasedesk.export.preflight")
    release = window.current_release()
    release.content["en"].headline = ""
    release.contacts = []
    dialog = ExportDialog(release, "pdf", tmp_path / "x.pdf", window)
    expected = preflight_messages(release, "both", "pdf")
    assert expected, "preflight should complain about a missing headline and no contacts"
    shown = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert shown == expected
    assert dialog.target() == tmp_path / "x.pdf"


def _page_image(document, page: int) -> QImage:
    return document.render(page, QSize(298, 421)).convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute grey-level difference, 0–255."""
    total = sum(abs(x - y) for x, y in zip(a.constBits().tobytes(), b.constBits().tobytes(), strict=True))
    return total / (a.width() * a.height())


def _pdf_printer(path, *, first: int = 0, last: int = 0):
    printer = full_page_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    if first:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return printer


def test_print_to_pdf_file_writes_the_same_pdf(window, tmp_path):
    exported = tmp_path / "exported.pdf"
    assert window.exporter.export_to(window.current_release(), "pdf", exported, window.preview.lang())
    printed = tmp_path / "printed.pdf"
    pages = window.printer.print_to(_pdf_printer(printed))
    assert pages == len(PdfReader(exported).pages) == len(PdfReader(printed).pages)
    assert _text(printed) == _text(exported)
    assert window.current_release().content["en"].headline.split()[0] in _text(printed)


def test_printing_pages_as_images_looks_like_the_pdf(window, tmp_path):
    """A page range (or a real printer) paints each page as an image: compare what the pages look like."""
    exported = tmp_path / "exported.pdf"
    assert window.exporter.export_to(window.current_release(), "pdf", exported, window.preview.lang())
    expected_pages = len(PdfReader(exported).pages)
    printed = tmp_path / "printed.pdf"
    assert window.printer.print_to(_pdf_printer(printed, first=1, last=expected_pages)) == expected_pages
    assert len(PdfReader(printed).pages) == expected_pages
    assert _text(printed).strip() == ""  # really images: the whole-file path above was not taken
    original, copy = load_pdf(exported.read_bytes()), load_pdf(printed.read_bytes())
    for page in range(expected_pages):
        assert _difference(_page_image(original, page), _page_image(copy, page)) < 6.0
    blank = QImage(298, 421, QImage.Format.Format_Grayscale8)
    blank.fill(255)
    assert _difference(_page_image(copy, 0), blank) > 6.0  # the comparison can fail: a page is not blank


def test_print_page_range(window, tmp_path):
    printed = tmp_path / "range.pdf"
    assert window.printer.print_to(_pdf_printer(printed, first=2, last=2)) == 1
    assert len(PdfReader(printed).pages) == 1


def test_print_preview_after_print_to_file_shows_the_pages_and_leaves_the_file(window, tmp_path):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    printed = tmp_path / "printed.pdf"
    printer = window.printer._printer()  # noqa: SLF001 - the shared printer; the shared printer, as the print dialog leaves it after "Print to file"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    pages = window.printer.print_to(printer)
    assert pages >= 2
    written = printed.read_bytes()
    stamp = printed.stat().st_mtime_ns
    dialog = window.printer.preview_dialog()
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == pages  # not "1 / 0"
    assert printed.read_bytes() == written
    assert printed.stat().st_mtime_ns == stamp
    dialog.deleteLater()


def test_unsaved_release_exports_to_the_folder_last_used(window, monkeypatch, tmp_path):
    from releasedesk.export.naming import export_file_name

    assert window.files.path is None
    seen = []

    def accept(dialog):
        seen.append(Path(dialog.path.text()))
        if len(seen) == 1:
            dialog.path.setText(str(tmp_path / "chosen" / "mine.pdf"))
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    (tmp_path / "chosen").mkdir()
    assert window.exporter.export_pdf()
    assert seen[0].name == export_file_name(window.current_release().number, "", "both", "pdf")
    assert seen[0].name != "release.pdf"
    assert "/" not in seen[0].name
    assert window.exporter.export_pdf()
    assert seen[1].parent == tmp_path / "chosen"  # remembered
    assert export_file_name("  第115/001號 ", "", "en", "docx") == "第115-001號-en.docx"
    assert export_file_name("", "draft", "zh-TW", "pdf") == "draft-zh-TW.pdf"

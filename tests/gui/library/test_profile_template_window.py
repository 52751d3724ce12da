"""The window applies an agency profile's PDF template to a release made from it: the exported PDF and DOCX, the
printed PDF and the preview are on the profile's paper (US Letter here), while a sample release stays on A4."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from pypdf import PdfReader

from releasedesk.library.profiles import Profile
from releasedesk.model.release import Bilingual

LETTER_POINTS = (612, 792)
A4_POINTS = (595, 842)


def _pdf_size(data: bytes | Path) -> tuple[int, int]:
    import io

    reader = PdfReader(data if isinstance(data, Path) else io.BytesIO(data))
    box = reader.pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_a_profiles_template_reaches_export_print_and_preview(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    library = window.library.library()
    library.profiles.save(
        Profile("MOC", agency=Bilingual("海洋文化部", "Ministry of Ocean Culture"), pdf_template='page_size = "Letter"')
    )
    sample = window.current_release()
    assert window.exporter.export_to(sample, "pdf", tmp_path / "sample.pdf", "both")
    assert _pdf_size(tmp_path / "sample.pdf") == A4_POINTS  # not made from the profile: the default house style

    window.new_action.trigger()  # File → New: from the only profile
    release = window.current_release()
    release.content["zh-TW"].headline = "偏鄉寬頻"
    assert window.exporter.export_to(release, "pdf", tmp_path / "new.pdf", "both")
    assert _pdf_size(tmp_path / "new.pdf") == LETTER_POINTS
    assert window.exporter.export_to(release, "docx", tmp_path / "new.docx", "both")
    section = Document(str(tmp_path / "new.docx")).sections[0]
    assert round(section.page_width.inches, 1) == 8.5
    assert round(section.page_height.inches, 1) == 11.0
    assert _pdf_size(window.printer._pdf()) == LETTER_POINTS

    def preview_page_size() -> tuple[int, int] | None:  # the page the preview shows, rendered by its worker
        document = window.preview.view.document()
        if document is None or document.pageCount() == 0:
            return None
        size = document.pagePointSize(0)
        return round(size.width()), round(size.height())

    window.preview.refresh_now()
    qtbot.waitUntil(lambda: preview_page_size() == tuple(round(v) for v in LETTER_POINTS), timeout=20_000)

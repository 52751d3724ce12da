"""Reviewers compare the DOCX with the PDF page by page: LibreOffice prints every sample's DOCX within one page of
our PDF (the DOCX takes the role table's leading; with Word's 1.15 it was 17 pages against the PDF's 21)."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from export.docx.test_libreoffice import convert
from releasedesk.export.docx import export_docx
from releasedesk.export.pdf import export_pdf
from releasedesk.samples import load_sample, sample_names

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdfinfo")), reason="needs LibreOffice"),
]


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_libreoffice_prints_every_samples_docx_within_a_page_of_our_pdf(tmp_path: Path) -> None:
    names = sample_names()
    sources = []
    for name in names:
        release = load_sample(name)
        export_pdf(release, tmp_path / f"{name}-ours.pdf", lang="both")
        sources.append(tmp_path / f"{name}.docx")
        export_docx(release, sources[-1], lang="both")
    printed = {name: _pages(pdf) for name, pdf in zip(names, convert(sources, tmp_path), strict=True)}
    ours = {name: _pages(tmp_path / f"{name}-ours.pdf") for name in names}
    far = {name: (printed[name], ours[name]) for name in names if abs(printed[name] - ours[name]) > 1}
    assert not far, f"LibreOffice's pages of the DOCX vs our PDF's: {far}"
    assert "long-report" in names
    assert ours["long-report"] > 10  # the long sample is long enough for a leading to show

"""The reviewer's real client: LibreOffice opens the DOCX and every paragraph of both languages survives."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from typing import TYPE_CHECKING

import pytest

from export.docx.docx_reader import expected_texts
from export.docx.docx_releases import full_release
from releasedesk.export.docx import export_docx
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice"),
]


def _squash(value: str) -> str:
    """Compare without whitespace and layout: line breaks, justification and ligatures are LibreOffice's."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def convert(docx_files: list[Path], out_dir: Path) -> list[Path]:
    """`soffice --convert-to pdf` with a private profile, so parallel runs do not share (and lock) one."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, docx_files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [out_dir / f"{path.stem}.pdf" for path in docx_files]


def test_both_languages_survive_libreoffice(tmp_path: Path) -> None:
    releases = {"built": full_release(), "announcement": load_sample("announcement")}
    releases["long-report"] = load_sample("long-report")
    sources = []
    for name, release in releases.items():
        sources.append(tmp_path / f"{name}.docx")
        export_docx(release, sources[-1], lang="both")
    for (name, release), pdf in zip(releases.items(), convert(sources, tmp_path), strict=True):
        text = _pdftotext(pdf)
        squashed = _squash(
            _pdftotext(pdf, "-x", "0", "-y", "46", "-W", "700", "-H", "734")
        )  # house margins 18/22 mm: no header/footer
        for lang in ("zh-TW", "en"):
            missing = [p for p in expected_texts(release, lang) if _squash(p) not in squashed]
            assert not missing, f"{name} {lang}: lost in LibreOffice: {_where(_squash(missing[0]), squashed)}"
        # the footer fields were computed: Chinese from page 1, English to the last page, of the real count
        pages = int(re.search(r"Pages:\s+(\d+)", _pdfinfo(pdf)).group(1))
        assert f"第 1 頁，共 {pages} 頁" in text
        assert f"Page {pages} of {pages}" in text
        # 新細明體 reaches a Ming face through the bootstrap's fontconfig aliases, not a sans or Kai fallback
        fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert "TW-Sung" in fonts or "UMing" in fonts, fonts
        assert "DejaVu" not in fonts, fonts
        assert "TW-Kai" not in fonts, fonts


def _where(wanted: str, text: str) -> str:
    """Where the first missing paragraph stops matching the PDF text: what was expected, what is there."""
    size = 1
    while size < len(wanted) and wanted[:size] in text:
        size += 1
    at = text.find(wanted[: size - 1]) + size - 1
    return f"expected …{wanted[max(0, size - 20) : size + 10]}… found …{text[max(0, at - 19) : at + 10]}…"


def _pdftotext(pdf: Path, *crop: str) -> str:
    """Text in reading order per line (`-layout`: tab-separated meta lines stay on their line)."""
    command = ["pdftotext", "-layout", *crop, str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout

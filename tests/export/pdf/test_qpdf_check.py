"""Every PDF we write is structurally sound by an independent reader's standard (qpdf --check)."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from export.pdf.pdf_test_releases import named_release, release_names
from releasedesk.export.pdf import export_pdf
from releasedesk.model.release import LanguageContent, Release
from releasedesk.model.richtext import Paragraph, text
from strategies import HOSTILE

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(not shutil.which("qpdf"), reason="needs qpdf (scripts/bootstrap.sh installs it)")


def _check(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@pytest.mark.parametrize("name", release_names())
def test_samples_pass_qpdf_check(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.pdf"
    export_pdf(named_release(name), out, lang="both")
    _check(out)


def test_hostile_text_passes_qpdf_check(tmp_path: Path) -> None:
    body = [Paragraph((text(piece),)) for piece in HOSTILE]
    release = Release(number="".join(HOSTILE), content={"zh-TW": LanguageContent("".join(HOSTILE), body=body)})
    out = tmp_path / "hostile.pdf"
    export_pdf(release, out, lang="both")
    _check(out)

"""The ODT's media contacts keep the house style's leading: a smaller text's line is the body's scaled to its size,
as the PDF sets its contacts grid (the role table, export/roles.py), not the body's own line (which left the ODT's
contacts loose)."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from releasedesk.export.odt import export_odt, render_odt
from releasedesk.export.roles import roles
from releasedesk.export.style import current_template
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path


def _contact_leading(role: str = "contact_detail", lang: str = "zh-TW") -> float:
    """The role table's leading for a contact role: the named style carries the Chinese section's, an English
    section's paragraphs an automatic variant with the English one."""
    table = roles(current_template(), lang)
    return round(table.leading(getattr(table, role)), 2)


def test_the_contact_styles_carry_the_scaled_leading() -> None:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render_odt(load_sample("announcement")))) as odt:
        styles = odt.read("styles.xml").decode("utf-8")
        content = odt.read("content.xml").decode("utf-8")
    for name, role in (("ReleaseContactName", "contact_name"), ("ReleaseContactLine", "contact_detail")):
        declaration = re.search(rf'<style:style style:name="{name}".*?</style:style>', styles)
        assert declaration is not None, name
        assert f'style:line-height-at-least="{_contact_leading(role)}pt"' in declaration.group(0), name
        assert _contact_leading(role) < current_template().body_leading_zh
        english = re.search(rf'<style:style style:name="En{name}".*?</style:style>', content)
        assert english is not None, name
        assert f'style:line-height-at-least="{_contact_leading(role, "en")}pt"' in english.group(0), name
        assert _contact_leading(role, "en") < _contact_leading(role)


@pytest.mark.slow
def test_libreoffice_sets_the_contact_lines_at_that_leading(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    odt = tmp_path / "release.odt"
    export_odt(load_sample("announcement"), odt, lang="en")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(odt)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(odt.with_suffix(".pdf")), "-"], check=True, capture_output=True, text=True
    ).stdout
    tops = {
        word: [float(y) for y in re.findall(rf'xMin="6\d\.\d+" yMin="([\d.]+)" [^>]*>{re.escape(word)}</word>', boxes)]
        for word in ("Tel.", "Email")
    }
    step = tops["Email"][0] - tops["Tel."][0]  # the first contact's phone line, then its e-mail line
    assert step == pytest.approx(_contact_leading(lang="en"), abs=0.6)

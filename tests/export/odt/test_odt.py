"""ODT: re-read from content.xml with lxml, unit for unit; ODF 1.3 schema-valid; styles, languages, lists, links,
images, fields, header/footer and watermark where LibreOffice expects them; LibreOffice opens every sample."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from approved import approve
from export.letterhead_band import assert_one_band
from export.odt.odf_schema import schema_errors
from export.readers.odt import read_units
from export.readers.units import plan_units
from releasedesk.errors import ExportError
from releasedesk.export.layout import LANG_CHOICES
from releasedesk.export.odt import export_odt, render_odt
from releasedesk.export.plan import plan_release
from releasedesk.model import Bilingual, LanguageContent, ListItem, Paragraph, Release, Status
from releasedesk.model.richtext import text
from releasedesk.samples import load_sample, sample_names
from strategies import releases

if TYPE_CHECKING:
    from pathlib import Path


def _expected(release: Release, lang: str) -> list[str]:
    return plan_units(plan_release(release, lang))


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def _release(en: list) -> Release:
    return Release(
        agency=Bilingual("數位發展部", "Ministry of Digital Affairs"),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        content={"en": LanguageContent(headline="Headline", body=en)},
    )


@pytest.mark.parametrize("name", sample_names())
@pytest.mark.parametrize("lang", LANG_CHOICES)
def test_every_sample_reads_back_unit_for_unit_and_is_schema_valid(name: str, lang: str, tmp_path: Path) -> None:
    release = load_sample(name)
    try:
        expected = _expected(release, lang)
    except ExportError:
        pytest.skip(f"{name} has no {lang} text")
    out = tmp_path / "release.odt"
    export_odt(release, out, lang=lang)
    assert read_units(out) == expected
    assert schema_errors(out) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release=releases(), lang=st.sampled_from(LANG_CHOICES))
def test_any_release_reads_back_exactly_and_stays_valid(
    release: Release, lang: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    try:
        expected = _expected(release, lang)
    except ExportError:
        return
    out = tmp_path_factory.mktemp("odt") / "release.odt"
    export_odt(release, out, lang=lang)
    assert read_units(out) == expected
    assert schema_errors(out) == []


def test_spaces_tabs_and_line_breaks_survive() -> None:
    tricky = [" lead", "two  spaces", "tab\there", "line\nbreak", "trail ", "甲\u3000乙\u00a0丙", "a   "]
    release = _release([Paragraph((text(value),)) for value in tricky])
    out = io.BytesIO(render_odt(release, lang="en"))
    units = read_units(out)
    for value in tricky:
        assert value in units


def test_named_styles_asian_fonts_and_languages() -> None:
    data = render_odt(load_sample("announcement"))
    styles = _part(data, "styles.xml")
    for name in ("ReleaseHeadline", "ReleaseBody", "ReleaseQuote", "ReleaseCaption", "ReleaseContactName"):
        assert f'style:name="{name}"' in styles
    assert 'style:font-name-asian="TW-Sung"' in styles
    assert 'fo:language="en"' in styles
    assert 'fo:country="US"' in styles
    assert 'style:language-asian="zh"' in styles
    assert 'style:country-asian="TW"' in styles
    content = _part(data, "content.xml")
    assert 'text:style-name="ReleaseHeadline"' in content
    assert "<text:h" in content


def test_lists_are_real_and_nested_with_the_plan_labels() -> None:
    body = [
        ListItem(False, 0, (text("a"),)),
        ListItem(False, 1, (text("b"),)),
        ListItem(True, 0, (text("c"),)),
        ListItem(True, 2, (text("d"),)),
    ]
    data = render_odt(_release(body), lang="en")
    content = _part(data, "content.xml")
    assert content.count("<text:list ") + content.count("<text:list>") == 5  # bullets, nested, numbers, 2 nested
    assert re.search(r"<text:list-item><text:p[^>]*><text:span[^>]*>•</text:span><text:tab/>", content)
    units = read_units(io.BytesIO(data))
    assert [unit for unit in units if unit[:2] in ("• ", "◦ ", "1.", "i.")] == ["• a", "◦ b", "1. c", "i. d"]
    styles = _part(data, "styles.xml")
    assert 'style:num-format=""' in styles  # the list style draws no number of its own: the label is the text


def test_links_images_fields_header_footer_and_metadata() -> None:
    data = render_odt(load_sample("announcement"))
    content = _part(data, "content.xml")
    assert re.search(r'<text:a xlink:type="simple" xlink:href="https://', content)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        manifest = package.read("META-INF/manifest.xml").decode()
        meta = package.read("meta.xml").decode()
        assert package.infolist()[0].filename == "mimetype"
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    pictures = [name for name in names if name.startswith("Pictures/")]
    assert pictures
    assert all(f'manifest:full-path="{name}"' in manifest for name in pictures)
    assert all(f'xlink:href="{name}"' in content for name in pictures)
    styles = _part(data, "styles.xml")
    assert "<text:page-number" in styles
    assert "<text:page-count" in styles
    assert "頁，共" in styles
    assert "Page<text:s/>" in styles
    assert styles.count("<style:header>") == 2
    assert "<style:footer>" in styles
    assert 'style:master-page-name="ReleaseFirst1"' in content  # English starts on its own first page
    assert "<dc:title>" in meta
    assert "<dc:language>zh-TW</dc:language>" in meta
    assert 'office:version="1.3"' in content
    assert 'manifest:version="1.3"' in manifest


def test_watermark_is_page_furniture_not_body_text() -> None:
    release = _release([Paragraph((text("x"),))])
    release.status = Status.DRAFT
    data = render_odt(release, lang="en")
    assert ">DRAFT<" in _part(data, "styles.xml")
    assert "DRAFT" not in _part(data, "content.xml")
    approve(release)  # approval is derived from the records, not a typed status
    assert "DRAFT" not in _part(render_odt(release, lang="en"), "styles.xml")


@pytest.mark.slow
def test_libreoffice_opens_every_sample_and_reads_the_same_paragraphs(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    files = []
    for name in sample_names():
        path = tmp_path / f"{name}.odt"
        export_odt(load_sample(name), path)
        files.append(path)
    for target in ("pdf", "txt:Text (encoded):UTF8"):
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", target,
             "--outdir", str(tmp_path), *map(str, files)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    for path in files:
        pdf = path.with_suffix(".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 1
        lines = [line for line in path.with_suffix(".txt").read_text(encoding="utf-8-sig").splitlines() if line]
        assert (
            _units_from_libreoffice_text(lines)
            == read_units(path)
            == plan_units(plan_release(load_sample(path.stem), "both"))
        ), path.name

    assert_one_band((tmp_path / "announcement.pdf").read_bytes(), tmp_path)


_LABEL = re.compile(r"[•◦▪]|[0-9]+\.|[a-z]+\.")


def _units_from_libreoffice_text(lines: list[str]) -> list[str]:
    """LibreOffice's own text export: list items come indented as `label<TAB>text`, meta rows as `label<TAB>value`."""
    units: list[str] = []
    for line in lines:
        head, tab, tail = line.lstrip(" ").partition("\t")
        if tab and _LABEL.fullmatch(head):
            units.append(f"{head} {tail}")
        elif tab:
            units += [head, tail]
        else:
            units.append(line)
    return units

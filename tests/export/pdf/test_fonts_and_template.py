"""Fonts are found by family with clear errors; the layout template is one place an agency can change."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from releasedesk.errors import ExportError
from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.export.pdf.fonts import BOLD, REGULAR, FontNotFoundError, find_font, load_face, require_font
from releasedesk.export.pdf.template import DEFAULT_TEMPLATE, FontConfig, agency_template_path, load_template


def test_default_families_are_found_as_truetype_files():
    for family in DEFAULT_TEMPLATE.fonts.families():
        found = require_font(family)
        assert found.path.is_file()
        assert found.path.suffix in (".ttf", ".ttc")
    uming = find_font("AR PL UMing TW")
    assert uming.path.name == "uming.ttc"
    assert uming.index > 0
    assert find_font("Liberation Serif", BOLD).path.name == "LiberationSerif-Bold.ttf"
    assert find_font("TW-Sung", BOLD) is None


def test_a_missing_family_names_the_package_to_install():
    with pytest.raises(FontNotFoundError, match=r"'TW-Kai-Nonexistent' is not installed: install a TrueType font"):
        require_font("TW-Kai-Nonexistent")
    with pytest.raises(ExportError, match="sudo apt install fonts-arphic-ukai"):
        require_font("AR PL UKai TW")


def test_render_with_a_missing_font_fails_instead_of_substituting(release):
    options = PdfOptions(fonts=FontConfig(cjk="AR PL UKai TW"))
    with pytest.raises(FontNotFoundError, match="fonts-arphic-ukai"):
        render_pdf(release, options=options)


def test_a_face_without_bold_gets_synthetic_bold_and_no_italic():
    regular = load_face("TW-Sung", REGULAR)
    bold = load_face("TW-Sung", BOLD)
    assert bold.synthetic
    assert bold.name != regular.name
    assert load_face("TW-Sung", "italic") == regular


def test_other_configured_fonts_are_used(release, tmp_path):
    options = PdfOptions(fonts=FontConfig(serif="DejaVu Serif", sans="DejaVu Sans", cjk="AR PL UMing TW"))
    data = render_pdf(release, lang="both", options=options)
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(font.get_object()["/BaseFont"].split("+", 1)[1])
    assert {"DejaVuSerif", "DejaVuSans-Bold"} <= names
    assert not any(name.startswith("Liberation") or name.startswith("TW-Sung-98") for name in names)


def test_template_from_toml_changes_only_what_it_names(tmp_path):
    path = tmp_path / "agency.toml"
    path.write_text(
        'page_size = "Letter"\naccent_color = "#8B0000"\nbody_size = 11\n'
        '\n[fonts]\ncjk_fallbacks = ["TW-Sung-Ext-B"]\n',
        encoding="utf-8",
    )
    template = load_template(path)
    assert template.page_size == "Letter"
    assert template.accent_color == "#8B0000"
    assert template.body_size == 11.0
    assert template.fonts.cjk_fallbacks == ("TW-Sung-Ext-B",)
    assert template.fonts.serif == DEFAULT_TEMPLATE.fonts.serif
    assert template.margin_left_mm == DEFAULT_TEMPLATE.margin_left_mm


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("page_sise = 'A4'", "unknown setting 'page_sise'"),
        ("page_size = 'A3'", "page_size must be one of A4, Letter"),
        ("body_size = 'big'", "body_size must be a number"),
        ("[fonts]\nkai = 'TW-Kai'", "unknown font setting"),
        ("page_size = ", "not a valid TOML template"),
        ("accent_color = 'navy blue'", "accent_color must be a colour"),
    ],
)
def test_template_errors_are_one_clear_line(tmp_path, toml, message):
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ExportError, match=message):
        load_template(path)


def test_template_logo_is_used_when_the_release_has_none(release, tmp_path):
    from dataclasses import replace

    from export.pdf.pdf_test_releases import logo_bytes

    logo = tmp_path / "logo.png"
    logo.write_bytes(logo_bytes())
    release.logo_image_id = None
    without = render_pdf(release, lang="en")
    with_logo = render_pdf(
        release, lang="en", options=PdfOptions(template=replace(DEFAULT_TEMPLATE, logo_path=str(logo)))
    )
    count = lambda data: len(PdfReader(io.BytesIO(data)).pages[0]["/Resources"].get("/XObject", {}))  # noqa: E731
    assert count(with_logo) == count(without) + 1


def test_the_agency_template_file_is_the_default_and_a_broken_one_is_an_error(release, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = agency_template_path()
    assert path == tmp_path / "releasedesk" / "pdf-template.toml"
    assert PdfOptions().template == DEFAULT_TEMPLATE
    path.parent.mkdir()
    path.write_text('page_size = "Letter"\n', encoding="utf-8")
    assert PdfOptions().template.page_size == "Letter"
    letter = PdfReader(io.BytesIO(render_pdf(release, lang="en"))).pages[0].mediabox
    assert round(float(letter.width)) == 612
    path.write_text("page_size = 'A5'\n", encoding="utf-8")
    with pytest.raises(ExportError, match="page_size must be one of"):
        render_pdf(release, lang="en")


def test_a_template_logo_that_cannot_be_read_is_an_error(release, tmp_path):
    from dataclasses import replace

    release.logo_image_id = None
    missing = PdfOptions(template=replace(DEFAULT_TEMPLATE, logo_path=str(tmp_path / "nope.png")))
    with pytest.raises(ExportError, match=r"nope\.png: cannot be read"):
        render_pdf(release, options=missing)
    (tmp_path / "text.png").write_text("not an image")
    broken = PdfOptions(template=replace(DEFAULT_TEMPLATE, logo_path=str(tmp_path / "text.png")))
    with pytest.raises(ExportError, match=r"text\.png: not an image"):
        render_pdf(release, options=broken)

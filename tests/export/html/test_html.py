"""HTML (web and e-mail): read back with html.parser, unit for unit; escaping is total; semantic and self-contained."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from approved import approve
from export.letterhead_band import assert_one_band
from export.readers.html import parse_units, read_units
from export.readers.units import plan_units
from releasedesk.errors import ExportError
from releasedesk.export.html import HtmlOptions, export_html, render_html
from releasedesk.export.layout import LANG_CHOICES
from releasedesk.export.plan import plan_release
from releasedesk.model import Bilingual, Figure, LanguageContent, ListItem, Paragraph, Release, Status
from releasedesk.model.richtext import text
from releasedesk.samples import load_sample, sample_names
from strategies import HOSTILE, releases

if TYPE_CHECKING:
    from pathlib import Path

WRITER_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "article", "header", "img", "p", "span", "dl", "dt",
    "dd", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption", "section", "address",
    "a", "strong", "em", "u", "br",
    "table", "tr", "td",  # the e-mail's contacts grid: mail programs ignore CSS grids
}  # fmt: skip
VARIANTS = {"web": HtmlOptions(), "email": HtmlOptions(email=True)}


def _expected(release: Release, lang: str) -> list[str]:
    return plan_units(plan_release(release, lang))


def _release(en: list) -> Release:
    return Release(
        agency=Bilingual("數位發展部", "Ministry of Digital Affairs"),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        content={"en": LanguageContent(headline="Headline", body=en)},
    )


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", sample_names())
@pytest.mark.parametrize("lang", LANG_CHOICES)
def test_every_sample_reads_back_unit_for_unit(variant: str, name: str, lang: str, tmp_path: Path) -> None:
    release = load_sample(name)
    try:
        expected = _expected(release, lang)
    except ExportError:
        pytest.skip(f"{name} has no {lang} text")
    out = tmp_path / "release.html"
    export_html(release, out, lang=lang, options=VARIANTS[variant])
    assert read_units(out) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release=releases(), lang=st.sampled_from(LANG_CHOICES), email=st.booleans())
def test_hostile_text_never_becomes_markup(release: Release, lang: str, email: bool) -> None:
    try:
        expected = _expected(release, lang)
    except ExportError:
        return
    html = render_html(release, lang=lang, options=HtmlOptions(email=email)).decode("utf-8")
    parsed = parse_units(html)
    assert parsed.units == expected
    assert set(parsed.tags_seen) <= WRITER_TAGS
    assert "<script" not in html.lower()
    assert not re.search(r"\son\w+\s*=", html)
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.split(":", 1)[0].lower() in ("http", "https", "mailto", "tel")


def test_style_element_cannot_be_closed_from_the_release() -> None:
    release = _release([Paragraph((text("x"),))])
    release.agency = Bilingual("", '</style><script>alert(1)</script>"\\')
    release.number = "</STYLE>\n@import url(x);"
    html = render_html(release, lang="en").decode("utf-8")
    style = html.split("<style>", 1)[1]
    assert style.lower().count("</style") == 1
    assert "<script" not in html.lower()


def test_every_hostile_piece_survives_in_text() -> None:
    body = [Paragraph((text(piece),)) for piece in HOSTILE]
    html = render_html(_release(body), lang="en").decode("utf-8")
    expected = _expected(_release(body), "en")
    assert parse_units(html).units == expected


def test_sections_carry_their_language_and_lists_their_labels() -> None:
    release = load_sample("announcement")
    html = render_html(release, lang="both").decode("utf-8")
    assert re.findall(r'<article lang="([^"]+)"', html) == ["zh-TW", "en"]
    assert '<html lang="zh-TW">' in html
    units = parse_units(html).units
    assert "1. 至計畫網站或撥打1999市民專線，查詢離家最近的社區據點。" in units
    assert any(unit.startswith("◦ ") for unit in units)
    assert "<ol" in html
    assert "<ul" in html
    assert "<address" in html
    assert "<blockquote" in html
    assert "<figure" in html
    assert "<figcaption" in html
    assert "<h1" in html


def test_numbered_list_after_bullets_starts_at_one_and_nesting_is_real() -> None:
    body = [
        ListItem(False, 0, (text("a"),)),
        ListItem(False, 1, (text("b"),)),
        ListItem(True, 0, (text("c"),)),
        ListItem(True, 2, (text("d"),)),
    ]
    html = render_html(_release(body), lang="en").decode("utf-8")
    assert [unit for unit in parse_units(html).units if unit[:2] in ("• ", "◦ ", "1.", "i.")] == [
        "• a",
        "◦ b",
        "1. c",
        "i. d",
    ]
    assert re.search(r"<ul[^>]*><li[^>]*><span[^>]*>•</span> a<ul", html)
    assert html.count("<ol") == 2
    assert html.count("</ol>") == 2
    assert html.count("<ul") == html.count("</ul>")


def test_images_are_embedded_and_nothing_is_fetched() -> None:
    html = render_html(load_sample("announcement"), lang="en").decode("utf-8")
    sources = re.findall(r'src="([^"]*)"', html)
    assert sources
    assert all(source.startswith(("data:image/png;base64,", "data:image/jpeg;base64,")) for source in sources)
    assert "http" not in "".join(re.findall(r"url\(([^)]*)\)", html))


def test_missing_image_keeps_caption_and_names_the_image_without_a_text_unit() -> None:
    html = render_html(_release([Figure("img-9", (text("Caption"),))]), lang="en").decode("utf-8")
    assert 'aria-label="[image img-9 cannot be shown]"' in html
    assert parse_units(html).units[-2:] == ["Caption", "###"]


def test_web_file_has_print_css_and_email_only_inline_styles() -> None:
    release = load_sample("announcement")
    web = render_html(release).decode("utf-8")
    assert "@media print" in web
    assert "@page s0" in web
    assert "counter(pages)" in web
    email = render_html(release, options=HtmlOptions(email=True)).decode("utf-8")
    assert "<style" not in email
    assert "class=" not in email
    assert email.count('style="') > 50


def test_watermark_is_not_text_on_the_web_and_hidden_from_readers_in_email() -> None:
    release = _release([Paragraph((text("x"),))])
    release.status = Status.DRAFT
    web = render_html(release, lang="en").decode("utf-8")
    assert 'content: "DRAFT"' in web
    assert "DRAFT" not in "".join(parse_units(web).units)
    email = render_html(release, lang="en", options=HtmlOptions(email=True)).decode("utf-8")
    assert '<div aria-hidden="true"' in email
    assert "DRAFT" not in "".join(parse_units(email).units)
    approve(release)  # approval is derived from the records, not a typed status
    assert "DRAFT" not in render_html(release, lang="en").decode("utf-8")


@pytest.mark.slow
def test_chromium_renders_the_sample(tmp_path: Path) -> None:
    import shutil
    import subprocess

    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium is not installed")
    page = tmp_path / "release.html"
    export_html(load_sample("announcement"), page)
    shot = tmp_path / "shot.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}", "--window-size=800,1000",
         page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(1 << 20) or []
    assert len(colours) > 50, "the page should not be blank"


@pytest.mark.slow
@pytest.mark.parametrize("email", [False, True], ids=["web", "e-mail"])
def test_chromium_prints_the_letterhead_as_one_band(email: bool, tmp_path: Path) -> None:
    import shutil
    import subprocess

    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium is not installed")
    page = tmp_path / "release.html"
    page.write_bytes(render_html(load_sample("announcement"), options=HtmlOptions(email=email)))
    printed = tmp_path / "printed.pdf"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={printed}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert_one_band(printed.read_bytes(), tmp_path)

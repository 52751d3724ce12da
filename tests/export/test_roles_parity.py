"""One table of text roles for every writer: the size, weight and colour each format declares for a role are the
role table's (export/roles.py), with the default template and with an agency's own — read back from the files
(python-docx styles, the ODT's styles.xml, the HTML's stylesheet) and from the PDF's text styles."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from typing import TYPE_CHECKING

import docx as python_docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from export.docx.docx_releases import full_release
from releasedesk.export.docx import DocxOptions, render_docx
from releasedesk.export.html import HtmlOptions, render_html
from releasedesk.export.odt import OdtOptions, render_odt
from releasedesk.export.pdf.styles import build_styles
from releasedesk.export.roles import RoleLook, roles
from releasedesk.export.style import DEFAULT_TEMPLATE, HouseStyle
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from collections.abc import Callable

CUSTOM = replace(
    DEFAULT_TEMPLATE,
    accent_color="#2E7D32",
    headline_size=24,
    subheadline_size=14,
    heading_sizes=(16, 13, 11.5),
    body_size=11,
    meta_size=10,
    footer_size=7.5,
    text_color="#202020",
    muted_color="#6A1B9A",
    link_color="#AD1457",
    watermark_color="#0055AA",
    heading_family="serif",
)

# role → (PDF Styles field, DOCX style name, ODT style name, HTML class); None where the medium has no such text
ROLES: dict[str, tuple[str, str, str, str | None]] = {
    "headline": ("headline", "Headline", "ReleaseHeadline", "headline"),
    "subheadline": ("subheadline", "Subheadline", "ReleaseSubheadline", "subheadline"),
    "heading 1": ("headings.0", "Heading 1", "ReleaseHeading1", "h2"),
    "heading 2": ("headings.1", "Heading 2", "ReleaseHeading2", "h3"),
    "heading 3": ("headings.2", "Heading 3", "ReleaseHeading3", "h4"),
    "body": ("body", "Body Text", "ReleaseBody", "p"),
    "quote": ("quote", "Quote", "ReleaseQuote", "quote-text"),
    "caption": ("caption", "Caption", "ReleaseCaption", "figcaption"),
    "meta": ("meta", "Release Meta", "ReleaseMeta", "meta"),
    "release line": ("release_line", "Release Line", "ReleaseLine", "release-line"),
    "stamp": ("stamp", "Approval Stamp", "ReleaseStamp", "stamp"),
    "section label": ("section_label", "Contacts Heading", "ReleaseAsideHeading", "aside-heading"),
    "contact name": ("contact_name", "Contact Name", "ReleaseContactName", "contact-name"),
    "contact details": ("contact_detail", "Contact Details", "ReleaseContactLine", "contact-line"),
    "boilerplate": ("boilerplate", "Boilerplate", "ReleaseBoilerplate", "aside-p"),
    "letterhead agency": ("agency", "Letterhead", "ReleaseAgency", "agency"),
    "letterhead other": ("agency_other", "Letterhead Other Language", "ReleaseAgencyOther", "agency-other"),
    "letterhead label": ("news_release", "Letterhead Title", "ReleaseNewsLabel", "news-label"),
    "running head": ("running_head", "Running Header", "ReleaseHeader", None),
    "footer": ("footer", "Footer", "ReleaseFooter", None),
}

Declared = tuple[float, bool, str]
"""(size in points, bold, colour as #RRGGBB upper case)."""


def _expected(look: RoleLook) -> Declared:
    return (look.size, look.bold, look.color.upper())


def _pdf(house: HouseStyle) -> Callable[[str], Declared]:
    styles = build_styles(house, "en")

    def read(field: str) -> Declared:
        name, _, index = field.partition(".")
        style = getattr(styles, name)
        style = style[int(index)] if index else style
        return (style.size, style.bold, style.color.upper())

    return read


def _docx(house: HouseStyle) -> Callable[[str], Declared]:
    document = python_docx.Document(io.BytesIO(render_docx(full_release(), options=DocxOptions(house=house))))

    def read(name: str) -> Declared:
        font = document.styles[name].font
        assert font.size is not None, name  # declared on the style, not inherited
        assert font.bold is not None, name
        assert font.color.rgb is not None, name
        return (font.size.pt, font.bold, f"#{font.color.rgb}")

    return read


def _odt(house: HouseStyle) -> Callable[[str], Declared]:
    with zipfile.ZipFile(io.BytesIO(render_odt(full_release(), options=OdtOptions(house=house)))) as package:
        root = etree.fromstring(package.read("styles.xml"))
    ns = {"style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0"}
    fo = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"

    def read(name: str) -> Declared:
        (props,) = root.xpath(f"//style:style[@style:name='{name}']/style:text-properties", namespaces=ns)
        size = props.get(f"{fo}font-size") or "0pt"
        bold = props.get(f"{fo}font-weight") == "bold"
        return (float(size.removesuffix("pt")), bold, (props.get(f"{fo}color") or "none").upper())

    return read


def _css_rules(html: str) -> dict[str, dict[str, str]]:
    """Class → its declarations, from the file's stylesheet (later declarations win, as in CSS)."""
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None
    rules: dict[str, dict[str, str]] = {}
    for selector, body in re.findall(r"^\.([\w-]+) \{ (.*) \}$", style.group(1), re.M):
        declarations = rules.setdefault(selector, {})
        for declaration in body.split(";"):
            key, _, value = declaration.partition(":")
            if key.strip():
                declarations[key.strip()] = value.strip()
    return rules


def _html(house: HouseStyle) -> Callable[[str], Declared]:
    rules = _css_rules(render_html(full_release(), options=HtmlOptions(house=house)).decode())

    def read(name: str) -> Declared:
        css = rules.get(name, {})
        size = float(css.get("font-size", "0pt").removesuffix("pt"))
        return (size, css.get("font-weight") == "bold", css.get("color", "none").upper())

    return read


@pytest.mark.parametrize("house", [DEFAULT_TEMPLATE, CUSTOM], ids=["default", "custom"])
def test_every_writer_declares_the_role_tables_size_weight_and_colour(house: HouseStyle) -> None:
    table = roles(house, "en")
    readers = [_pdf(house), _docx(house), _odt(house), _html(house)]
    wrong = []
    for role, names in ROLES.items():
        look = table.headings[int(role[-1]) - 1] if role.startswith("heading") else getattr(table, _field(role))
        for fmt, read, name in zip(("pdf", "docx", "odt", "html"), readers, names, strict=True):
            if name is not None and read(name) != _expected(look):
                wrong.append(f"{role} in {fmt} ({name}): {read(name)} != {_expected(look)}")
    assert not wrong, "\n".join(wrong)


def _field(role: str) -> str:
    return {
        "contact details": "contact_detail",
        "letterhead agency": "agency",
        "letterhead other": "agency_other",
        "letterhead label": "news_release",
    }.get(role, role.replace(" ", "_"))


def test_an_agency_accent_and_headline_size_reach_the_docx_headline() -> None:
    """The defect this table fixes: the DOCX hard-coded its headline (19 pt, #1F3A5F) whatever the template said."""
    document = python_docx.Document(io.BytesIO(render_docx(full_release(), options=DocxOptions(house=CUSTOM))))
    headline = document.styles["Headline"].font
    assert (headline.size.pt, str(headline.color.rgb)) == (24, "2E7D32")


def test_the_docx_link_and_watermark_colours_are_the_templates() -> None:
    document = python_docx.Document(
        io.BytesIO(render_docx(full_release(Status.DRAFT), options=DocxOptions(house=CUSTOM)))
    )
    assert str(document.styles["Hyperlink"].font.color.rgb) == "AD1457"
    header = document.sections[0].first_page_header._element  # noqa: SLF001 — python-docx has no shape API
    shapes = [s for s in header.iter("{urn:schemas-microsoft-com:vml}shape") if s.get("fillcolor")]
    assert shapes
    assert {s.get("fillcolor") for s in shapes} == {"#0055AA"}
    meta_label = document.styles["Meta Label"].font
    assert str(meta_label.color.rgb) == "6A1B9A"


def test_the_docx_fonts_follow_the_role_families() -> None:
    """Sans roles (letterhead, meta, captions, contacts) name the house sans; serif roles the serif; Chinese the CJK."""
    document = python_docx.Document(
        io.BytesIO(render_docx(full_release(), options=DocxOptions(house=DEFAULT_TEMPLATE)))
    )
    table = roles(DEFAULT_TEMPLATE, "en")
    for role, (_pdf_name, docx_name, _odt_name, _html_name) in ROLES.items():
        look = table.headings[int(role[-1]) - 1] if role.startswith("heading") else getattr(table, _field(role))
        fonts = document.styles[docx_name].element.rPr.find(qn("w:rFonts"))
        latin = fonts.get(qn("w:ascii")) if fonts is not None else None
        expected = "Arial" if look.family == "sans" else "Times New Roman"
        assert latin in (expected, None if look.family == "serif" else expected), (role, latin)
        if fonts is not None:
            assert fonts.get(qn("w:eastAsia")) == "新細明體", role


def test_a_chinese_subheadline_stays_upright_in_the_docx_where_the_latin_one_slants() -> None:
    document = python_docx.Document(io.BytesIO(render_docx(full_release())))
    assert document.styles["Subheadline"].font.italic is roles(DEFAULT_TEMPLATE, "en").subheadline.italic is True
    subheadlines = [p for p in document.paragraphs if p.style.name == "Subheadline"]
    assert len(subheadlines) == 2  # zh-TW first, then English
    zh, en = subheadlines
    assert zh.runs
    assert all(run.font.italic is False for run in zh.runs)
    assert en.runs
    assert all(run.font.italic is None for run in en.runs)  # the style's slant


def test_the_html_e_mail_inlines_the_role_tables_look_and_a_chinese_subheadline_is_upright() -> None:
    html = render_html(full_release(), options=HtmlOptions(house=CUSTOM, email=True)).decode()
    headline = re.search(r'<h1 style="([^"]*)"', html)
    assert headline is not None
    look = roles(CUSTOM, "en").headline
    assert f"font-size: {look.size}pt; font-weight: bold" in headline.group(1)
    assert f"color: {look.color}" in headline.group(1)
    subheadlines = re.findall(r'<p style="([^"]*font-size: 14pt[^"]*)"', html)
    assert len(subheadlines) == 2  # zh-TW first: its italic is overridden by the later `font-style: normal`
    assert subheadlines[0].endswith("font-style: normal")
    assert "font-style: italic" in subheadlines[1]
    assert not subheadlines[1].endswith("font-style: normal")


def test_the_watermark_colour_and_opacity_are_the_templates_in_every_format() -> None:
    """The PDF lays the state over the page in the house colour at the house opacity; the DOCX's VML shape, the
    ODT's fontwork text (the colour that mark shows over white paper) and the web page's mark follow, where each had
    its own number (.15, #F6D5DA, 0.11)."""
    house = replace(CUSTOM, watermark_opacity=0.2)
    release = full_release(Status.DRAFT)
    header = python_docx.Document(io.BytesIO(render_docx(release, options=DocxOptions(house=house))))
    fills = header.sections[0].first_page_header._element.iter("{urn:schemas-microsoft-com:vml}fill")  # noqa: SLF001
    assert {fill.get("opacity") for fill in fills} == {"0.2"}
    with zipfile.ZipFile(io.BytesIO(render_odt(release, options=OdtOptions(house=house)))) as package:
        styles = package.read("styles.xml").decode()
    # 0x00 + 0.8 * 0xFF = 0xCC, 0x55 -> 0xDD, 0xAA -> 0xEE: #0055AA at 20 % over white
    assert re.search(r'style:name="MWatermark".*?fo:color="#CCDDEE"', styles)
    assert 'fo:color="#F6D5DA"' not in styles
    web = render_html(release, options=HtmlOptions(house=house)).decode()
    assert re.search(r"body::before \{[^}]*color: #0055AA;[^}]*opacity: 0\.2;", web)


def test_english_sections_are_ragged_and_chinese_justified_in_odt_and_html() -> None:
    """The role table's body alignment per language (the PDF sets English ragged, Chinese justified): the ODT's named
    body style is the Chinese one and English paragraphs take an automatic variant; HTML articles carry it."""
    en, zh = roles(DEFAULT_TEMPLATE, "en"), roles(DEFAULT_TEMPLATE, "zh-TW")
    assert (en.body.align, zh.body.align) == ("left", "justify")
    with zipfile.ZipFile(io.BytesIO(render_odt(full_release()))) as package:
        content = package.read("content.xml").decode()
    english = re.search(r'<style:style style:name="EnReleaseBody"[^>]*>.*?</style:style>', content)
    assert english is not None
    assert 'fo:text-align="start"' in english.group(0)
    assert f'style:line-height-at-least="{DEFAULT_TEMPLATE.body_leading}pt"' in english.group(0)
    assert 'text:style-name="EnReleaseBody"' in content.split('text:name="Release en"')[1]
    assert 'text:style-name="EnReleaseBody"' not in content.split('text:name="Release en"')[0]
    rules = _css_rules(render_html(full_release()).decode())
    assert rules["article-en"]["text-align"] == "left"
    assert rules["article-zh-TW"]["text-align"] == "justify"
    assert "text-align" not in rules["p"]


def test_meta_labels_are_set_as_their_values_in_every_format() -> None:
    """The PDF's meta table sets label and value in the meta role; the ODT and HTML made the labels bold."""
    with zipfile.ZipFile(io.BytesIO(render_odt(full_release()))) as package:
        styles = package.read("styles.xml").decode()
    label = re.search(r'<style:style style:name="ReleaseMetaLabel"[^>]*?(/>|>.*?</style:style>)', styles)
    assert label is not None
    assert "bold" not in label.group(0)
    assert "font-weight" not in _css_rules(render_html(full_release()).decode())["meta-label"]


def test_the_contacts_heading_has_the_pdfs_rule_above_it_in_every_format() -> None:
    """The PDF draws a thin muted rule above 新聞聯絡人 / Media contacts (sections._closing); the DOCX had one below
    the heading and the ODT and HTML none."""
    document = python_docx.Document(io.BytesIO(render_docx(full_release(), options=DocxOptions(house=CUSTOM))))
    borders = document.styles["Contacts Heading"].element.find(qn("w:pPr")).find(qn("w:pBdr"))
    assert [child.tag.rsplit("}", 1)[1] for child in borders] == ["top"]
    assert borders[0].get(qn("w:color")) == CUSTOM.muted_color.removeprefix("#")
    with zipfile.ZipFile(io.BytesIO(render_odt(full_release(), options=OdtOptions(house=CUSTOM)))) as package:
        styles = package.read("styles.xml").decode()
    heading = re.search(r'<style:style style:name="ReleaseContactsHeading".*?</style:style>', styles)
    assert heading is not None
    assert f'fo:border-top="0.4pt solid {CUSTOM.muted_color}"' in heading.group(0)
    html = render_html(full_release(), options=HtmlOptions(house=CUSTOM)).decode()
    assert _css_rules(html)["contacts-heading"]["border-top"] == f"0.4pt solid {CUSTOM.muted_color}"
    assert re.search(r'<h2 class="aside-heading contacts-heading">', html)


def test_the_running_head_stands_at_the_right_edge_in_the_docx_as_in_the_pdf_odt_and_html() -> None:
    """The role table sets the running head right-aligned (the PDF draws it at the text's right edge, the ODT's
    `ReleaseHeader` is `end`); the DOCX had it left-aligned with the draft mark at a right tab."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    assert roles(DEFAULT_TEMPLATE, "en").running_head.align == "right"
    document = python_docx.Document(io.BytesIO(render_docx(full_release(Status.DRAFT))))
    assert document.styles["Running Header"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    head = document.sections[0].header.paragraphs[0]
    assert head.style.name == "Running Header"
    assert "\t" not in head.text
    assert head.text.endswith("DRAFT")

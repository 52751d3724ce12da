"""Named styles, so a reviewer can restyle the whole document, and the fonts and languages Chinese text needs.

python-docx has no East-Asian font API and its default template points headings at theme fonts (which override
named fonts) and tells Word the East-Asian language is Japanese (so Chinese falls back to MS Mincho). This module
sets `w:rFonts` and `w:lang` on docDefaults and styles, drops every theme-font attribute, and fixes settings.xml.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_UNDERLINE
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle

from releasedesk.export.docx.ooxml import PPR_ORDER, RPR_ORDER, element, set_child
from releasedesk.export.docx.options import DocxOptions

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
LANG_DEFAULT = {"w:val": "en-US", "w:eastAsia": "zh-TW", "w:bidi": "ar-SA"}
HYPERLINK_COLOR = RGBColor(0x05, 0x63, 0xC1)
_TEXT_GREY = RGBColor(0x40, 0x40, 0x40)
_RULE_GREY = "808080"


@dataclass(frozen=True)
class StyleNames:
    """The style names the writer uses; tests check the document against these."""

    letterhead: str = "Letterhead"
    running_header: str = "Running Header"
    letterhead_title: str = "Letterhead Title"
    draft_mark: str = "Draft Mark"
    meta: str = "Release Meta"
    release_line: str = "Release Line"
    headline: str = "Headline"
    subheadline: str = "Subheadline"
    body: str = "Body Text"
    dateline: str = "Dateline"
    list_bullet: str = "List Bullet"
    list_number: str = "List Number"
    quote: str = "Quote"
    figure: str = "Figure"
    caption: str = "Caption"
    end_mark: str = "End Mark"
    boilerplate_heading: str = "Boilerplate Heading"
    boilerplate: str = "Boilerplate"
    contacts_heading: str = "Contacts Heading"
    contact_name: str = "Contact Name"
    contact_details: str = "Contact Details"
    footer: str = "Footer"
    hyperlink: str = "Hyperlink"

    @staticmethod
    def heading(level: int) -> str:
        return f"Heading {level}"


NAMES = StyleNames()


def _fonts(latin: str, cjk: str) -> BaseOxmlElement:
    return element("w:rFonts", {"w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": cjk, "w:cs": latin})


def _strip_theme_fonts(root: BaseOxmlElement) -> None:
    for fonts in root.iter(qn("w:rFonts")):
        for name in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(name), None)


def _set_doc_defaults(document: Document, options: DocxOptions) -> None:
    styles_root = document.styles.element
    r_pr = styles_root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_child(r_pr, _fonts(options.latin_font, options.cjk_font), RPR_ORDER)
    size = str(round(options.body_size_pt * 2))
    set_child(r_pr, element("w:sz", {"w:val": size}), RPR_ORDER)
    set_child(r_pr, element("w:szCs", {"w:val": size}), RPR_ORDER)
    set_child(r_pr, element("w:lang", LANG_DEFAULT), RPR_ORDER)


def _set_settings(document: Document) -> None:
    """`themeFontLang` ja-JP makes Word pick MS Mincho for Chinese; declare zh-TW instead."""
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = element("w:themeFontLang")
        settings.append(theme_lang)  # the default template always has one; order only matters if it does not
    theme_lang.set(qn("w:val"), "en-US")
    theme_lang.set(qn("w:eastAsia"), "zh-TW")


def _font_table(document: Document, options: DocxOptions) -> None:
    """List the CJK fonts with their English names and Big5 charset, so Word matches either spelling."""
    font_part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable")), None
    )
    if font_part is None:
        return
    from docx.oxml.parser import parse_xml

    root = parse_xml(font_part.blob)
    known = {font.get(qn("w:name")) for font in root.findall(qn("w:font"))}
    wanted = [(options.cjk_font, options.cjk_font_alt, "roman")]
    if options.headline_cjk_font:
        wanted.append((options.headline_cjk_font, options.headline_cjk_font_alt, "script"))
    for name, alt, family in wanted:
        if name in known:
            continue
        font = element("w:font", {"w:name": name})
        if alt and alt != name:
            font.append(element("w:altName", {"w:val": alt}))
        font.append(element("w:charset", {"w:val": "88"}))
        font.append(element("w:family", {"w:val": family}))
        font.append(element("w:pitch", {"w:val": "variable"}))
        root.append(font)
    from lxml import etree

    font_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paragraph_style(document: Document, name: str, base: str = "Normal") -> ParagraphStyle:
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if base else None
    style.hidden = False
    style.quick_style = True
    style.unhide_when_used = False
    return style


def _character_style(document: Document, name: str) -> CharacterStyle:
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.hidden = False
    style.quick_style = True
    return style


def _color(style: BaseStyle, rgb: RGBColor | None) -> None:
    r_pr = style.element.get_or_add_rPr()
    if rgb is None:
        r_pr._remove_color()
    else:
        set_child(r_pr, element("w:color", {"w:val": str(rgb)}), RPR_ORDER)


def _bottom_rule(style: ParagraphStyle, color: str = _RULE_GREY, size: int = 8) -> None:
    rule = {"w:val": "single", "w:sz": str(size), "w:space": "4", "w:color": color}
    border = element("w:pBdr", {}, element("w:bottom", rule))
    set_child(style.element.get_or_add_pPr(), border, PPR_ORDER)


def _left_rule(style: ParagraphStyle) -> None:
    rule = {"w:val": "single", "w:sz": "18", "w:space": "8", "w:color": "A0A0A0"}
    border = element("w:pBdr", {}, element("w:left", rule))
    set_child(style.element.get_or_add_pPr(), border, PPR_ORDER)


def _spacing(style: ParagraphStyle, before: float = 0, after: float = 0) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)


def install_styles(document: Document, options: DocxOptions, text_width_cm: float) -> None:
    """Fonts, languages and every named style the writer uses; idempotent on a fresh default document."""
    _set_doc_defaults(document, options)
    _set_settings(document)
    _font_table(document, options)
    n = NAMES

    normal = document.styles["Normal"]
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True

    letterhead = _paragraph_style(document, n.letterhead)
    letterhead.font.size = Pt(14)
    letterhead.font.bold = True
    letterhead.paragraph_format.line_spacing = 1.0
    letterhead.paragraph_format.space_after = Pt(2)

    title = _paragraph_style(document, n.letterhead_title)
    title.font.size = Pt(12)
    title.font.bold = True
    set_child(title.element.get_or_add_rPr(), element("w:spacing", {"w:val": "40"}), RPR_ORDER)
    title.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT)
    title.paragraph_format.line_spacing = 1.0
    _bottom_rule(title, "404040", 12)
    title.paragraph_format.space_after = Pt(6)

    running = _paragraph_style(document, n.running_header)
    running.font.size = Pt(9)
    _color(running, _TEXT_GREY)
    running.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT)
    _bottom_rule(running, "A0A0A0", 4)

    draft = _character_style(document, n.draft_mark)
    draft.font.bold = True
    draft.font.size = Pt(12)
    _color(draft, RGBColor(0xC0, 0x00, 0x00))

    meta = _paragraph_style(document, n.meta)
    meta.font.size = Pt(10.5)
    meta.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    meta.paragraph_format.line_spacing = 1.0
    meta.paragraph_format.space_after = Pt(1)

    release_line = _paragraph_style(document, n.release_line)
    release_line.font.bold = True
    release_line.font.size = Pt(10.5)
    _spacing(release_line, 6, 12)

    headline = _paragraph_style(document, n.headline)
    headline.font.size = Pt(18)
    headline.font.bold = True
    headline.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    headline.paragraph_format.keep_with_next = True
    headline.paragraph_format.line_spacing = 1.0
    _spacing(headline, 12, 6)
    headline_cjk = options.headline_cjk_font or options.cjk_font
    set_child(headline.element.get_or_add_rPr(), _fonts(options.latin_font, headline_cjk), RPR_ORDER)

    sub = _paragraph_style(document, n.subheadline)
    sub.font.size = Pt(13)
    _color(sub, _TEXT_GREY)
    sub.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.paragraph_format.keep_with_next = True
    _spacing(sub, 0, 12)

    body = _paragraph_style(document, n.body)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _spacing(body, 0, 8)

    dateline = _character_style(document, n.dateline)
    dateline.font.bold = True

    for level, size in ((1, 14), (2, 13), (3, 12)):
        heading = _paragraph_style(document, n.heading(level), "Normal")
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.italic = False
        _color(heading, RGBColor(0, 0, 0))
        _spacing(heading, 12 if level == 1 else 10, 4)
        heading.paragraph_format.keep_with_next = True

    for name in (n.list_bullet, n.list_number):
        listed = _paragraph_style(document, name)
        _spacing(listed, 0, 3)
        listed.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    quote = _paragraph_style(document, n.quote)
    quote.font.italic = False
    _color(quote, _TEXT_GREY)
    quote.paragraph_format.left_indent = Cm(1.0)
    quote.paragraph_format.right_indent = Cm(1.0)
    _left_rule(quote)
    _spacing(quote, 4, 10)

    figure = _paragraph_style(document, n.figure)
    figure.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    figure.paragraph_format.keep_with_next = True
    figure.paragraph_format.line_spacing = 1.0
    _spacing(figure, 6, 3)

    caption = _paragraph_style(document, n.caption)
    caption.font.size = Pt(10)
    caption.font.bold = False
    _color(caption, _TEXT_GREY)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(caption, 0, 10)

    end = _paragraph_style(document, n.end_mark)
    end.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(end, 12, 12)

    bp_heading = _paragraph_style(document, n.boilerplate_heading)
    bp_heading.font.bold = True
    bp_heading.font.size = Pt(11)
    bp_heading.paragraph_format.keep_with_next = True
    _spacing(bp_heading, 6, 3)

    bp = _paragraph_style(document, n.boilerplate)
    bp.font.size = Pt(10.5)
    bp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _spacing(bp, 0, 4)

    contacts = _paragraph_style(document, n.contacts_heading)
    contacts.font.bold = True
    contacts.font.size = Pt(11)
    contacts.paragraph_format.keep_with_next = True
    _bottom_rule(contacts, "A0A0A0", 4)
    _spacing(contacts, 14, 4)

    contact_name = _paragraph_style(document, n.contact_name)
    contact_name.font.bold = True
    contact_name.font.size = Pt(10.5)
    contact_name.paragraph_format.keep_with_next = True

    details = _paragraph_style(document, n.contact_details)
    details.font.size = Pt(10)
    details.paragraph_format.keep_with_next = True

    footer = _paragraph_style(document, n.footer, "Normal")
    footer.font.size = Pt(9)
    _color(footer, _TEXT_GREY)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    link = _character_style(document, n.hyperlink)
    link.font.color.rgb = HYPERLINK_COLOR
    link.font.underline = WD_UNDERLINE.SINGLE

    _strip_theme_fonts(document.styles.element)

"""Named styles, so a reviewer can restyle the whole document, and the fonts and languages Chinese text needs.

python-docx has no East-Asian font API and its default template points headings at theme fonts (which override
named fonts) and tells Word the East-Asian language is Japanese (so Chinese falls back to MS Mincho). This module
sets `w:rFonts` and `w:lang` on docDefaults and styles, drops every theme-font attribute, and fixes settings.xml.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_UNDERLINE
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle, StyleFactory

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.ooxml import PPR_ORDER, RPR_ORDER, element, set_child
from releasedesk.export.docx.options import DocxOptions, filled
from releasedesk.export.roles import RoleLook, roles
from releasedesk.export.style import HouseStyle

if TYPE_CHECKING:
    from docx.blkcntnr import BlockItemContainer
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph as DocxParagraph
    from docx.text.run import Run as DocxRun

    from releasedesk.model.release import Lang

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
LANG_DEFAULT = {"w:val": "en-US", "w:eastAsia": "zh-TW", "w:bidi": "ar-SA"}
_RULE_GREY = "808080"


@dataclass(frozen=True)
class StyleNames:
    """The style names the writer uses; tests check the document against these."""

    letterhead: str = "Letterhead"
    letterhead_other: str = "Letterhead Other Language"
    letterhead_title: str = "Letterhead Title"
    letterhead_rule: str = "Letterhead Rule"
    running_header: str = "Running Header"
    draft_mark: str = "Draft Mark"
    meta: str = "Release Meta"
    meta_label: str = "Meta Label"
    release_line: str = "Release Line"
    stamp: str = "Approval Stamp"
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


def style_id(name: str) -> str:
    """python-docx derives a style's id by dropping the spaces of its name (checked in `install_styles`).

    Setting styles by id directly matters: python-docx's lookup by name scans every template style for the default
    on each call, which was two thirds of the export time of a long release.
    """
    return name.replace(" ", "")


def set_paragraph_style(paragraph: DocxParagraph, name: str) -> DocxParagraph:
    """Give the paragraph the named style (by its style id); the paragraph, for chaining."""
    docxfence.p_of(paragraph).get_or_add_pPr().style = style_id(name)
    return paragraph


def set_run_style(run: DocxRun, name: str) -> None:
    """Give the run the named character style (by its style id)."""
    docxfence.r_of(run).get_or_add_rPr().style = style_id(name)


def styled_paragraph(container: BlockItemContainer | Document, name: str) -> DocxParagraph:
    """A new paragraph at the end of `container` (document, cell, header) in the named style."""
    return set_paragraph_style(container.add_paragraph(), name)


def _check_style_ids(document: Document) -> None:
    names = [value for value in vars(NAMES).values()] + [NAMES.heading(level) for level in (1, 2, 3)]
    for name in names:
        if document.styles[name].style_id != style_id(name):
            raise RuntimeError(f"style {name!r} has id {document.styles[name].style_id!r}, not {style_id(name)!r}")


def _fonts(latin: str, cjk: str) -> BaseOxmlElement:
    return element("w:rFonts", {"w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": cjk, "w:cs": latin})


def _strip_theme_fonts(root: BaseOxmlElement) -> None:
    for fonts in root.iter(qn("w:rFonts")):
        for name in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(name), None)


def _set_doc_defaults(document: Document, options: DocxOptions) -> None:
    styles_root = document.styles.element
    r_pr = styles_root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_child(r_pr, _fonts(filled(options.latin_font), filled(options.cjk_font)), RPR_ORDER)
    size = str(round(filled(options.body_size_pt) * 2))
    set_child(r_pr, element("w:sz", {"w:val": size}), RPR_ORDER)
    set_child(r_pr, element("w:szCs", {"w:val": size}), RPR_ORDER)
    set_child(r_pr, element("w:lang", LANG_DEFAULT), RPR_ORDER)
    # no space added between Chinese and Latin letters or digits (Word adds a quarter em by default): the PDF adds
    # none and the ODT none (`style:text-autospace="none"`), so "自116年1月" stays as written
    defaults = styles_root.find(qn("w:docDefaults"))
    p_default = defaults.find(qn("w:pPrDefault"))
    if p_default is None:
        p_default = element("w:pPrDefault")
        defaults.append(p_default)  # after rPrDefault, as the schema orders them
    p_pr = p_default.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = element("w:pPr")
        p_default.append(p_pr)
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):  # Word honours them; LibreOffice's DOCX import ignores both
        set_child(p_pr, element(name, {"w:val": "0"}), PPR_ORDER)


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
    wanted = [(filled(options.cjk_font), options.cjk_font_alt, "roman")]
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

    docxfence.set_part_blob(font_part, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _get_or_add(document: Document, name: str, kind: WD_STYLE_TYPE) -> BaseStyle:
    """The style called `name`, created when the template lacks it (without python-docx's slow name scans)."""
    try:
        return cast("BaseStyle", document.styles[name])  # python-docx types `Styles[...]` as Any
    except KeyError:
        return StyleFactory(document.styles.element.add_style_of_type(name, kind, False))


def _paragraph_style(document: Document, name: str, base: str = "Normal") -> ParagraphStyle:
    style = cast("ParagraphStyle", _get_or_add(document, name, WD_STYLE_TYPE.PARAGRAPH))  # of the kind asked for
    style.base_style = document.styles[base] if base else None
    style.hidden = False
    style.quick_style = True
    style.unhide_when_used = False
    return style


def _character_style(document: Document, name: str) -> CharacterStyle:
    style = cast("CharacterStyle", _get_or_add(document, name, WD_STYLE_TYPE.CHARACTER))  # of the kind asked for
    style.hidden = False
    style.quick_style = True
    return style


def _color(style: BaseStyle, rgb: RGBColor | None) -> None:
    r_pr = style.element.get_or_add_rPr()
    if rgb is None:
        docxfence.remove_color(r_pr)
    else:
        set_child(r_pr, element("w:color", {"w:val": str(rgb)}), RPR_ORDER)


def _bottom_rule(style: ParagraphStyle, color: str = _RULE_GREY, size: int = 8, side: str = "bottom") -> None:
    """A rule along the paragraph's `side`; `size` in eighths of a point, 4 points from the text."""
    rule = {"w:val": "single", "w:sz": str(size), "w:space": "4", "w:color": color}
    border = element("w:pBdr", {}, element(f"w:{side}", rule))
    set_child(style.element.get_or_add_pPr(), border, PPR_ORDER)


def _left_rule(style: ParagraphStyle) -> None:
    rule = {"w:val": "single", "w:sz": "18", "w:space": "8", "w:color": "A0A0A0"}
    border = element("w:pBdr", {}, element("w:left", rule))
    set_child(style.element.get_or_add_pPr(), border, PPR_ORDER)


def _spacing(style: ParagraphStyle, before: float = 0, after: float = 0) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.removeprefix("#").upper())


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True)
class _Faces:
    """The Word font names of the two Latin families and the CJK face."""

    serif: str
    sans: str
    cjk: str

    def of(self, look: RoleLook, cjk: str | None = None) -> BaseOxmlElement:
        return _fonts(self.sans if look.family == "sans" else self.serif, cjk or self.cjk)


def _role(
    style: ParagraphStyle,
    look: RoleLook,
    faces: _Faces,
    *,
    before: float | None = None,
    after: float | None = None,
    keep_with_next: bool = False,
    cjk: str | None = None,
) -> ParagraphStyle:
    """The role table's look on a paragraph style; `before`/`after` where the DOCX places the text itself (the PDF
    puts spacers there)."""
    style.font.size = Pt(look.size)
    style.font.bold = look.bold
    style.font.italic = look.italic
    _color(style, _rgb(look.color))
    if look.family == "sans" or cjk:  # a serif role inherits the document defaults' serif and CJK faces
        set_child(style.element.get_or_add_rPr(), faces.of(look, cjk), RPR_ORDER)
    style.paragraph_format.alignment = _ALIGN[look.align]
    _spacing(style, look.space_before if before is None else before, look.space_after if after is None else after)
    if keep_with_next:
        style.paragraph_format.keep_with_next = True
    return style


def install_styles(
    document: Document,
    options: DocxOptions,
    text_width_cm: float,
    house: HouseStyle | None = None,
    lang: Lang = "en",
) -> None:
    """Fonts, languages and every named style the writer uses: type, spacing and alignment from `lang`'s role table
    (export/roles.py), which every format reads, so the DOCX and the PDF agree; borders and tabs are the DOCX's own.
    Line spacing: leading.set_style_leadings."""
    house = house or HouseStyle()
    table = roles(house, lang)
    faces = _Faces(filled(options.latin_font), filled(options.sans_font), filled(options.cjk_font))
    _set_doc_defaults(document, options)
    _set_settings(document)
    _font_table(document, options)
    n = NAMES
    full_width = Cm(text_width_cm)
    accent, muted = house.accent_color.removeprefix("#").upper(), _rgb(house.muted_color)

    def role(name: str, look: RoleLook, **extra: float | bool | str | None) -> ParagraphStyle:
        return _role(_paragraph_style(document, name), look, faces, **extra)  # type: ignore[arg-type]  # _role's own keywords

    normal = document.styles["Normal"]
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.widow_control = True

    # letterhead (first page of each language) and running header (later pages)
    role(n.letterhead, table.agency)
    role(n.letterhead_other, table.agency_other)
    role(n.letterhead_title, table.news_release)
    rule = _paragraph_style(document, n.letterhead_rule)
    rule.font.size = Pt(2)
    _spacing(rule, 0, 8)
    rule.paragraph_format.line_spacing = 1.0
    _bottom_rule(rule, accent, 12)
    running = role(n.running_header, table.running_head)  # right-aligned, as the PDF draws it
    _bottom_rule(running, house.muted_color.removeprefix("#").upper(), 3)  # the PDF's 0.4 pt muted rule
    draft = _character_style(document, n.draft_mark)
    draft.font.bold = True
    _color(draft, _rgb(house.watermark_color))

    # release line, meta block (one rule under the group: Word merges equal borders of neighbours), headline
    role(n.release_line, table.release_line, after=4)
    meta = role(n.meta, table.meta, after=1)
    meta.paragraph_format.tab_stops.add_tab_stop(Cm(2.8))
    _bottom_rule(meta, "A0A0A0", 4)
    _color(_character_style(document, n.meta_label), muted)
    role(n.stamp, table.stamp, after=2)
    headline_cjk = options.headline_cjk_font or options.cjk_font
    role(n.headline, table.headline, before=14, keep_with_next=True, cjk=headline_cjk)
    # the slant is Latin only: the style takes the Latin look, the writer sets Chinese runs upright
    role(n.subheadline, roles(house, "en").subheadline, after=14, keep_with_next=True)

    # body
    role(n.body, table.body)
    _character_style(document, n.dateline).font.bold = True
    for level, look in enumerate(table.headings, start=1):
        role(n.heading(level), look, keep_with_next=True)
    for name in (n.list_bullet, n.list_number):
        role(name, table.list_item)
    quote = role(n.quote, table.quote)
    quote.paragraph_format.left_indent = quote.paragraph_format.right_indent = Cm(house.quote_indent_mm / 10)
    _left_rule(quote)
    figure = _paragraph_style(document, n.figure)
    figure.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(figure, 6, 3)
    figure.paragraph_format.keep_with_next = True
    figure.paragraph_format.line_spacing = 1.0
    role(n.caption, table.caption)

    # after the body
    role(n.end_mark, table.end_mark)
    role(n.boilerplate_heading, table.section_label, keep_with_next=True)
    role(n.boilerplate, table.boilerplate)
    contacts = role(n.contacts_heading, table.section_label, before=14, keep_with_next=True)
    _bottom_rule(contacts, house.muted_color.removeprefix("#").upper(), 3, side="top")  # the PDF's 0.4 pt rule above
    role(n.contact_name, table.contact_name, keep_with_next=True)
    role(n.contact_details, table.contact_detail, keep_with_next=True)

    footer = role(n.footer, table.footer)
    footer.paragraph_format.tab_stops.clear_all()
    footer.paragraph_format.tab_stops.add_tab_stop(full_width, WD_TAB_ALIGNMENT.RIGHT)

    link = _character_style(document, n.hyperlink)
    link.font.color.rgb = _rgb(house.link_color)
    link.font.underline = WD_UNDERLINE.SINGLE

    _strip_theme_fonts(document.styles.element)
    _check_style_ids(document)

# ruff: noqa: E501 — a table of style declarations reads better one style to a line
"""Named ODF styles from the house style: paragraph and text styles a reviewer sees in LibreOffice's style list,
Western and Asian fonts and languages on each, page layout, and one master page pair per language section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.export.odt.xmltext import attr

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle

LIST_STYLE = "ReleaseList"
LIST_LEVELS = 10


@dataclass(frozen=True)
class ParaStyle:
    """A named ODT paragraph style and its properties."""

    name: str
    display: str
    parent: str | None = None
    text: str = ""
    paragraph: str = ""


def _font(latin: str, cjk: str, size: float | None = None, *, bold: bool = False, italic: bool = False) -> str:
    props = [f"style:font-name={attr(latin)}", f"style:font-name-asian={attr(cjk)}"]
    if size:
        props += [f'fo:font-size="{size}pt"', f'style:font-size-asian="{size}pt"']
    if bold:
        props += ['fo:font-weight="bold"', 'style:font-weight-asian="bold"']
    if italic:
        props += ['fo:font-style="italic"', 'style:font-style-asian="italic"']
    return " ".join(props)


def paragraph_styles(s: WriterStyle) -> list[ParaStyle]:
    """The document's paragraph styles: type from the role table (family, size, weight, slant, colour — Latin slant
    from the Latin table, Asian from the Chinese one), spacing and borders the ODT's own."""
    en, zh = s.role_tables()

    def look(role: str, heading: int | None = None) -> str:
        latin, asian = (
            (en.headings[heading], zh.headings[heading])
            if heading is not None
            else (getattr(en, role), getattr(zh, role))
        )
        props = [
            f"style:font-name={attr(s.sans if latin.family == 'sans' else s.serif)}",
            f"style:font-name-asian={attr(s.cjk)}",
        ]
        props += [f'fo:font-size="{latin.size}pt"', f'style:font-size-asian="{latin.size}pt"']
        weight = "bold" if latin.bold else "normal"
        props += [f'fo:font-weight="{weight}"', f'style:font-weight-asian="{weight}"']
        props += [
            f'fo:font-style="{"italic" if latin.italic else "normal"}"',
            f'style:font-style-asian="{"italic" if asian.italic else "normal"}"',
        ]
        return " ".join([*props, f'fo:color="{latin.color}"'])

    gap = f'fo:margin-top="0pt" fo:margin-bottom="{s.paragraph_space}pt"'
    leading = f'style:line-height-at-least="{s.body_leading_zh}pt"'
    # The PDF's rule: a smaller text's leading is the body's scaled to its size (roles.py), not the body's own.
    name_leading = f'style:line-height-at-least="{round(zh.leading(zh.contact_name), 2)}pt"'
    detail_leading = f'style:line-height-at-least="{round(zh.leading(zh.contact_detail), 2)}pt"'
    return [
        ParaStyle("Release", "Release", None, look("body"), leading),
        ParaStyle("ReleaseAgency", "Release Agency", "Release", look("agency"), 'fo:margin-bottom="0pt"'),
        ParaStyle("ReleaseAgencyOther", "Release Agency Other Language", "Release", look("agency_other"), 'fo:margin-bottom="0pt"'),
        ParaStyle("ReleaseNewsLabel", "Release News Label", "Release", f'{look("news_release")} fo:letter-spacing="0.3pt"', 'fo:text-align="end" fo:margin-bottom="0pt"'),
        ParaStyle("ReleaseLetterheadLogo", "Release Letterhead Logo", "Release", "", 'fo:margin-top="0pt" fo:margin-bottom="0pt" style:line-height-at-least="0pt"'),
        ParaStyle("ReleaseLetterheadRule", "Release Letterhead Rule", "Release", 'fo:font-size="2pt" style:font-size-asian="2pt"', f'fo:margin-top="2pt" fo:margin-bottom="8pt" style:line-height-at-least="0pt" fo:border-bottom="1.5pt solid {s.accent_color}"'),
        ParaStyle("ReleaseLine", "Release Line", "Release", look("release_line"), 'fo:margin-bottom="4pt"'),
        ParaStyle("ReleaseMeta", "Release Meta", "Release", look("meta"), 'fo:margin-bottom="1pt"'),
        ParaStyle("ReleaseStamp", "Approval Stamp", "Release", look("stamp"), 'fo:margin-top="4pt" fo:margin-bottom="2pt"'),
        ParaStyle("ReleaseHeadline", "Release Headline", "Release", look("headline"), 'fo:margin-top="10pt" fo:margin-bottom="4pt" fo:keep-with-next="always"'),
        ParaStyle("ReleaseSubheadline", "Release Subheadline", "Release", look("subheadline"), 'fo:margin-bottom="12pt"'),
        ParaStyle("ReleaseBody", "Release Body", "Release", look("body"), f'{gap} fo:text-align="justify"'),
        *(
            ParaStyle(f"ReleaseHeading{n + 1}", f"Release Heading {n + 1}", "Release", look("", n), 'fo:margin-top="10pt" fo:margin-bottom="4pt" fo:keep-with-next="always"')
            for n in range(3)
        ),
        ParaStyle("ReleaseListItem", "Release List Item", "Release", look("list_item"), 'fo:margin-bottom="3pt"'),
        ParaStyle("ReleaseQuote", "Release Quote", "Release", look("quote"), f'{gap} fo:margin-left="{s.quote_indent_mm}mm" fo:padding-left="3mm" fo:border-left="1.5pt solid {s.accent_color}"'),
        ParaStyle("ReleaseFigure", "Release Figure", "Release", "", 'fo:text-align="center" fo:margin-top="6pt" fo:margin-bottom="2pt" fo:keep-with-next="always"'),
        ParaStyle("ReleaseMissingImage", "Release Missing Image", "ReleaseFigure", look("placeholder"), ""),
        ParaStyle("ReleaseCaption", "Release Caption", "Release", look("caption"), f'fo:text-align="center" {gap}'),
        ParaStyle("ReleaseEndMark", "Release End Mark", "Release", look("end_mark"), 'fo:text-align="center" fo:margin-top="8pt" fo:margin-bottom="12pt"'),
        ParaStyle("ReleaseAsideHeading", "Release Boilerplate Heading", "Release", look("section_label"), 'fo:margin-top="8pt" fo:margin-bottom="3pt" fo:keep-with-next="always"'),
        ParaStyle("ReleaseBoilerplate", "Release Boilerplate", "Release", look("boilerplate"), 'fo:margin-bottom="4pt"'),
        ParaStyle("ReleaseContactsHeading", "Release Contacts Heading", "ReleaseAsideHeading", "", f'fo:border-top="0.4pt solid {s.muted_color}" fo:padding-top="4pt" fo:margin-top="6pt"'),
        ParaStyle("ReleaseContactName", "Release Contact Name", "Release", look("contact_name"), f'{name_leading} fo:margin-top="4pt" fo:margin-bottom="0pt" fo:keep-with-next="always"'),
        ParaStyle("ReleaseContactLine", "Release Contact Line", "Release", look("contact_detail"), f'{detail_leading} fo:margin-bottom="0pt"'),
        ParaStyle("ReleaseHeader", "Release Header", "Release", look("running_head"), 'fo:text-align="end"'),
        ParaStyle("ReleaseFooter", "Release Footer", "Release", look("footer"), ""),
    ]  # fmt: skip


TEXT_STYLES: dict[str, str] = {
    "ReleaseDateline": 'fo:font-weight="bold" style:font-weight-asian="bold"',
    "ReleaseMetaLabel": "",  # set as the value, as the PDF's meta table does
    "ReleaseListLabel": "",
}


def text_styles(s: WriterStyle) -> dict[str, str]:
    """The named text (character) styles, the link colour from the writer style."""
    link = f'fo:color="{s.link_color}" style:text-underline-style="solid" style:text-underline-width="auto"'
    return {**TEXT_STYLES, "ReleaseLink": f'{link} style:text-underline-color="font-color"'}


def _paragraph_xml(style: ParaStyle) -> str:
    parent = f" style:parent-style-name={attr(style.parent)}" if style.parent else ""
    inner = ""
    if style.paragraph:
        inner += f"<style:paragraph-properties {style.paragraph}/>"
    if style.text:
        inner += f"<style:text-properties {style.text}/>"
    return (
        f'<style:style style:name="{style.name}" style:display-name={attr(style.display)} style:family="paragraph"'
        f'{parent} style:class="text">{inner}</style:style>'
    )


def _list_style(s: WriterStyle) -> str:
    """Every level without a generated number or bullet: the plan's label is the text, so every format agrees."""
    levels = "".join(
        f'<text:list-level-style-number text:level="{level}" style:num-format="">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="-{s.list_indent_mm}mm"'
        f' fo:margin-left="{s.list_indent_mm * level:.1f}mm"/></style:list-level-properties>'
        "</text:list-level-style-number>"
        for level in range(1, LIST_LEVELS + 1)
    )
    return f'<text:list-style style:name="{LIST_STYLE}" style:display-name="Release List">{levels}</text:list-style>'


def font_faces(s: WriterStyle) -> str:
    """The `<office:font-face-decls>` for the families the styles name."""
    names = dict.fromkeys((s.serif, s.sans, s.cjk))
    faces = "".join(f"<style:font-face style:name={attr(name)} svg:font-family={attr(repr(name))}/>" for name in names)
    return f"<office:font-face-decls>{faces}</office:font-face-decls>"


def office_styles(s: WriterStyle) -> str:
    """`office:styles`: defaults (Western en-US, Asian zh-TW), named paragraph, text and list styles."""
    defaults = (
        '<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict"'
        ' style:text-autospace="none"/>'
        f'<style:text-properties {_font(s.serif, s.cjk, s.body_size)} fo:language="en" fo:country="US"'
        ' style:language-asian="zh" style:country-asian="TW"/>'
        "</style:default-style>"
    )
    named_text = "".join(
        f'<style:style style:name="{name}" style:family="text"><style:text-properties {props}/></style:style>'
        if props
        else f'<style:style style:name="{name}" style:family="text"/>'
        for name, props in text_styles(s).items()
    )
    paragraphs = "".join(_paragraph_xml(style) for style in paragraph_styles(s))
    return f"<office:styles>{defaults}{paragraphs}{named_text}{_list_style(s)}</office:styles>"


def page_layout(s: WriterStyle) -> str:
    """The page layout: paper, margins, header and footer spacing."""
    width, height = s.page_mm
    top, right, bottom, left = s.margins_mm
    header = '<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="4mm"/></style:header-style>'
    footer = '<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="4mm"/></style:footer-style>'
    return (
        '<style:page-layout style:name="ReleasePage"><style:page-layout-properties'
        f' fo:page-width="{width}mm" fo:page-height="{height}mm" style:print-orientation="portrait"'
        f' fo:margin-top="{max(top - 8, 5)}mm" fo:margin-bottom="{max(bottom - 10, 5)}mm"'
        f' fo:margin-left="{left}mm" fo:margin-right="{right}mm"/>{header}{footer}</style:page-layout>'
    )  # fmt: skip

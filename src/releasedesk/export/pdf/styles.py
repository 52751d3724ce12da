"""Paragraph styles per language, derived from the template: the only place type sizes become reportlab styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from releasedesk.export.pdf.fonts import BOLD, ITALIC, REGULAR
from releasedesk.export.pdf.markup import SANS, SERIF, FontSet
from releasedesk.export.pdf.template import PdfTemplate
from releasedesk.model.release import Lang


@dataclass(frozen=True)
class TextStyle:
    """A reportlab style plus what the markup builder needs: font role and the weight/slant of the whole style."""

    para: ParagraphStyle
    role: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Styles:
    body: TextStyle
    dateline: TextStyle
    headline: TextStyle
    subheadline: TextStyle
    headings: tuple[TextStyle, TextStyle, TextStyle]
    list_item: TextStyle
    quote: TextStyle
    caption: TextStyle
    release_line: TextStyle
    meta: TextStyle
    end_mark: TextStyle
    section_label: TextStyle
    boilerplate: TextStyle
    contact_name: TextStyle
    contact_detail: TextStyle
    agency: TextStyle
    agency_other: TextStyle
    news_release: TextStyle
    placeholder: TextStyle


def build_styles(template: PdfTemplate, fonts: FontSet, lang: Lang) -> Styles:
    zh = lang == "zh-TW"
    text = HexColor(template.text_color)
    muted = HexColor(template.muted_color)
    accent = HexColor(template.accent_color)
    leading = template.body_leading_zh if zh else template.body_leading
    size = template.body_size

    def style(
        name: str,
        role: str,
        *,
        bold: bool = False,
        italic: bool = False,
        font_size: float = size,
        line: float | None = None,
        color: object = text,
        **extra: object,
    ) -> TextStyle:
        variant = BOLD if bold else ITALIC if italic else REGULAR
        para = ParagraphStyle(
            f"rd-{lang}-{name}",
            fontName=fonts.base_font(role, variant),
            bulletFontName=fonts.base_font(role, REGULAR),
            fontSize=font_size,
            bulletFontSize=font_size,
            leading=line if line is not None else font_size * leading / size,
            textColor=color,
            wordWrap="CJK",
            underlineWidth="0.06*F",
            underlineOffset="-0.14*F",
            **({"alignment": TA_LEFT} | extra),
        )
        return TextStyle(para, role, bold, italic)

    space = template.paragraph_space
    h_sizes = template.heading_sizes
    indent = template.list_indent_mm * mm
    return Styles(
        body=style("body", SERIF, spaceAfter=space, alignment=TA_JUSTIFY if zh else TA_LEFT),
        dateline=style("dateline", SERIF, bold=True),
        headline=style(
            "headline",
            SANS,
            bold=True,
            font_size=template.headline_size,
            line=template.headline_leading * (1.08 if zh else 1),
            color=accent,
            spaceAfter=4,
        ),
        subheadline=style(
            "subheadline", SANS, font_size=template.subheadline_size, color=muted, spaceAfter=2, italic=not zh
        ),
        headings=tuple(  # type: ignore[arg-type]
            # keepWithNext: a heading never ends a page without the text it introduces (chains of headings too)
            style(
                f"h{n + 1}",
                SANS,
                bold=True,
                font_size=h,
                color=accent,
                spaceBefore=space + 3,
                spaceAfter=space - 2,
                keepWithNext=1,
            )
            for n, h in enumerate(h_sizes)
        ),
        list_item=style("list", SERIF, spaceAfter=space / 2, leftIndent=indent, bulletIndent=indent - 4.2 * mm),
        quote=style(
            "quote",
            SERIF,
            italic=not zh,
            color=muted,
            leftIndent=template.quote_indent_mm * mm,
            rightIndent=template.quote_indent_mm * mm,
            spaceBefore=space / 2 + 2,
            spaceAfter=space + 2,
        ),
        caption=style(
            "caption", SANS, font_size=template.meta_size, color=muted, alignment=TA_CENTER, spaceAfter=space + 4
        ),
        release_line=style("release", SANS, bold=True, font_size=template.meta_size + 1, color=accent),
        meta=style("meta", SANS, font_size=template.meta_size, color=muted, line=template.meta_size * 1.5),
        end_mark=style("end", SANS, alignment=TA_CENTER, spaceBefore=space + 4, spaceAfter=space + 8),
        section_label=style(
            "label", SANS, bold=True, font_size=template.meta_size + 1, color=accent, spaceBefore=6, spaceAfter=4
        ),
        boilerplate=style("boilerplate", SERIF, font_size=size - 1, color=muted, spaceAfter=space - 2),
        contact_name=style("contact-name", SANS, bold=True, font_size=template.meta_size + 0.5),
        contact_detail=style("contact", SANS, font_size=template.meta_size, color=muted),
        agency=style("agency", SANS, bold=True, font_size=15, line=19, color=accent),
        agency_other=style("agency-other", SANS, font_size=9.5, line=13, color=muted),
        news_release=style("news", SANS, bold=True, font_size=12, line=16, color=accent, alignment=TA_RIGHT),
        placeholder=style("placeholder", SANS, font_size=template.meta_size, color=muted, alignment=TA_CENTER),
    )

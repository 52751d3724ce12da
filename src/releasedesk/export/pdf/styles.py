"""Text styles per language, derived from the template: the only place type sizes become PDF text styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from releasedesk.export.pdf.fontset import SANS, SERIF
from releasedesk.export.pdf.textflow import Align, TextStyle

if TYPE_CHECKING:
    from releasedesk.export.pdf.template import PdfTemplate
    from releasedesk.model.release import Lang


@dataclass(frozen=True)
class Styles:
    """The text styles of one language section, by role."""

    body: TextStyle
    headline: TextStyle
    subheadline: TextStyle
    headings: tuple[TextStyle, TextStyle, TextStyle]
    list_item: TextStyle
    quote: TextStyle
    caption: TextStyle
    release_line: TextStyle
    meta: TextStyle
    stamp: TextStyle
    end_mark: TextStyle
    section_label: TextStyle
    boilerplate: TextStyle
    contact_name: TextStyle
    contact_detail: TextStyle
    agency: TextStyle
    agency_other: TextStyle
    news_release: TextStyle
    placeholder: TextStyle
    running_head: TextStyle
    footer: TextStyle


@lru_cache(maxsize=16)
def build_styles(template: PdfTemplate, lang: Lang) -> Styles:
    """The text styles for a section in `lang`, from the template (Chinese gets its own leading).

    Kept per (template, language): every render asks again, and the same style objects make the layout cache's
    look-ups compare by identity."""
    zh = lang == "zh-TW"
    house = template.house
    leading = template.body_leading_zh if zh else template.body_leading
    size = template.body_size
    heading_role = SANS if house.heading_family == "sans" else SERIF

    def style(
        name: str,
        role: str,
        *,
        bold: bool = False,
        italic: bool = False,
        font_size: float = size,
        line: float | None = None,
        color: str = template.text_color,
        align: Align = "left",
        **extra: float | bool,
    ) -> TextStyle:
        return TextStyle(
            name=f"rd-{lang}-{name}",
            role=role,
            size=font_size,
            leading=line if line is not None else font_size * leading / size,
            color=color,
            bold=bold,
            italic=italic,
            align=align,
            link_color=template.link_color,
            **extra,  # type: ignore[arg-type]  # only TextStyle fields of these types are passed
        )

    space = template.paragraph_space
    indent = template.quote_indent_mm * mm
    return Styles(
        body=style("body", SERIF, space_after=space, align="justify" if zh else "left"),
        headline=style(
            "headline",
            heading_role,
            bold=True,
            font_size=template.headline_size,
            line=template.headline_leading * (1.08 if zh else 1),
            color=template.accent_color,
            space_after=4,
        ),
        subheadline=style(
            "subheadline",
            heading_role,
            font_size=template.subheadline_size,
            color=template.muted_color,
            space_after=2,
            italic=house.subheadline_italic and not zh,
        ),
        headings=tuple(  # type: ignore[arg-type]  # one per heading size: three; tuple() loses the length
            style(
                f"h{n + 1}",
                heading_role,
                bold=True,
                font_size=h,
                color=template.accent_color,
                space_before=space + 3,
                space_after=space - 2,
                keep_with_next=True,  # a heading never ends a page without the text it introduces
            )
            for n, h in enumerate(template.heading_sizes)
        ),
        list_item=style("list", SERIF, space_after=space / 2),
        quote=style(
            "quote",
            SERIF,
            italic=house.quote_italic,
            color=template.muted_color,
            left_indent=indent,
            right_indent=indent,
            space_before=space / 2 + 2,
            space_after=space + 2,
        ),
        caption=style(
            "caption",
            SANS,
            font_size=template.meta_size,
            color=template.muted_color,
            align="center",
            space_after=space + 4,
        ),
        release_line=style("release", SANS, bold=True, font_size=template.meta_size + 1, color=template.accent_color),
        meta=style(
            "meta", SANS, font_size=template.meta_size, color=template.muted_color, line=template.meta_size * 1.5
        ),
        stamp=style(
            "stamp", SANS, bold=True, font_size=template.meta_size, color=template.accent_color, space_before=4
        ),
        end_mark=style("end", SANS, align="center", space_before=space + 4, space_after=space + 8),
        section_label=style(
            "label",
            SANS,
            bold=True,
            font_size=template.meta_size + 1,
            color=template.accent_color,
            space_before=6,
            space_after=4,
        ),
        boilerplate=style("boilerplate", SERIF, font_size=size - 1, color=template.muted_color, space_after=space - 2),
        contact_name=style("contact-name", SANS, bold=True, font_size=template.meta_size + 0.5),
        contact_detail=style("contact", SANS, font_size=template.meta_size, color=template.muted_color),
        agency=style("agency", SANS, bold=True, font_size=15, line=19, color=template.accent_color),
        agency_other=style("agency-other", SANS, font_size=9.5, line=13, color=template.muted_color),
        news_release=style("news", SANS, bold=True, font_size=12, line=16, color=template.accent_color, align="right"),
        placeholder=style(
            "placeholder", SANS, font_size=template.meta_size, color=template.muted_color, align="center"
        ),
        running_head=style("head", SANS, font_size=template.footer_size, color=template.muted_color),
        footer=style("footer", SANS, font_size=template.footer_size, color=template.muted_color),
    )

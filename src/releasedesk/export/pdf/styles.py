"""Text styles per language: the role table (export/roles.py) as PDF text styles, plus what only the PDF needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from releasedesk.export.pdf.fontset import SANS, SERIF
from releasedesk.export.pdf.textflow import TextStyle
from releasedesk.export.roles import RoleLook, roles

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
    """The text styles for a section in `lang`: the role table's looks (export/roles.py) as PDF text styles.

    Kept per (template, language): every render asks again, and the same style objects make the layout cache's
    look-ups compare by identity."""
    table = roles(template.house, lang)

    def style(name: str, look: RoleLook, **extra: float | bool) -> TextStyle:
        return TextStyle(
            name=f"rd-{lang}-{name}",
            role=SANS if look.family == "sans" else SERIF,
            size=look.size,
            leading=table.leading(look),
            color=look.color,
            bold=look.bold,
            italic=look.italic,
            align=look.align,
            link_color=template.link_color,
            space_before=look.space_before,
            space_after=look.space_after,
            **extra,  # type: ignore[arg-type]  # only TextStyle fields of these types are passed
        )

    indent = template.quote_indent_mm * mm
    return Styles(
        body=style("body", table.body),
        headline=style("headline", table.headline),
        subheadline=style("subheadline", table.subheadline),
        headings=tuple(  # type: ignore[arg-type]  # one per heading look: three; tuple() loses the length
            # a heading never ends a page without the text it introduces
            style(f"h{n + 1}", look, keep_with_next=True)
            for n, look in enumerate(table.headings)
        ),
        list_item=style("list", table.list_item),
        quote=style("quote", table.quote, left_indent=indent, right_indent=indent),
        caption=style("caption", table.caption),
        release_line=style("release", table.release_line),
        meta=style("meta", table.meta),
        stamp=style("stamp", table.stamp),
        end_mark=style("end", table.end_mark),
        section_label=style("label", table.section_label),
        boilerplate=style("boilerplate", table.boilerplate),
        contact_name=style("contact-name", table.contact_name),
        contact_detail=style("contact", table.contact_detail),
        agency=style("agency", table.agency),
        agency_other=style("agency-other", table.agency_other),
        news_release=style("news", table.news_release),
        placeholder=style("placeholder", table.placeholder),
        running_head=style("head", table.running_head),
        footer=style("footer", table.footer),
    )

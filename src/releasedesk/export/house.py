"""The house style as the ODT, HTML and plain-text writers see it: one adapter, one place to repoint.

Fonts, sizes and colours come from the house style (export/style.py: the agency's TOML when it has one), so every
format shares one look; each role's type comes from the role table (export/roles.py), as in the PDF and the DOCX.
The writers read only `WriterStyle`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from releasedesk.export.roles import Roles
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang


@dataclass(frozen=True)
class WriterStyle:
    """Fonts per script and role, sizes in points, colours as `#RRGGBB`, page in millimetres."""

    serif: str
    sans: str
    cjk: str
    cjk_fallbacks: tuple[str, ...]
    body_size: float
    body_leading: float
    body_leading_zh: float
    paragraph_space: float
    headline_size: float
    subheadline_size: float
    heading_sizes: tuple[float, float, float]
    meta_size: float
    footer_size: float
    quote_indent_mm: float
    list_indent_mm: float
    accent_color: str
    text_color: str
    muted_color: str
    link_color: str
    watermark_color: str
    watermark_opacity: float
    """How strongly the state mark is laid over the page (the PDF's fill alpha; others blend or set it alike)."""
    page_size: str
    margins_mm: tuple[float, float, float, float]
    """(top, right, bottom, left)."""
    logo_path: str | None
    logo_height_mm: float
    stamp_place: str = "meta"
    """Where an approved copy's stamp line goes: `meta` (under the meta block) or `end` (end of each section)."""
    stamp_format: Mapping[Lang, str] | None = None
    """The template's stamp wording per language; None: the plan's default."""
    contact_columns: int = 2
    """Media contacts to a row (`Section.contact_rows`)."""
    roles: Roles | None = None
    """The role table (export/roles.py) for Latin text: each role's family, size, weight, slant and colour."""
    roles_zh: Roles | None = None
    """The same for Chinese sections (upright subheadline, justified body)."""

    def role_tables(self) -> tuple[Roles, Roles]:
        """(Latin, Chinese) role tables; `writer_style` always fills them."""
        if self.roles is None or self.roles_zh is None:
            raise ValueError("WriterStyle without role tables: build it with writer_style()")
        return self.roles, self.roles_zh

    @property
    def page_mm(self) -> tuple[float, float]:
        return (210.0, 297.0) if self.page_size == "A4" else (215.9, 279.4)


def writer_style(page_size: str | None = None, template: HouseStyle | None = None) -> WriterStyle:
    """The house style `template` (default: the agency's template file if it has one, else the defaults), on
    `page_size` paper when given ("A4" or "Letter")."""
    from releasedesk.export.roles import roles
    from releasedesk.export.style import current_template, stamp_formats

    template = template or current_template()
    fonts = template.fonts
    style = WriterStyle(
        serif=fonts.serif,
        sans=fonts.sans,
        cjk=fonts.cjk,
        cjk_fallbacks=tuple(fonts.cjk_fallbacks),
        body_size=template.body_size,
        body_leading=template.body_leading,
        body_leading_zh=template.body_leading_zh,
        paragraph_space=template.paragraph_space,
        headline_size=template.headline_size,
        subheadline_size=template.subheadline_size,
        heading_sizes=tuple(template.heading_sizes),  # type: ignore[arg-type]  # a 3-tuple already; tuple() loses the length
        meta_size=template.meta_size,
        footer_size=template.footer_size,
        quote_indent_mm=template.quote_indent_mm,
        list_indent_mm=template.list_indent_mm,
        accent_color=template.accent_color,
        text_color=template.text_color,
        muted_color=template.muted_color,
        link_color=template.link_color,
        watermark_color=template.watermark_color,
        watermark_opacity=template.watermark_opacity,
        page_size=template.page_size,
        margins_mm=(
            template.margin_top_mm,
            template.margin_right_mm,
            template.margin_bottom_mm,
            template.margin_left_mm,
        ),
        logo_path=template.logo_path,
        logo_height_mm=template.logo_height_mm,
        stamp_place=template.stamp_place,
        stamp_format=stamp_formats(template),
        contact_columns=template.contact_columns,
        roles=roles(template, "en"),
        roles_zh=roles(template, "zh-TW"),
    )
    return replace(style, page_size=page_size) if page_size else style

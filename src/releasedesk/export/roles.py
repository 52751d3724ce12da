"""One table of text roles: how each kind of text looks (family, size, weight, slant, colour, spacing), computed once
from the house style. Every writer — PDF, DOCX, ODT, HTML — reads its type from here, so no two writers decide the
same thing. Medium-only properties (borders, CSS layout, tab stops, keep-with-next) stay in the writers.

The values are the PDF's (it was the reference when the table was drawn): changing one here changes every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang

Family = Literal["serif", "sans"]
"""The Latin family of a role; Chinese is always the house CJK face."""
Align = Literal["left", "right", "center", "justify"]


@dataclass(frozen=True)
class RoleLook:
    """How one role's text looks; sizes and spaces in points, colour as `#RRGGBB`."""

    family: Family
    size: float
    color: str
    bold: bool = False
    italic: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    align: Align = "left"
    leading: float | None = None
    """A fixed leading where the PDF sets one; None: the body's leading scaled to this size."""


@dataclass(frozen=True)
class Roles:
    """The look of every role in one language section."""

    body: RoleLook
    headline: RoleLook
    subheadline: RoleLook
    headings: tuple[RoleLook, RoleLook, RoleLook]
    list_item: RoleLook
    quote: RoleLook
    caption: RoleLook
    release_line: RoleLook
    meta: RoleLook
    stamp: RoleLook
    end_mark: RoleLook
    section_label: RoleLook
    """The boilerplate's and the media contacts' headings."""
    boilerplate: RoleLook
    contact_name: RoleLook
    contact_detail: RoleLook
    agency: RoleLook
    agency_other: RoleLook
    news_release: RoleLook
    """The letterhead's label ("NEWS RELEASE" / 新聞稿)."""
    placeholder: RoleLook
    running_head: RoleLook
    footer: RoleLook
    body_leading: float
    """The body's leading in points; roles without a fixed leading scale it to their size."""

    def leading(self, look: RoleLook) -> float:
        """The role's leading: its own where fixed, else the body's scaled to its size (the PDF's rule)."""
        return look.leading if look.leading is not None else look.size * self.body_leading / self.body.size


@lru_cache(maxsize=32)
def roles(house: HouseStyle, lang: Lang = "en") -> Roles:
    """The role table for a section in `lang` (Chinese: justified body, looser headline, upright subheadline)."""
    zh = lang == "zh-TW"
    size, meta, space = house.body_size, house.meta_size, house.paragraph_space
    text, muted, accent = house.text_color, house.muted_color, house.accent_color
    heading: Family = house.heading_family

    def look(family: Family, font_size: float = size, color: str = text, **extra: object) -> RoleLook:
        return RoleLook(family=family, size=font_size, color=color, **extra)  # type: ignore[arg-type]  # RoleLook's own fields

    return Roles(
        body=look("serif", space_after=space, align="justify" if zh else "left"),
        headline=look(
            heading,
            house.headline_size,
            accent,
            bold=True,
            leading=house.headline_leading * (1.08 if zh else 1),
            space_after=4,
        ),
        subheadline=look(
            heading, house.subheadline_size, muted, italic=house.subheadline_italic and not zh, space_after=2
        ),
        headings=tuple(  # type: ignore[arg-type]  # three heading sizes: three looks
            look(heading, h, accent, bold=True, space_before=space + 3, space_after=space - 2)
            for h in house.heading_sizes
        ),
        list_item=look("serif", space_after=space / 2),
        quote=look("serif", color=muted, italic=house.quote_italic, space_before=space / 2 + 2, space_after=space + 2),
        caption=look("sans", meta, muted, align="center", space_after=space + 4),
        release_line=look("sans", meta + 1, accent, bold=True),
        meta=look("sans", meta, muted, leading=meta * 1.5),
        stamp=look("sans", meta, accent, bold=True, space_before=4),
        end_mark=look("sans", align="center", space_before=space + 4, space_after=space + 8),
        section_label=look("sans", meta + 1, accent, bold=True, space_before=6, space_after=4),
        boilerplate=look("serif", size - 1, muted, space_after=space - 2),
        contact_name=look("sans", meta + 0.5, bold=True),
        contact_detail=look("sans", meta, muted),
        agency=look("sans", 15, accent, bold=True, leading=19),
        agency_other=look("sans", 9.5, muted, leading=13),
        news_release=look("sans", 12, accent, bold=True, leading=16, align="right"),
        placeholder=look("sans", meta, muted, align="center"),
        running_head=look("sans", house.footer_size, muted, align="right"),  # at the text's right edge, every format
        footer=look("sans", house.footer_size, muted),
        body_leading=house.body_leading_zh if zh else house.body_leading,
    )

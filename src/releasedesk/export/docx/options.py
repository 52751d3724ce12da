"""What an agency may change about the DOCX: fonts and page geometry, by default the house style's."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle

PageSize = Literal["A4", "Letter"]

# (width, height) in millimetres.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}

WORD_NAMES: dict[str, str] = {
    "Liberation Serif": "Times New Roman",
    "Liberation Sans": "Arial",
    "TW-Sung": "新細明體",
    "AR PL UMing TW": "新細明體",
}
"""The house style's families under the names Word on a Taiwanese workstation has, with the same metrics or the same
genre (明體/宋體); LibreOffice maps them back through fontconfig. Any other family is named as the house names it."""
ALT_NAMES: dict[str, str] = {"新細明體": "PMingLiU", "標楷體": "DFKai-SB", "細明體": "MingLiU"}
"""A CJK font's English name, written to the font table so Word finds it under either name."""


_T = TypeVar("_T")


def filled(value: _T | None) -> _T:
    """A field that `DocxOptions.resolved()` (or the template's section) always sets, typed as such for mypy."""
    if value is None:
        raise ValueError("DocxOptions used before resolved(), or a template section without page geometry")
    return value


def word_font(family: str) -> str:
    """The name Word knows a house-style family by (`WORD_NAMES`), else the family itself."""
    return WORD_NAMES.get(family, family)


@dataclass(frozen=True)
class DocxOptions:
    """Fonts are *named* in the DOCX, not embedded. Every field left None comes from the house style, so the DOCX has
    the PDF's page, margins and font families (see `resolved`).

    `headline_cjk_font` (e.g. "標楷體", DFKai-SB) is used for the headline's Chinese when a template asks for it.
    """

    latin_font: str | None = None
    """None: the house serif, by its Word name (Liberation Serif → Times New Roman)."""
    sans_font: str | None = None
    """None: the house sans (Liberation Sans → Arial): headings when the heading family is sans."""
    cjk_font: str | None = None
    """None: the house CJK family (TW-Sung → 新細明體)."""
    cjk_font_alt: str | None = None
    """The CJK font's English name for the font table; None: from ALT_NAMES (新細明體 → PMingLiU)."""
    headline_cjk_font: str | None = None
    headline_cjk_font_alt: str = "DFKai-SB"
    page_size: PageSize | None = None
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    margin_side_mm: float | None = None
    """Both side margins; None: the house style's left and right margins."""
    body_size_pt: float | None = None
    """The document default size; None: the house body size (the role table's)."""
    house: HouseStyle | None = None
    """The house style (heading family, quote style, logo, page, fonts); None: the agency's template file or the
    default."""
    margin_left_mm: float | None = None
    margin_right_mm: float | None = None

    def resolved(self, house: HouseStyle) -> DocxOptions:
        """Every geometry and font field filled: what was given, else the house style's."""
        cjk = self.cjk_font or word_font(house.fonts.cjk)
        side = self.margin_side_mm
        return replace(
            self,
            latin_font=self.latin_font or word_font(house.fonts.serif),
            sans_font=self.sans_font or word_font(house.fonts.sans),
            cjk_font=cjk,
            cjk_font_alt=self.cjk_font_alt or ALT_NAMES.get(cjk, cjk),
            page_size=self.page_size or house.page_size,
            margin_top_mm=self.margin_top_mm if self.margin_top_mm is not None else house.margin_top_mm,
            margin_bottom_mm=self.margin_bottom_mm if self.margin_bottom_mm is not None else house.margin_bottom_mm,
            margin_left_mm=side if side is not None else house.margin_left_mm,
            margin_right_mm=side if side is not None else house.margin_right_mm,
            body_size_pt=self.body_size_pt if self.body_size_pt is not None else house.body_size,
            house=house,
        )

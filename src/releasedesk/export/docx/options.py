"""What an agency may change about the DOCX: fonts and page geometry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from releasedesk.export.style import HouseStyle

PageSize = Literal["A4", "Letter"]

# (width, height) in millimetres.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


@dataclass(frozen=True)
class DocxOptions:
    """Fonts are *named* in the DOCX, not embedded: the defaults are what Taiwanese workstations have.

    `headline_cjk_font` (e.g. "標楷體", DFKai-SB) is used for the headline's Chinese when a template asks for it.
    """

    latin_font: str = "Times New Roman"
    sans_font: str = "Arial"
    """The house style's heading family when it is sans (LibreOffice shows Liberation Sans, same metrics)."""
    cjk_font: str = "新細明體"
    cjk_font_alt: str = "PMingLiU"
    """The CJK font's English name, written to the font table so Word finds it under either name."""
    headline_cjk_font: str | None = None
    headline_cjk_font_alt: str = "DFKai-SB"
    page_size: PageSize = "A4"
    margin_top_mm: float = 22.0
    margin_bottom_mm: float = 20.0
    margin_side_mm: float = 22.0
    body_size_pt: float = 12.0
    house: HouseStyle | None = None
    """The house style (heading family, quote style, logo); None: the agency's template file or the default."""

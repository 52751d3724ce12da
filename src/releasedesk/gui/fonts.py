"""Fonts for the window and the editors, chosen explicitly: fontconfig's fallback spaces CJK oddly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from releasedesk.model.release import Lang

UI_FAMILIES = ["DejaVu Sans", "Liberation Sans", "AR PL UMing TW", "TW-Sung"]
LATIN_FAMILIES = ["Liberation Serif", "DejaVu Serif"]
CJK_FAMILIES = ["AR PL UMing TW", "TW-Sung", "TW-Sung-Ext-B", "TW-Sung-Plus"]


def ui_font(point_size: float = 10.0) -> QFont:
    """The interface font (families that cover both Chinese and Latin) at `point_size`."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def editor_font(lang: Lang, point_size: float = 11.0) -> QFont:
    """Latin face first so English keeps its own glyphs; CJK faces after it for Chinese."""
    font = QFont()
    families = [*LATIN_FAMILIES, *CJK_FAMILIES] if lang == "en" else [LATIN_FAMILIES[0], *CJK_FAMILIES]
    font.setFamilies(families)
    font.setPointSizeF(max(point_size, 11.0))
    return font

"""The letterhead as another program lays it out: logo | agency names | 新聞稿 in one band, as the PDF draws it.

Read from a PDF that program printed (LibreOffice for the ODT, Chromium for the HTML) with poppler's word boxes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from export.pdf.pdf_reread import words

if TYPE_CHECKING:
    from pathlib import Path

LEFT_MARGIN_PT = 62.0
"""Where the text column starts on the samples' page (the house style's 22 mm margin)."""


def assert_one_band(pdf: bytes, tmp_path: Path) -> None:
    """On page 1 of the announcement: 新聞稿's middle between the top of 數位服務部 and the foot of "Ministry of…",
    the two names in one column beside the logo, the label right of the names. One paragraph after another puts the
    label on a line of its own below the names (and, in LibreOffice, the names below the logo)."""
    found, _size = words(pdf, tmp_path)
    first = [word for word in found if word.page == 1]
    agency = next(word for word in first if word.text == "數位服務部")
    english = next(word for word in first if word.text == "Ministry")
    label = next(word for word in first if word.text in ("新聞稿", "新"))  # Chromium sets spaced letters apart
    assert agency.y_min < (label.y_min + label.y_max) / 2 < english.y_max
    assert agency.x_min == pytest.approx(english.x_min, abs=1)
    assert agency.x_min > LEFT_MARGIN_PT + 25  # beside the logo
    assert label.x_min > agency.x_max

"""Every use ReleaseDesk makes of python-docx beyond its public API, in one place (tested on python-docx 1.2).

python-docx has no API for much of what a Word release needs (East-Asian fonts, repeated header rows, fields,
watermarks), so the writers edit the XML under its objects. They reach that XML only through this module. Each
assumption carries a letter naming its canary in tests/export/docx/test_docxfence.py and its line in
docs/library-internals.md; on a python-docx upgrade, run those canaries first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.section import _Footer, _Header
from docx.table import Table, _Cell, _Row

if TYPE_CHECKING:
    from docx.opc.coreprops import CoreProperties
    from docx.opc.part import Part
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.shape import InlineShape
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

__all__ = [
    "Cell",
    "Footer",
    "Header",
    "Row",
    "cells_of",
    "core_properties_element",
    "inline_of",
    "p_of",
    "part_element",
    "r_of",
    "remove_color",
    "set_part_blob",
    "tbl_of",
    "tc_of",
    "tr_of",
]

TESTED_VERSION = "1.2"
"""The python-docx minor version these assumptions were checked on (pyproject pins it)."""

# X1: python-docx's private classes, named here for type hints (what `section.header`, `table.rows` return).
Cell = _Cell
Row = _Row
Header = _Header
Footer = _Footer


# --- X2: the XML element under each proxy object -------------------------------------------------------------------


def p_of(paragraph: Paragraph) -> BaseOxmlElement:
    """The paragraph's `w:p`."""
    return paragraph._p


def r_of(run: Run) -> BaseOxmlElement:
    """The run's `w:r`."""
    return run._r


def tbl_of(table: Table) -> BaseOxmlElement:
    """The table's `w:tbl`."""
    return table._tbl


def tr_of(row: _Row) -> BaseOxmlElement:
    """The row's `w:tr`."""
    return row._tr


def tc_of(cell: _Cell) -> BaseOxmlElement:
    """The cell's `w:tc`."""
    return cell._tc


def inline_of(shape: InlineShape) -> BaseOxmlElement:
    """A picture's `wp:inline` (distances from text, `wp:docPr` with the alternative text)."""
    return shape._inline


def core_properties_element(properties: CoreProperties) -> BaseOxmlElement:
    """docProps/core.xml's `cp:coreProperties` (python-docx has no API to drop `cp:lastPrinted`)."""
    return properties._element


def part_element(part: Part) -> BaseOxmlElement | None:
    """The parsed XML of a part python-docx parses (document, headers, footers), None for a binary part."""
    return getattr(part, "_element", None)


# --- X3-X5: fast paths and generated helpers -----------------------------------------------------------------------


def cells_of(table: Table) -> list[_Cell]:
    """X3: every grid cell in row-major order (a merged cell repeats), built once.

    python-docx rebuilds this list on every table.cell() call: 17 s for a 200-row table, against 0.9 s for one read
    of its private `_cells`.
    """
    return table._cells


def set_part_blob(part: Part, data: bytes) -> None:
    """X4: replace the bytes of a part python-docx keeps unparsed (the font table)."""
    part._blob = data


def remove_color(r_pr: BaseOxmlElement) -> None:
    """X5: drop `w:color` from a `w:rPr` (xmlchemy's generated remover; python-docx's font API sets, never removes)."""
    r_pr._remove_color()

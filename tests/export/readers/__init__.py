"""Independent readers for the parity test: each reads one exported format back to its text units, in order.

A reader module has `FORMAT`, `SUFFIX`, `JOIN` (what that format puts between a list label and its text), `META_JOIN`
(between a meta label and its value, or None when they read as two units), `WRAPS` (whether its lines wrap, so one
unit may span several read lines), optionally `comparable(unit)` (what of a unit the format can carry) and
`read_units(path) -> list[str]`. What a unit is is defined once, in units.py. Add a format by adding a module to
READERS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from export.readers import docx, html, odt, pdf, text

if TYPE_CHECKING:
    from types import ModuleType

READERS: dict[str, ModuleType] = {"pdf": pdf, "docx": docx, "odt": odt, "html": html, "html-email": html, "txt": text}
SUFFIXES: dict[str, str] = {"html-email": ".email.html"}
"""Formats that share a reader but not a file name ending."""

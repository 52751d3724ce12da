"""Independent readers for the parity test: each reads one exported format back to its text units, in order.

A reader module has `FORMAT`, `SUFFIX`, `JOIN` (how that format puts a list label or a meta label on the line of
its text), `WRAPS` (whether its lines wrap, so one unit may span several read lines) and
`read_units(path) -> list[str]`. Add a format by adding a module to READERS.
"""

from __future__ import annotations

from types import ModuleType

from export.readers import docx, pdf

READERS: dict[str, ModuleType] = {"pdf": pdf, "docx": docx}

"""Exporters: each walks the release model (never widgets or HTML) and writes one format."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeAlias

from releasedesk.errors import ExportError
from releasedesk.export.layout import LangChoice
from releasedesk.model.release import Release

Format: TypeAlias = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def export_release(
    release: Release,
    fmt: Format,
    path: Path | str,
    *,
    lang: LangChoice = "both",
    options: Any = None,
) -> None:
    """Write `release` in one format: the single entry the command line and the window export through.

    Writers are imported here, not at the top, so starting the program does not load reportlab and python-docx.
    """
    if fmt == "pdf":
        from releasedesk.export.pdf import export_pdf as write
    elif fmt == "docx":
        from releasedesk.export.docx import export_docx as write
    else:
        raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    write(release, path, lang=lang, options=options)

"""Exporters: each renders one format; the newer ones (odt, html, txt) render only the layout plan (plan/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeAlias

from releasedesk.errors import ExportError
from releasedesk.export.layout import LangChoice
from releasedesk.model.release import Release

Format: TypeAlias = Literal["pdf", "docx", "odt", "html", "html-email", "txt"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "odt", "html", "html-email", "txt")
EXTENSIONS: dict[Format, str] = {
    "pdf": ".pdf",
    "docx": ".docx",
    "odt": ".odt",
    "html": ".html",
    "html-email": ".email.html",
    "txt": ".txt",
}
"""The file name ending each format is written with (the e-mail HTML is still an .html file)."""


def _writer(fmt: str) -> Callable[..., None]:
    """The format's writer, imported only when asked for: starting the program loads no export library."""
    if fmt == "pdf":
        from releasedesk.export.pdf import export_pdf

        return export_pdf
    if fmt == "docx":
        from releasedesk.export.docx import export_docx

        return export_docx
    if fmt == "odt":
        from releasedesk.export.odt import export_odt

        return export_odt
    if fmt == "html":
        from releasedesk.export.html import export_html

        return export_html
    if fmt == "html-email":
        from releasedesk.export.html import export_html_email

        return export_html_email
    if fmt == "txt":
        from releasedesk.export.text import export_text

        return export_text
    raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")


def export_release(
    release: Release,
    fmt: Format,
    path: Path | str,
    *,
    lang: LangChoice = "both",
    options: Any = None,
) -> None:
    """Write `release` in one format: the single entry the command line and the window export through."""
    _writer(fmt)(release, path, lang=lang, options=options)

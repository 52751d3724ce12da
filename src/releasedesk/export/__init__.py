"""Exporters: the plan (export/plan) decides what is said, once; each writer renders it in one format."""

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


def _plan_writer(fmt: str) -> Callable[..., None]:
    """ODT, HTML and text writers, imported only when asked for; each plans through export.house."""
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
    """Write `release` in one format: the single entry the command line and the window export through.

    The plan is built once here; writers are imported here, not at the top, so starting the program does not load
    reportlab and python-docx.
    """
    from datetime import UTC, datetime

    from releasedesk.export.output import languages_to_export, write_export
    from releasedesk.export.plan import build_plan
    from releasedesk.export.style import current_template, logo_image, stamp_formats

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt not in ("pdf", "docx"):
        _plan_writer(fmt)(release, path, lang=lang, options=options)
        return
    languages_to_export(release, lang)
    if fmt == "pdf" and options is not None:
        house = options.effective_template()
    else:
        house = getattr(options, "house", None) or current_template()
    invariant = bool(getattr(options, "invariant", False))
    now = None if invariant else datetime.now(UTC)
    plan = build_plan(release, lang, default_logo=logo_image(house), now=now, stamp_format=stamp_formats(house))
    if fmt == "pdf":
        from releasedesk.export.pdf import render_plan as render_pdf_plan

        write_export(path, render_pdf_plan(plan, options), "PDF")
    else:
        from releasedesk.export.docx import render_plan as render_docx_plan

        write_export(path, render_docx_plan(plan, options, house), "DOCX")

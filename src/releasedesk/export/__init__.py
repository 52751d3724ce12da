"""Exporters: the plan (export/plan) decides what is said, once; each writer renders it in one format."""

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

    The plan is built once here; writers are imported here, not at the top, so starting the program does not load
    reportlab and python-docx.
    """
    from datetime import UTC, datetime

    from releasedesk.export.output import languages_to_export, write_export
    from releasedesk.export.plan import build_plan
    from releasedesk.export.style import current_template, logo_image

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    languages_to_export(release, lang)
    if fmt == "pdf" and options is not None:
        house = options.effective_template()
    else:
        house = getattr(options, "house", None) or current_template()
    invariant = bool(getattr(options, "invariant", False))
    plan = build_plan(release, lang, default_logo=logo_image(house), now=None if invariant else datetime.now(UTC))
    if fmt == "pdf":
        from releasedesk.export.pdf import render_plan as render_pdf_plan

        write_export(path, render_pdf_plan(plan, options), "PDF")
    else:
        from releasedesk.export.docx import render_plan as render_docx_plan

        write_export(path, render_docx_plan(plan, options, house), "DOCX")

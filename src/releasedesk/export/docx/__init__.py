"""DOCX export for reviewers: named styles, Chinese fonts Word understands, real lists, links and page fields.

Qt-free: renders the layout plan (export/plan) with python-docx. `export_docx` writes atomically; `render_docx` returns
bytes.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from releasedesk.export.docx.options import DocxOptions
from releasedesk.export.docx.writer import build_document
from releasedesk.export.layout import LangChoice
from releasedesk.export.output import languages_to_export, write_export
from releasedesk.export.plan import Plan, build_plan
from releasedesk.export.style import HouseStyle, current_template, logo_image, stamp_formats
from releasedesk.model.release import Release

__all__ = ["DocxOptions", "export_docx", "render_docx", "render_plan"]


def render_plan(plan: Plan, options: DocxOptions | None = None, house: HouseStyle | None = None) -> bytes:
    """The DOCX of a plan in memory."""
    options = options or DocxOptions()
    document = build_document(plan, options, house or options.house or current_template())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_docx(release: Release, *, lang: LangChoice = "both", options: DocxOptions | None = None) -> bytes:
    """The DOCX of `release` in memory."""
    languages_to_export(release, lang)
    house = (options.house if options else None) or current_template()
    plan = build_plan(
        release, lang, default_logo=logo_image(house), now=datetime.now(UTC), stamp_format=stamp_formats(house)
    )
    return render_plan(plan, options, house)


def export_docx(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: DocxOptions | None = None
) -> None:
    """Write the DOCX to `path` through a temporary file; an existing file is replaced only by a complete one."""
    write_export(path, render_docx(release, lang=lang, options=options), "DOCX")

"""DOCX export for reviewers: named styles, Chinese fonts Word understands, real lists, links and page fields.

Qt-free: renders the layout plan (export/plan) with python-docx. `render_plan` is the writer's entry (as every
writer's); `render_docx`/`export_docx` plan a release through `plan_release` first.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from releasedesk.export.docx.options import DocxOptions
from releasedesk.export.output import write_export
from releasedesk.export.plan import Plan, plan_release
from releasedesk.export.style import current_template

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.export.layout import LangChoice
    from releasedesk.model.release import Release

__all__ = ["DocxOptions", "export_docx", "render_docx", "render_plan"]


def render_plan(plan: Plan, options: DocxOptions | None = None) -> bytes:
    """The DOCX of a plan in memory (python-docx is imported on the first render)."""
    from releasedesk.export.docx.writer import build_document
    from releasedesk.export.sourcedate import restamp_zip

    options = options or DocxOptions()
    document = build_document(plan, options, options.house or current_template())
    buffer = io.BytesIO()
    document.save(buffer)
    return restamp_zip(buffer.getvalue(), plan.metadata.created)  # python-docx dates entries with the clock


def render_docx(release: Release, *, lang: LangChoice = "both", options: DocxOptions | None = None) -> bytes:
    """The DOCX of `release` in memory."""
    return render_plan(plan_release(release, lang, options.house if options else None), options)


def export_docx(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: DocxOptions | None = None
) -> None:
    """Write the DOCX to `path` through a temporary file; an existing file is replaced only by a complete one."""
    write_export(path, render_docx(release, lang=lang, options=options), "DOCX")

"""Plain-text export for wire services and e-mail: UTF-8, wrapped at 72 columns, links written out.

Renders only the layout plan. `export_text` writes atomically; `render_text` returns the bytes.
"""

from __future__ import annotations

from pathlib import Path

from releasedesk.export.house import plan_release, writer_style
from releasedesk.export.layout import LangChoice
from releasedesk.export.output import write_export
from releasedesk.export.text.writer import render_plan_text
from releasedesk.model.release import Release

__all__ = ["export_text", "render_plan_text", "render_text"]


def render_text(release: Release, *, lang: LangChoice = "both", options: object = None) -> bytes:
    """The plain text of `release`, UTF-8 encoded (no byte-order mark)."""
    style = writer_style(template=getattr(options, "house", None))  # any options object with a house style
    return render_plan_text(plan_release(release, lang, style), style.stamp_place).encode("utf-8")


def export_text(release: Release, path: Path | str, *, lang: LangChoice = "both", options: object = None) -> None:
    write_export(path, render_text(release, lang=lang, options=options), "text file")

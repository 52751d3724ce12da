"""HTML export: one self-contained semantic HTML5 file for the agency website, and an inline-styled e-mail variant.

Renders only the layout plan. `export_html` writes atomically; `render_html` returns the bytes (UTF-8).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from releasedesk.export.house import plan_release, writer_style
from releasedesk.export.html.writer import render_plan_html
from releasedesk.export.layout import LangChoice
from releasedesk.export.output import write_export
from releasedesk.export.style import HouseStyle
from releasedesk.model.release import Release

__all__ = ["HtmlOptions", "export_html", "export_html_email", "render_html"]


@dataclass(frozen=True)
class HtmlOptions:
    email: bool = False
    """Inline styles on every element, no stylesheet and no generated content, for mail clients."""
    page_size: str | None = None
    """Paper for printing ("A4" or "Letter"); None for the house style's."""
    house: HouseStyle | None = None
    """The house style (`--pdf-template`); None: the agency's template file or the default."""


def render_html(release: Release, *, lang: LangChoice = "both", options: HtmlOptions | None = None) -> bytes:
    style = writer_style(options.page_size if options else None, options.house if options else None)
    email = bool(options and options.email)
    return render_plan_html(plan_release(release, lang, style), style, email=email).encode("utf-8")


def export_html(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: HtmlOptions | None = None
) -> None:
    write_export(path, render_html(release, lang=lang, options=options), "HTML file")


def export_html_email(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: HtmlOptions | None = None
) -> None:
    email = HtmlOptions(
        email=True, page_size=options.page_size if options else None, house=options.house if options else None
    )
    write_export(path, render_html(release, lang=lang, options=email), "e-mail HTML file")

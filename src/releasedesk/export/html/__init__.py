"""HTML export: one self-contained semantic HTML5 file for the agency website, and an inline-styled e-mail variant.

Renders only the layout plan. `render_plan` is the writer's entry (as every writer's): the UTF-8 bytes;
`render_html`/`export_html` plan a release through `plan_release` first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from releasedesk.export.output import write_export
from releasedesk.export.plan import Plan, plan_release

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Release

__all__ = ["HtmlOptions", "export_html", "export_html_email", "render_html", "render_plan"]


@dataclass(frozen=True)
class HtmlOptions:
    """HTML export settings: for e-mail or for a web page, the paper for printing, the house style."""

    email: bool = False
    """Inline styles on every element, no stylesheet and no generated content, for mail clients."""
    page_size: str | None = None
    """Paper for printing ("A4" or "Letter"); None for the house style's."""
    house: HouseStyle | None = None
    """The house style (`--pdf-template`); None: the agency's template file or the default."""


def render_plan(plan: Plan, options: HtmlOptions | None = None) -> bytes:
    """The HTML file (web or, with `email`, e-mail) of a plan, UTF-8 encoded."""
    from releasedesk.export.house import writer_style
    from releasedesk.export.html.writer import render_plan_html

    options = options or HtmlOptions()
    style = writer_style(options.page_size, options.house)
    return render_plan_html(plan, style, email=options.email).encode("utf-8")


def render_html(release: Release, *, lang: LangChoice = "both", options: HtmlOptions | None = None) -> bytes:
    """The release as an HTML document (UTF-8 bytes)."""
    return render_plan(plan_release(release, lang, options.house if options else None), options)


def export_html(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: HtmlOptions | None = None
) -> None:
    """Write the release as an HTML file (atomically: a failure leaves no half-written file)."""
    write_export(path, render_html(release, lang=lang, options=options), "HTML file")


def export_html_email(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: HtmlOptions | None = None
) -> None:
    """Write the release as HTML for pasting into an e-mail (inline styles only)."""
    email = replace(options or HtmlOptions(), email=True)
    write_export(path, render_html(release, lang=lang, options=email), "e-mail HTML file")

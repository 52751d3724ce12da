"""PDF export with reportlab: print-ready bilingual releases with embedded, subsetted TrueType fonts.

`render_pdf` is what the live preview calls from its worker thread on every edit: fonts are parsed once per process
and renders are serialised by one lock, so a preview render and an Export from the main thread never share state.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from releasedesk.export.output import write_export
from releasedesk.export.pdf.template import FontConfig, PageSizeName, PdfTemplate, current_template
from releasedesk.export.plan import Plan, plan_release

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.pdf.fontset import FontSet
    from releasedesk.export.pdf.layoutcache import LayoutCache
    from releasedesk.model.release import Release

__all__ = ["PdfOptions", "export_pdf", "render_pdf", "render_plan"]


@dataclass(frozen=True)
class PdfOptions:
    """How to render: a layout template, with the page size and fonts optionally overridden for this export."""

    template: PdfTemplate = field(default_factory=current_template)
    """By default the agency's template file when there is one (see template.agency_template_path)."""
    page_size: PageSizeName | None = None
    """None: the template's page size."""
    fonts: FontConfig | None = None
    """None: the template's fonts."""
    invariant: bool = False
    """Fixed creation date and document id, for byte-identical output (tests, reproducible builds)."""
    layout_cache: LayoutCache | None = None
    """Keep laid-out paragraphs between renders (the live preview passes layoutcache.SHARED); same bytes either way."""
    draw_pages: frozenset[int] | None = None
    """A draft for the preview: text drawn only on these pages (1-based), every page laid out (see draft.py)."""

    def effective_template(self) -> PdfTemplate:
        from dataclasses import replace

        changes: dict[str, Any] = {}
        if self.page_size is not None:
            changes["page_size"] = self.page_size
        if self.fonts is not None:
            changes["fonts"] = self.fonts
        return replace(self.template, **changes) if changes else self.template


_RENDER_LOCK = threading.RLock()
_FONT_SETS: dict[FontConfig, FontSet] = {}


def font_set(config: FontConfig) -> FontSet:
    """The process-wide FontSet for `config` (fonts are parsed once, then shared by every render)."""
    from releasedesk.export.pdf.fonts import check_installed
    from releasedesk.export.pdf.fontset import FontSet

    with _RENDER_LOCK:
        fonts = _FONT_SETS.get(config)
        if fonts is None:
            check_installed(config.families())
            fonts = _FONT_SETS[config] = FontSet(config)
        return fonts


def render_plan(plan: Plan, options: PdfOptions | None = None) -> bytes:
    """The PDF of a plan as bytes, built in memory: the PDF writer only renders what the plan says.

    The writer (reportlab) is imported here, on the first render, not when the options are.
    """
    from releasedesk.export.pdf import draft, layoutcache, rlfence  # noqa: F401 (rlfence first: it imports platypus, P1)
    from releasedesk.export.pdf.writer import write_pdf

    options = options or PdfOptions()
    template = options.effective_template()
    buffer = io.BytesIO()
    with _RENDER_LOCK, layoutcache.using(options.layout_cache), draft.drawing_only(options.draw_pages):
        write_pdf(plan, buffer, template, font_set(template.fonts), invariant=options.invariant)
    return buffer.getvalue()


def render_pdf(release: Release, *, lang: LangChoice = "both", options: PdfOptions | None = None) -> bytes:
    """The PDF of `release` as bytes (the live preview and printing call this)."""
    options = options or PdfOptions()
    draft = options.draw_pages is not None  # the preview's page in view: never written out
    plan = plan_release(release, lang, options.effective_template(), invariant=options.invariant, draft=draft)
    return render_plan(plan, options)


def export_pdf(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: PdfOptions | None = None
) -> None:
    """Write the PDF to `path` atomically: the old file or the new one, never half of one."""
    write_export(path, render_pdf(release, lang=lang, options=options), "PDF")

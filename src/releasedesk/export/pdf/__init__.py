"""PDF export with reportlab: print-ready bilingual releases with embedded, subsetted TrueType fonts.

`render_pdf` is what the live preview calls from its worker thread on every edit: fonts are parsed once per process
and renders are serialised by one lock, so a preview render and an Export from the main thread never share state.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from pathlib import Path

from releasedesk.export.layout import LangChoice
from releasedesk.export.output import languages_to_export, write_export
from releasedesk.export.pdf import draft, layoutcache
from releasedesk.export.pdf.fonts import check_installed
from releasedesk.export.pdf.fontset import FontSet
from releasedesk.export.pdf.layoutcache import LayoutCache
from releasedesk.export.pdf.template import FontConfig, PageSizeName, PdfTemplate, current_template
from releasedesk.export.pdf.writer import write_pdf
from releasedesk.export.plan import Plan, build_plan
from releasedesk.export.style import logo_image, stamp_formats
from releasedesk.model.release import Release

__all__ = ["PdfOptions", "export_pdf", "plan_for_pdf", "render_pdf", "render_plan"]


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

        changes: dict[str, object] = {}
        if self.page_size is not None:
            changes["page_size"] = self.page_size
        if self.fonts is not None:
            changes["fonts"] = self.fonts
        return replace(self.template, **changes) if changes else self.template


_RENDER_LOCK = threading.RLock()
_FONT_SETS: dict[FontConfig, FontSet] = {}


def font_set(config: FontConfig) -> FontSet:
    """The process-wide FontSet for `config` (fonts are parsed once, then shared by every render)."""
    with _RENDER_LOCK:
        fonts = _FONT_SETS.get(config)
        if fonts is None:
            check_installed(config.families())
            fonts = _FONT_SETS[config] = FontSet(config)
        return fonts


def plan_for_pdf(release: Release, lang: LangChoice, options: PdfOptions) -> Plan:
    """The plan with the house style's logo for releases without one; fixed time for invariant output."""
    languages_to_export(release, lang)
    from datetime import UTC, datetime

    now = None if options.invariant else datetime.now(UTC)
    house = options.effective_template()
    return build_plan(release, lang, default_logo=logo_image(house), now=now, stamp_format=stamp_formats(house))


def render_plan(plan: Plan, options: PdfOptions | None = None) -> bytes:
    """The PDF of a plan as bytes, built in memory: the PDF writer only renders what the plan says."""
    options = options or PdfOptions()
    template = options.effective_template()
    buffer = io.BytesIO()
    with _RENDER_LOCK, layoutcache.using(options.layout_cache), draft.drawing_only(options.draw_pages):
        write_pdf(plan, buffer, template, font_set(template.fonts), invariant=options.invariant)
    return buffer.getvalue()


def render_pdf(release: Release, *, lang: LangChoice = "both", options: PdfOptions | None = None) -> bytes:
    """The PDF of `release` as bytes (the live preview and printing call this)."""
    options = options or PdfOptions()
    return render_plan(plan_for_pdf(release, lang, options), options)


def export_pdf(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: PdfOptions | None = None
) -> None:
    """Write the PDF to `path` atomically: the old file or the new one, never half of one."""
    write_export(path, render_pdf(release, lang=lang, options=options), "PDF")

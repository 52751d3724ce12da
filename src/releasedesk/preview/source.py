"""The PDF behind the preview and printing: the exporter's own bytes, so what is shown is what is exported.

Qt-free: the window (printing, the in-process preview) and the preview worker process both call `render`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from releasedesk.export.layout import LangChoice, section_languages

if TYPE_CHECKING:
    from releasedesk.model.release import Release

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle


class PreviewUnavailable(Exception):
    """There is nothing to render: the release has no text in the chosen language."""


def render(
    release: Release,
    lang: LangChoice,
    *,
    layout_cache: bool = False,
    pages: frozenset[int] | None = None,
    template: HouseStyle | None = None,
) -> bytes:
    """The exporter's PDF bytes: exactly what Export PDF writes, so preview and print match the file.

    `layout_cache`: keep laid-out paragraphs between renders (the live preview re-renders on every edit); the bytes
    are the same either way. `pages`: a draft for the screen with text drawn only on these pages (1-based).
    `template`: the house style to use (an agency profile's) instead of the agency's template file.
    """
    if not section_languages(release, lang):
        raise PreviewUnavailable("no-text")
    from releasedesk.export.pdf import PdfOptions, render_pdf  # reportlab loads on first use, not at start-up
    from releasedesk.export.pdf.layoutcache import SHARED

    options = PdfOptions(layout_cache=SHARED if layout_cache else None, draw_pages=pages)
    if template is not None:
        options = replace(options, template=template)
    return render_pdf(release, lang=lang, options=options)

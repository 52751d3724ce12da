"""Access to the PDF exporter for the preview and printing, tolerating a build without it."""

from __future__ import annotations

import importlib
from typing import Protocol

from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.model.release import Release


class _Renderer(Protocol):
    def __call__(self, release: Release, *, lang: LangChoice) -> bytes: ...


class PreviewUnavailable(Exception):
    """There is nothing to render: no exporter in this build, or no text in the chosen language."""


def renderer() -> _Renderer:
    try:
        module = importlib.import_module("releasedesk.export.pdf")
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("releasedesk.export"):
            raise PreviewUnavailable("PDF export is not available in this version") from None
        raise
    return module.render_pdf


def render(release: Release, lang: LangChoice) -> bytes:
    """The exporter's PDF bytes: exactly what Export PDF writes, so preview and print match the file."""
    if not section_languages(release, lang):
        raise PreviewUnavailable("no-text")
    return renderer()(release, lang=lang)

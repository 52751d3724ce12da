"""ODT (OpenDocument text) export: the editable format Taiwan's government offices exchange (ODF-CNS15251).

Renders only the layout plan, with odfdo for the package. `export_odt` writes atomically; `render_odt` returns bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from releasedesk.export.house import plan_release, writer_style
from releasedesk.export.layout import LangChoice
from releasedesk.export.odt.writer import render_plan_odt
from releasedesk.export.output import write_export
from releasedesk.export.style import HouseStyle
from releasedesk.model.release import Release

__all__ = ["OdtOptions", "export_odt", "render_odt"]


@dataclass(frozen=True)
class OdtOptions:
    page_size: str | None = None
    """"A4" or "Letter"; None for the house style's."""
    house: HouseStyle | None = None
    """The house style (`--pdf-template`); None: the agency's template file or the default."""


def render_odt(release: Release, *, lang: LangChoice = "both", options: OdtOptions | None = None) -> bytes:
    style = writer_style(options.page_size if options else None, options.house if options else None)
    return render_plan_odt(plan_release(release, lang, style), style)


def export_odt(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: OdtOptions | None = None
) -> None:
    write_export(path, render_odt(release, lang=lang, options=options), "ODT")

"""ODT (OpenDocument text) export: the editable format Taiwan's government offices exchange (ODF-CNS15251).

Renders only the layout plan, with odfdo for the package. `render_plan` is the writer's entry (as every writer's);
`render_odt`/`export_odt` plan a release through `plan_release` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.export.output import write_export
from releasedesk.export.plan import Plan, plan_release

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Release

__all__ = ["OdtOptions", "export_odt", "render_odt", "render_plan"]


@dataclass(frozen=True)
class OdtOptions:
    """ODT export settings: the paper and the house style."""

    page_size: str | None = None
    """"A4" or "Letter"; None for the house style's."""
    house: HouseStyle | None = None
    """The house style (`--pdf-template`); None: the agency's template file or the default."""


def render_plan(plan: Plan, options: OdtOptions | None = None) -> bytes:
    """The ODT package of a plan in memory (odfdo is imported on the first render)."""
    from releasedesk.export.house import writer_style
    from releasedesk.export.odt.writer import render_plan_odt

    options = options or OdtOptions()
    return render_plan_odt(plan, writer_style(options.page_size, options.house))


def render_odt(release: Release, *, lang: LangChoice = "both", options: OdtOptions | None = None) -> bytes:
    """The release as an ODT package (bytes)."""
    return render_plan(plan_release(release, lang, options.house if options else None), options)


def export_odt(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: OdtOptions | None = None
) -> None:
    """Write the release as an ODT file (atomically: a failure leaves no half-written file)."""
    write_export(path, render_odt(release, lang=lang, options=options), "ODT")

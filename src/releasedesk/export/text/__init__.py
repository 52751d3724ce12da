"""Plain-text export for wire services and e-mail: UTF-8, wrapped at 72 columns, links written out.

Renders only the layout plan. `render_plan` is the writer's entry (as every writer's): the UTF-8 bytes, no byte-order
mark; `render_text`/`export_text` plan a release through `plan_release` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.export.output import write_export
from releasedesk.export.plan import Plan, plan_release
from releasedesk.export.style import HouseStyle, current_template
from releasedesk.export.text.writer import render_plan_text

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.export.layout import LangChoice
    from releasedesk.model.release import Release

__all__ = ["TextOptions", "export_text", "render_plan", "render_plan_text", "render_text"]


@dataclass(frozen=True)
class TextOptions:
    """What the plain-text writer takes besides the plan (the same shape as the other writers' options)."""

    house: HouseStyle | None = None
    """The house style (only where the approval stamp goes matters to text); None: the agency's template or the
    default."""


def render_plan(plan: Plan, options: TextOptions | None = None) -> bytes:
    """The plain text of a plan, UTF-8 encoded (the same entry as every other writer)."""
    house = (options.house if options else None) or current_template()
    return render_plan_text(plan, house.stamp_place).encode("utf-8")


def render_text(release: Release, *, lang: LangChoice = "both", options: TextOptions | None = None) -> bytes:
    """The plain text of `release`, UTF-8 encoded (no byte-order mark)."""
    return render_plan(plan_release(release, lang, options.house if options else None), options)


def export_text(
    release: Release, path: Path | str, *, lang: LangChoice = "both", options: TextOptions | None = None
) -> None:
    """Write the release as a plain-text file (atomically: a failure leaves no half-written file)."""
    write_export(path, render_text(release, lang=lang, options=options), "text file")

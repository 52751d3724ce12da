"""Exporters: the plan (export/plan) decides what is said, once; each writer renders it in one format.

    plan = plan_release(release, lang, house)          # export.plan: the only place a plan is built
    data = render_plan(plan, "odt", options)           # -> export.odt.render_plan(plan, options) -> bytes

Every writer package (pdf, docx, odt, html, text) has that one entry; `export_release` does both steps for one
format, the command line plans a release once and renders it in every format asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from releasedesk.errors import ExportError

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.plan import Plan
    from releasedesk.export.style import HouseStyle, PageSizeName
    from releasedesk.model.release import Release

Format: TypeAlias = Literal["pdf", "docx", "odt", "html", "html-email", "txt"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "odt", "html", "html-email", "txt")
EXTENSIONS: dict[Format, str] = {
    "pdf": ".pdf",
    "docx": ".docx",
    "odt": ".odt",
    "html": ".html",
    "html-email": ".email.html",
    "txt": ".txt",
}
"""The file name ending each format is written with (the e-mail HTML is still an .html file)."""


_KINDS: dict[Format, str] = {
    "pdf": "PDF",
    "docx": "DOCX",
    "odt": "ODT",
    "html": "HTML file",
    "html-email": "e-mail HTML file",
    "txt": "text file",
}
_PACKAGES: dict[Format, str] = {
    "pdf": "pdf",
    "docx": "docx",
    "odt": "odt",
    "html": "html",
    "html-email": "html",
    "txt": "text",
}
"""The writer package of each format; each has the same entry, `render_plan(plan, options) -> bytes`."""


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")


def _writer(fmt: Format) -> ModuleType:
    """The format's writer package, imported only when asked for (starting the program loads none of them)."""
    _check_format(fmt)
    return importlib.import_module(f"releasedesk.export.{_PACKAGES[fmt]}")


def writer_options(
    fmt: Format, house: HouseStyle | None = None, *, page_size: PageSizeName | None = None, invariant: bool = False
) -> Any:
    """The options object of `fmt`'s writer for one house style (None: the agency's) and paper size."""
    from dataclasses import replace

    from releasedesk.export.style import current_template

    house = house or current_template()
    if fmt == "pdf":
        from releasedesk.export.pdf import PdfOptions

        return PdfOptions(template=house, page_size=page_size, invariant=invariant)
    if page_size:
        house = replace(house, page_size=page_size)
    writer = _writer(fmt)
    if fmt == "docx":
        return writer.DocxOptions(house=house)
    if fmt == "odt":
        return writer.OdtOptions(house=house)
    if fmt in ("html", "html-email"):
        return writer.HtmlOptions(email=fmt == "html-email", house=house)
    return writer.TextOptions(house=house)


def house_of(fmt: Format, options: Any) -> HouseStyle:
    """The house style `options` render with: the template a plan for them is built from."""
    from releasedesk.export.style import current_template

    if options is None:
        return current_template()
    if fmt == "pdf":
        return options.effective_template()  # type: ignore[no-any-return]
    return getattr(options, "house", None) or current_template()


def render_plan(plan: Plan, fmt: Format, options: Any = None) -> bytes:
    """One format's bytes of a plan: the writer renders, it never decides what a section says."""
    writer = _writer(fmt)
    if fmt == "html-email" and not getattr(options, "email", False):
        from dataclasses import replace

        options = replace(options or writer.HtmlOptions(), email=True)
    return writer.render_plan(plan, options)  # type: ignore[no-any-return]


def export_plan(plan: Plan, fmt: Format, path: Path | str, options: Any = None) -> None:
    """Write one format of a plan to `path` atomically (the old file or the new one, never half of one)."""
    from releasedesk.export.output import write_export

    write_export(path, render_plan(plan, fmt, options), _KINDS[fmt])


def export_release(
    release: Release,
    fmt: Format,
    path: Path | str,
    *,
    lang: LangChoice = "both",
    options: Any = None,
) -> None:
    """Write `release` in one format: plan once (export.plan.plan_release), then render.

    The window's Export and the approval station come here; the command line plans each release once and calls
    `export_plan` per format. Writers are imported here, not at the top, so starting the program does not load
    reportlab, python-docx or odfdo.
    """
    from releasedesk.export.plan import plan_release

    _check_format(fmt)
    invariant = bool(getattr(options, "invariant", False))
    plan = plan_release(release, lang, house_of(fmt, options), invariant=invariant)
    export_plan(plan, fmt, path, options)

"""Build the PDF of a plan: page templates per section, metadata, running head, footer and watermark."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from releasedesk import __version__
from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.approvalinfo import approval_entries
from releasedesk.export.pdf.fontset import SANS, FontSet
from releasedesk.export.pdf.page import PageDecorator, numbered_canvas_class
from releasedesk.export.pdf.sections import build_story

if TYPE_CHECKING:
    from releasedesk.export.pdf.template import PdfTemplate
    from releasedesk.export.plan import Plan


class _ApprovedDocTemplate(BaseDocTemplate):
    """Puts the plan's approval entries into the document information once the canvas exists."""

    approval_entries: dict[str, str]
    """Set by write_pdf before the build."""

    def beforeDocument(self) -> None:
        rlfence.add_info_entries(self.canv, self.approval_entries)


def write_pdf(plan: Plan, out: BinaryIO, template: PdfTemplate, fonts: FontSet, *, invariant: bool = False) -> None:
    """Build the whole PDF into `out` (a file or BytesIO)."""
    rlfence.install()  # reportlab's process-wide settings, applied when rendering starts (not when importing)
    top, right, bottom, left = template.margins
    page_w, page_h = template.page_size_points
    decorator = PageDecorator(plan, template, fonts)
    info = plan.metadata
    doc = _ApprovedDocTemplate(
        out,
        pagesize=template.page_size_points,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=f"ReleaseDesk {__version__}",
        keywords=[info.author] if info.author else [],
        lang=info.languages[0] if info.languages else "zh-TW",
        invariant=1 if invariant else 0,
        initialFontName=fonts.base_font(SANS),
        pageCompression=1,
    )
    doc.approval_entries = approval_entries(plan.state)
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    langs = [section.lang for section in plan.sections] or ["zh-TW"]
    doc.addPageTemplates(
        [
            PageTemplate(
                id=lang,
                frames=[
                    Frame(left, bottom, page_w - left - right, page_h - top - bottom, id=f"body-{lang}", **frame_args)
                ],
                onPage=lambda canvas, _doc, lang=lang: decorator.on_page(canvas, lang),  # type: ignore[misc]  # default binds lang; mypy cannot infer such lambdas
            )
            for lang in langs
        ]
    )
    doc.build(build_story(plan, template, fonts), canvasmaker=numbered_canvas_class(decorator))

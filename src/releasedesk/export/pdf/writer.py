"""Build the PDF: page templates per language, metadata, footer and watermark around the sections' story."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from releasedesk import __version__
from releasedesk.export import layout
from releasedesk.export.pdf import rlfixes
from releasedesk.export.pdf.fonts import REGULAR
from releasedesk.export.pdf.markup import SANS, FontSet
from releasedesk.export.pdf.page import PageDecorator, numbered_canvas_class
from releasedesk.export.pdf.sections import build_story
from releasedesk.export.pdf.template import PdfTemplate
from releasedesk.model.release import Lang, Release
from releasedesk.model.textclean import clean_text

rlfixes.install()


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    lang: str


def metadata(release: Release, langs: tuple[Lang, ...]) -> Metadata:
    first = langs[0]
    headlines = [clean_text(release.content[lang].headline).strip() for lang in langs]
    title = " / ".join(h for h in headlines if h) or layout.label("news_release", first)
    number = release.number.strip()
    subject = " / ".join(layout.label("news_release", lang) for lang in langs) + (f" {number}" if number else "")
    return Metadata(title, clean_text(release.agency.best(first)).strip(), clean_text(subject), first)


def write_pdf(
    release: Release,
    out: BinaryIO,
    langs: tuple[Lang, ...],
    template: PdfTemplate,
    fonts: FontSet,
    *,
    invariant: bool = False,
) -> None:
    """Build the whole PDF into `out` (a file or BytesIO)."""
    top, right, bottom, left = template.margins
    page_w, page_h = template.page_size_points
    decorator = PageDecorator(release, template, fonts)
    info = metadata(release, langs)
    doc = BaseDocTemplate(
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
        lang=info.lang,
        invariant=1 if invariant else 0,
        initialFontName=fonts.base_font(SANS, REGULAR),
        pageCompression=1,
    )
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    doc.addPageTemplates(
        [
            PageTemplate(
                id=lang,
                frames=[
                    Frame(left, bottom, page_w - left - right, page_h - top - bottom, id=f"body-{lang}", **frame_args)
                ],
                onPage=lambda canvas, _doc, lang=lang: decorator.on_page(canvas, lang),
            )
            for lang in langs
        ]
    )
    story = build_story(release, langs, template, fonts)
    doc.build(story, canvasmaker=numbered_canvas_class(decorator))

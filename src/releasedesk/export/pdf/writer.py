"""Build the PDF of a plan: page templates per section, metadata, running head, footer and watermark."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from releasedesk import __version__
from releasedesk.export.pdf import draft, layoutcache, pagecount, rlfence
from releasedesk.export.pdf.approvalinfo import approval_entries
from releasedesk.export.pdf.fontset import SANS, FontSet
from releasedesk.export.pdf.page import PageDecorator, numbered_canvas_class, page_languages
from releasedesk.export.pdf.sections import join_sections, section_stories

if TYPE_CHECKING:
    from collections.abc import Hashable

    from reportlab.platypus.flowables import Flowable

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
    stories = section_stories(plan, template, fonts)
    cache = layoutcache.active()
    keys = _section_keys(plan, stories, template, fonts, page_w - left - right) if cache is not None else []
    skipped = _skip_out_of_view(doc, stories, keys, cache) if cache is not None else set()
    doc.build(join_sections(plan, stories), canvasmaker=numbered_canvas_class(decorator))
    if cache is not None:
        cache.pages_skipped += getattr(doc, "rd_pages_skipped", 0)
        page_langs = page_languages(doc.canv)
        for section, key in zip(plan.sections, keys, strict=True):
            if key is not None and section.lang not in skipped:
                cache.note_page_count(key, page_langs.count(section.lang))


def _section_keys(
    plan: Plan, stories: list[list[Flowable]], template: PdfTemplate, fonts: FontSet, frame_width: float
) -> list[tuple[Hashable, ...] | None]:
    """Per section, what its page count depends on (None: unknown, always laid out)."""
    keys: list[tuple[Hashable, ...] | None] = []
    for section, story in zip(plan.sections, stories, strict=True):
        layout = pagecount.signature(story, frame_width)
        keys.append(None if layout is None else (section.lang, template, fonts, layout))
    return keys


def _skip_out_of_view(
    doc: BaseDocTemplate,
    stories: list[list[Flowable]],
    keys: list[tuple[Hashable, ...] | None],
    cache: layoutcache.LayoutCache,
) -> set[str]:
    """In a draft, sections of known page count skip their pages out of view; returns their languages."""
    visible = draft.drawn_pages()
    if visible is None or not draft.TRIM_OUT_OF_VIEW:
        return set()
    skipping: set[str] = set()
    blank = 0
    for story, key in zip(stories, keys, strict=True):
        pages = None if key is None else cache.page_count(key)
        if key is not None and pages is not None:
            story.insert(0, pagecount.SectionStart(pages))
            story.append(pagecount.SectionEnd())
            skipping.add(str(key[0]))
            blank += pages
    if skipping:
        rlfence.allow_blank_pages(doc, blank)
        doc.filterFlowables = lambda flowables: pagecount.skip_out_of_view(doc, flowables, visible)  # type: ignore[method-assign]  # reportlab's per-document hook
    return skipping

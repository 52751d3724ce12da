"""Drafts that lay out only what the pages in view need: each section's page count is kept between renders.

A draft (draft.py) draws text only on the pages in view, yet it still paginated the whole release to know how many
pages there are. Every language section starts on a new page, so a section's page count depends only on its own
flowables, and of a text block only on its style and its number of lines (`TextBlock.wrap` and `split` look at
nothing else). The layout signature below is exactly that; typing inside a paragraph rarely changes it. When a
section's signature is known, a draft skips the section's pages that are out of view (blank pages, the same count)
instead of laying them out. Full renders never skip: exported and printed bytes are unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import KeepTogether, PageBreak, Spacer

from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.flowables import Bookmark
from releasedesk.export.pdf.textflow import TextBlock

if TYPE_CHECKING:
    from collections.abc import Hashable, Sequence

    from reportlab.platypus.flowables import Flowable

LAYOUT_KEY = "_rd_layout_key"
"""The attribute naming what a flowable's size depends on, set where sections.py builds it from plan values."""


def keyed(flowable: Flowable, *key: Hashable) -> Flowable:
    """Mark `flowable` as laid out from `key` alone (plan values, template figures): equal keys, equal sizes."""
    setattr(flowable, LAYOUT_KEY, key)
    return flowable


def signature(story: Sequence[Flowable], frame_width: float) -> tuple[Hashable, ...] | None:
    """What a section's pagination depends on; None when a flowable's size cannot be told (never reused then)."""
    out: list[Hashable] = []
    for flowable in story:
        part = _part(flowable, frame_width)
        if part is None:
            return None
        out.append(part)
    return tuple(out)


def _part(flowable: Flowable, frame_width: float) -> Hashable | None:
    if isinstance(flowable, TextBlock):
        flowable.wrap(frame_width, 1e9)  # the frame's own width: the lines are cached for the real wrap
        return ("text", flowable.style, flowable.line_count(), flowable.has_label())
    key: Hashable | None = getattr(flowable, LAYOUT_KEY, None)
    if key is not None:
        return key
    if isinstance(flowable, KeepTogether):
        inner = signature(rlfence.kept_together(flowable), frame_width)
        return None if inner is None else ("keep", inner)
    if isinstance(flowable, Bookmark):
        return ("bookmark",)
    if type(flowable) is Spacer:
        return ("spacer", flowable.width, flowable.height)
    return None


class SectionStart(ActionFlowable):
    """Opens a section whose page count is known: from here on, pages out of view may be skipped."""

    def __init__(self, pages: int) -> None:
        super().__init__()
        self.pages = pages

    def apply(self, doc: Any) -> None:
        doc.rd_section_last = doc.canv.getPageNumber() + self.pages - 1


class SectionEnd(ActionFlowable):
    """Closes a section opened by SectionStart."""

    def apply(self, doc: Any) -> None:
        doc.rd_section_last = None


def skip_out_of_view(doc: Any, flowables: list[Flowable], visible: frozenset[int]) -> None:
    """reportlab's filterFlowables hook: when no page left in this section is in view, skip to its last page.

    The section's remaining flowables (split remainders included) become page breaks, so the page count stays.
    """
    last: int | None = getattr(doc, "rd_section_last", None)
    if last is None or not flowables or isinstance(flowables[0], SectionEnd):
        return
    page = doc.canv.getPageNumber()
    if any(page <= number <= last for number in visible):
        return
    end = next((index for index, flowable in enumerate(flowables) if isinstance(flowable, SectionEnd)), None)
    if end is None:  # reportlab's own list of hanging page starts, not the story
        return
    flowables[:end] = [PageBreak() for _ in range(last - page)]
    doc.rd_section_last = None
    doc.rd_pages_skipped = getattr(doc, "rd_pages_skipped", 0) + last - page + 1

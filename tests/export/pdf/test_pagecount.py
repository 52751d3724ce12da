"""Incremental renders: after any edit the cached render is the fresh render's bytes, and a draft that skips the
pages out of view still has every page, with the pages in view as the full render prints them."""

from __future__ import annotations

import copy
import io
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from export.pdf.pdf_reread import pdftotext
from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.export.pdf.fontset import FontSet
from releasedesk.export.pdf.layoutcache import LayoutCache
from releasedesk.export.pdf.pagecount import signature
from releasedesk.export.pdf.styles import build_styles
from releasedesk.export.pdf.template import current_template
from releasedesk.export.pdf.textflow import Segment, TextBlock
from releasedesk.export.plan import PlanRun
from releasedesk.model.richtext import Paragraph, Run
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.model.release import Release

LONG = " Enough further words to make this paragraph run over several more lines of the page, " * 40


def _pdf(release: Release, lang: str, cache: LayoutCache | None, pages: frozenset[int] | None = None) -> bytes:
    options = PdfOptions(invariant=True, layout_cache=cache, draw_pages=pages)
    return render_pdf(release, lang=lang, options=options)


def _page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _paragraphs(release: Release, lang: str) -> list[int]:
    return [i for i, block in enumerate(release.content[lang].body) if isinstance(block, Paragraph)]


def _append(lang: str, where: str, text: str) -> Callable[[Release], None]:
    """An edit typing `text` at the end of the first, middle or last paragraph of `lang`'s body."""

    def edit(release: Release) -> None:
        body = release.content[lang].body
        indexes = _paragraphs(release, lang)
        index = {"start": indexes[0], "middle": indexes[len(indexes) // 2], "end": indexes[-1]}[where]
        block = body[index]
        assert isinstance(block, Paragraph)
        body[index] = replace(block, runs=(*block.runs, Run(text)))

    return edit


def _headline(lang: str, text: str) -> Callable[[Release], None]:
    def edit(release: Release) -> None:
        release.content[lang].headline += text

    return edit


EDITS = {
    "en headline": _headline("en", "!"),
    "zh start": _append("zh-TW", "start", "再加幾個字"),
    "en middle": _append("en", "middle", " typed"),
    "en end": _append("en", "end", " and more"),
    "zh end": _append("zh-TW", "end", "。"),
    "en middle, page break moves": _append("en", "middle", LONG),
}


def test_an_incremental_render_after_each_edit_is_the_fresh_render_byte_for_byte():
    """One warm cache through edits at the start, middle and end, a page break that moves, drafts between the
    full renders, and language switches: every full render equals a cold render without any cache."""
    release = load_sample("long-report")
    cache = LayoutCache()
    assert _pdf(release, "both", cache) == _pdf(release, "both", None)
    before = _page_count(_pdf(release, "both", None))
    for name, edit in EDITS.items():
        edit(release)
        _pdf(release, "both", cache, frozenset({1, 2}))  # the draft the preview shows first
        fresh = _pdf(release, "both", None)
        assert _pdf(release, "both", cache) == fresh, name
    assert _page_count(fresh) > before  # the long edit moved the page breaks after it (one page more)
    for lang in ("en", "zh-TW", "both"):  # a language switch, with the cache warm from the other choice
        _pdf(release, lang, cache, frozenset({1, 2}))
        assert _pdf(release, lang, cache) == _pdf(release, lang, None), lang


@pytest.mark.parametrize("edit_name", list(EDITS))
def test_a_draft_skips_pages_out_of_view_yet_has_every_page_and_the_pages_in_view_as_printed(edit_name):
    release = load_sample("long-report")
    cache = LayoutCache()
    _pdf(release, "both", cache)  # the full render before the edit: it notes each section's page count
    edited = copy.deepcopy(release)
    EDITS[edit_name](edited)
    full = _pdf(edited, "both", None)
    total = _page_count(full)
    for view in ({1, 2}, {9, 10}, {12, 13}, {total - 1, total}):
        cache.reset_counts()
        draft = _pdf(edited, "both", cache, frozenset(view))
        assert _page_count(draft) == total, (edit_name, view)
        for page in view:
            assert pdftotext(draft, first=page, last=page) == pdftotext(full, first=page, last=page), (view, page)
        if "page break" not in edit_name:  # the edited section's line counts are as before: its count is known
            assert cache.pages_skipped >= total // 2, (edit_name, view)


def test_a_section_of_changed_line_count_is_laid_out_in_full_then_known():
    release = load_sample("long-report")
    cache = LayoutCache()
    _pdf(release, "en", cache)
    _append("en", "middle", LONG)(release)
    cache.reset_counts()
    draft = _pdf(release, "en", cache, frozenset({1, 2}))
    assert cache.pages_skipped == 0  # a new signature: no count to trust yet
    assert _page_count(draft) == _page_count(_pdf(release, "en", None))
    cache.reset_counts()
    _pdf(release, "en", cache, frozenset({1, 2}))
    assert cache.pages_skipped > 0  # the draft above noted the new count


def test_drafts_skip_nothing_without_the_layout_cache():
    release = load_sample("long-report")
    draft = _pdf(release, "both", None, frozenset({1, 2}))
    assert _page_count(draft) == _page_count(_pdf(release, "both", None))


def _block(text: str) -> TextBlock:
    fonts = FontSet(current_template().fonts)
    style = build_styles(current_template(), "en").body
    return TextBlock((Segment((PlanRun(text, "latin"),)),), style, fonts)


def test_the_signature_is_the_line_count_not_the_text():
    width = 300.0
    short, other = signature([_block("A short line.")], width), signature([_block("Another one.")], width)
    assert short == other
    assert signature([_block("word " * 60)], width) != short
    assert signature([object()], width) is None  # type: ignore[list-item]  # a flowable it cannot size


def test_canary_reportlab_keeps_what_pagecount_reads():
    """rlfence.kept_together and allow_blank_pages rely on KeepTogether._content and the empty-page guard."""
    from reportlab.platypus.doctemplate import LayoutError, SimpleDocTemplate
    from reportlab.platypus.flowables import KeepTogether, PageBreak, Spacer

    from releasedesk.export.pdf import rlfence

    spacers = [Spacer(1, 2), Spacer(1, 3)]
    assert rlfence.kept_together(KeepTogether(spacers)) == spacers
    story = [Spacer(1, 2)] + [PageBreak() for _ in range(14)]
    with pytest.raises(LayoutError):  # the guard: more than 10 blank pages in a row
        SimpleDocTemplate(io.BytesIO()).build(list(story))
    doc = SimpleDocTemplate(io.BytesIO())
    rlfence.allow_blank_pages(doc, 14)
    doc.build(list(story))
    assert doc.canv.getPageNumber() == 15

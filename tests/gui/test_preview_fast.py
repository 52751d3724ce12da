"""The preview keeps up: the page in view first, unchanged paragraphs from the layout cache, never stale content."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import pypdf
from PySide6.QtCore import QPointF

from releasedesk.approval import workflow
from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.export.pdf.layoutcache import SHARED
from releasedesk.gui.preview import DEBOUNCE_MS
from releasedesk.samples import load_sample

from .helpers import type_text

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow

TIMEOUT_MS = 20_000


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _watermarked(data: bytes) -> bool:
    """The watermark is drawn as translucent glyph outlines (not text): look for its fill transparency."""
    states = pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"].get("/ExtGState") or {}
    return any(float(state.get("/ca", 1)) < 1 for state in states.values())


def _uncached(window: MainWindow) -> list[str]:
    """What Export PDF would print now, rendered without any cache."""
    return _pages(render_pdf(window.current_release(), lang=window.preview.lang(), options=PdfOptions()))


def _settle(qtbot: Any, window: MainWindow) -> list[str]:
    """Refresh and wait for the full PDF; its pages' text."""
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()
    qtbot.wait(DEBOUNCE_MS + 50)  # a debounced refresh from the edit itself may still be due
    qtbot.waitUntil(lambda: not window.preview._busy and not window.preview._timer.isActive(), timeout=TIMEOUT_MS)
    return _pages(window.preview.pdf_bytes)


def test_debounce_is_at_most_150_ms() -> None:
    assert DEBOUNCE_MS <= 150


def test_an_edit_shows_the_page_in_view_first_then_every_page(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    window.preview.visible_first = True  # off by default (typing cost, see PreviewWidget.visible_first)
    window.preview.set_lang("en")
    before = _settle(qtbot, window)
    assert len(before) > 4
    events: list[str] = []
    window.preview.visiblePageShown.connect(lambda _page: events.append("visible"))
    window.preview.refreshed.connect(lambda _pages: events.append("full"))
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.panes["en"].headline.setText("Headline typed just now")
        window.preview.refresh_now()
    assert events[:2] == ["visible", "full"]
    draft = _pages(window.preview.draft_bytes)
    full = _pages(window.preview.pdf_bytes)
    assert len(draft) == len(full)  # every page laid out in the draft: the page count and positions are final
    assert "Headline typed just now" in draft[0]
    assert "Headline typed just now" in full[0]
    assert len(draft[-2]) < len(full[-2]) / 2  # pages out of view: their text is drawn only in the full render
    assert full == _uncached(window)


def test_the_page_in_view_is_the_one_drawn_first(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    window.preview.visible_first = True  # off by default (typing cost, see PreviewWidget.visible_first)
    window.preview.set_lang("en")
    full = _settle(qtbot, window)
    navigator = window.preview.view.pageNavigator()
    navigator.jump(6, QPointF(), window.preview.view.zoomFactor())
    qtbot.waitUntil(lambda: navigator.currentPage() == 6, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.preview.visiblePageShown, timeout=TIMEOUT_MS) as shown:
        window.preview.refresh_now()
    assert shown.args == [6]
    draft = _pages(window.preview.draft_bytes)
    lines = [line for line in full[6].split("\n") if len(line) > 20]
    assert lines
    assert all(line in draft[6] for line in lines)
    assert len(draft[0]) < len(full[0]) / 2  # page 1 out of view: its body, head and footer not drawn in the draft
    qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS).wait()


def test_unchanged_paragraphs_come_from_the_cache(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    window.preview.set_lang("en")
    _settle(qtbot, window)
    window.panes["en"].headline.setText("One changed headline, laid out once")
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()
    stats = window.preview.worker.stats  # counted in the worker process, which keeps its cache between edits
    assert stats["misses"] == 2  # the headline's glyphs and its line breaks; the rest reused
    assert stats["hits"] > 300


def test_the_in_window_fallback_uses_the_same_cache(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    window.preview.use_process = False
    window.preview.set_lang("en")
    _settle(qtbot, window)
    SHARED.reset_counts()
    window.panes["en"].headline.setText("One changed headline, laid out once")
    _settle(qtbot, window)
    assert SHARED.misses == 2
    assert SHARED.hits > 300


def test_edit_undo_language_and_status_never_show_stale_content(qtbot: Any, make_window: Any) -> None:
    release = load_sample("announcement")
    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明")
    window = make_window(release)
    window.preview.set_lang("en")
    approved = _settle(qtbot, window)
    assert approved == _uncached(window)
    assert not _watermarked(window.preview.pdf_bytes)

    body = window.panes["en"].body
    body.setFocus()
    type_text(body, "Fares rise 50% ")
    edited = _settle(qtbot, window)
    assert edited == _uncached(window) != approved
    assert "Fares rise 50%" in "".join(edited)
    assert _watermarked(window.preview.pdf_bytes)  # the edit ends the approval: the preview shows the watermark

    while body.document().isUndoAvailable():
        body.undo()
    undone = _settle(qtbot, window)
    assert undone == approved  # back to the approved text, from the cache
    assert not _watermarked(window.preview.pdf_bytes)  # approved again: no watermark

    window.preview.set_lang("zh-TW")
    chinese = _settle(qtbot, window)
    assert chinese == _uncached(window)
    assert chinese != approved
    window.preview.set_lang("both")
    both = _settle(qtbot, window)
    assert both == _uncached(window)
    assert len(both) > len(chinese)

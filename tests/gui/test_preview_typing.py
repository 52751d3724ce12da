"""Typing while the preview renders: the request's snapshot is the full one, and nothing is swapped in mid-typing."""

from __future__ import annotations

import io
from typing import Any

import pypdf

from releasedesk.fileformat.store import dumps
from releasedesk.samples import load_sample

TIMEOUT_MS = 20_000


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_a_draft_that_arrives_while_typing_goes_on_waits_for_the_pause(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    preview = window.preview
    preview.set_lang("en")
    with qtbot.waitSignal(preview.refreshed, timeout=TIMEOUT_MS):
        preview.refresh_now()
    qtbot.wait(300)  # a debounced refresh from showing the release may still be due
    with qtbot.waitSignal(preview.refreshed, timeout=TIMEOUT_MS):
        preview.refresh_now()
    shown_before = preview.document()
    drafts: list[int] = []
    preview.visiblePageShown.connect(drafts.append)
    window.panes["en"].headline.setText("Typed while the page in view renders")
    with qtbot.waitSignal(preview.worker.rendered, timeout=TIMEOUT_MS):
        preview.refresh_now()  # the draft of the page in view, then the full PDF, are on their way
        preview._timer.setInterval(60_000)  # noqa: SLF001 - the debounce, kept running while both arrive
        preview.schedule()  # ... and typing goes on until both are in
    assert drafts == []
    assert preview.document() is shown_before  # nothing swapped into the view while typing went on
    with qtbot.waitSignal(preview.refreshed, timeout=TIMEOUT_MS):
        preview.refresh_now()  # the pause: what was held is shown at once
    assert "Typed while the page in view renders" in _pages(preview.pdf_bytes)[0]


def test_the_request_carries_exactly_the_full_snapshot_after_typing(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    preview = window.preview
    sent: list[bytes] = []
    request = preview.worker.request
    preview.worker.request = lambda generation, release, *args, **kwargs: (  # type: ignore[method-assign]
        sent.append(release),
        request(generation, release, *args, **kwargs),
    )
    body = window.panes["en"].body
    for round_ in range(3):
        cursor = body.textCursor()
        cursor.setPosition(body.document().findBlockByNumber(10 * round_ + 3).position())
        cursor.insertText(f"Round {round_} typed here. ")
        body.setTextCursor(cursor)
        with qtbot.waitSignal(preview.refreshed, timeout=TIMEOUT_MS):
            preview.refresh_now()
        assert sent[-1] == dumps(window.current_release(), compact=True)
    blocks = sum(len(content.body) for content in window.current_release().content.values())
    assert preview.encoder.encoded <= blocks + 3  # both bodies once, then only the paragraph each round edited

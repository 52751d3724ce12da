"""The preview renders in a worker process: edits reach the page, a killed worker comes back, stale answers drop."""

from __future__ import annotations

import io
import os
import signal
from typing import TYPE_CHECKING, Any

import pypdf

from releasedesk.gui import preview_process
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow

TIMEOUT_MS = 30_000


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def _shown(window: MainWindow) -> str:
    """The text of the document the view holds now (not just the bytes the widget kept)."""
    document = window.preview.document()
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def _worker_pid(qtbot: Any, window: MainWindow) -> int:
    """The worker's pid, once it runs (it starts after the window's first frame); never 0: os.kill(0, …) would kill
    the whole process group."""
    qtbot.waitUntil(lambda: window.preview.worker.pid() > 0, timeout=TIMEOUT_MS)
    return window.preview.worker.pid()


def _edit_and_wait(qtbot: Any, window: MainWindow, headline: str) -> None:
    window.panes["en"].headline.setText(headline)
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()


def test_an_edit_reaches_the_page_through_the_worker_process(qtbot: Any, window: MainWindow) -> None:
    assert window.preview.use_process
    pid = _worker_pid(qtbot, window)
    assert pid != os.getpid()
    _edit_and_wait(qtbot, window, "Rendered in another process")
    assert "Rendered in another process" in _shown(window)
    assert window.preview.worker.pid() == pid  # one long-lived worker, not one per edit


def test_a_killed_worker_is_restarted_and_says_so(qtbot: Any, window: MainWindow) -> None:
    _edit_and_wait(qtbot, window, "Before the crash")
    old = _worker_pid(qtbot, window)
    window.panes["en"].headline.setText("Asked for while the worker dies")
    window.preview.refresh_now()
    os.kill(old, signal.SIGKILL)
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        pass  # the unanswered request goes to the new worker
    assert "Asked for while the worker dies" in _shown(window)
    assert window.preview.notice.isVisible()
    assert "restarted" in window.preview.notice.text()
    assert "\n" not in window.preview.notice.text()
    new = window.preview.worker.pid()
    assert new
    assert new != old
    _edit_and_wait(qtbot, window, "After the restart")
    assert "After the restart" in _shown(window)


def test_an_answer_to_an_older_edit_is_never_shown(qtbot: Any, make_window: Any) -> None:
    window = make_window(load_sample("long-report"))
    window.preview.set_lang("en")
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()
    answers: list[tuple[int, str]] = []
    window.preview.worker.rendered.connect(lambda generation, data, error: answers.append((generation, error)))
    shown: list[str] = []
    window.preview.refreshed.connect(lambda _pages: shown.append(_text(window.preview.pdf_bytes)))
    window.panes["en"].headline.setText("Older edit")
    window.preview.refresh_now()
    first = window.preview._generation
    qtbot.wait(30)  # the worker has started on the older edit: it will answer it in full, too late
    window.panes["en"].headline.setText("Newer edit")
    window.preview.refresh_now()
    qtbot.waitUntil(lambda: any(generation > first for generation, _ in answers), timeout=TIMEOUT_MS)
    qtbot.wait(200)
    assert [generation for generation, _ in answers] == [first, first + 1]  # the older one was answered ...
    assert len(shown) == 1
    assert "Newer edit" in shown[0]
    assert "Older edit" not in shown[0]
    assert "Newer edit" in _shown(window)


def test_a_worker_that_cannot_start_falls_back_to_the_window(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    monkeypatch.setattr(preview_process.sys, "executable", "/nonexistent/python")
    os.kill(_worker_pid(qtbot, window), signal.SIGKILL)
    qtbot.waitUntil(lambda: not window.preview.use_process, timeout=TIMEOUT_MS)
    assert "rendering in the window" in window.preview.notice.text()
    _edit_and_wait(qtbot, window, "Rendered in the window")
    assert "Rendered in the window" in _shown(window)


def test_a_result_that_arrives_while_typing_goes_on_waits_for_the_pause(qtbot: Any, window: MainWindow) -> None:
    _edit_and_wait(qtbot, window, "Settled")
    window.preview._timer.setInterval(60_000)  # typing goes on for as long as the test needs
    window.panes["en"].headline.setText("Held until typing pauses")
    window.preview.refresh_now()
    window.preview.schedule()  # another key: the debounce timer runs when the answer comes
    with qtbot.waitSignal(window.preview.worker.rendered, timeout=TIMEOUT_MS):
        pass
    qtbot.wait(50)
    assert "Held until typing pauses" not in _shown(window)  # the view kept its document: no swap between keys
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()  # what the timer does once typing pauses: the held pages first
    assert "Held until typing pauses" in _shown(window)

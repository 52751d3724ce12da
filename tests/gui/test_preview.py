"""The live preview: renders the exporter's PDF after edits, off the GUI thread, with the right page count."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize

from gui.helpers import type_text
from releasedesk.export.pdf import render_pdf
from releasedesk.samples import load_sample

TIMEOUT_MS = 20_000


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _wait_refresh(qtbot, window):
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS) as blocker:
        pass
    return blocker.args[0]


def test_preview_shows_the_exporters_pages(qtbot, window):
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS) as blocker:
        window.preview.refresh_now()
    expected = len(PdfReader(__import__("io").BytesIO(render_pdf(load_sample(), lang="both"))).pages)
    assert blocker.args == [expected]
    document = window.preview.document()
    assert document.pageCount() == expected
    image = document.render(0, QSize(300, 424))
    assert not image.isNull()


def test_preview_updates_after_an_edit(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()
    window.panes["en"].headline.selectAll()
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        type_text(window.panes["en"].headline, "Preview follows typing")  # debounced: one refresh
    text = _pdf_text(window.preview.pdf_bytes, tmp_path)
    assert "Preview follows typing" in text


def test_preview_language_choice_and_scroll_position_survives(qtbot, window):
    window.preview_dock.show()
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS) as both:
        window.preview.refresh_now()
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS) as english:
        window.preview.set_lang("en")
    assert english.args[0] < both.args[0]
    assert window.settings.preview_language == "en"

    window.preview.set_lang("both")
    qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS).wait()
    qtbot.wait(300)  # let the first layout of the dock settle before scrolling like a user
    bar = window.preview.view.verticalScrollBar()
    if bar.maximum() == 0:
        pytest.skip("the preview is too small to scroll here")
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.panes["en"].headline.setText("Scrolled refresh")
    qtbot.wait(50)
    assert bar.value() == kept


def test_preview_says_so_when_the_chosen_language_is_excluded(qtbot, window):
    window.preview.set_lang("en")
    qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS).wait()
    window.panes["en"].include.setChecked(False)
    qtbot.waitUntil(lambda: window.preview.message.isVisible(), timeout=TIMEOUT_MS)
    assert "no text" in window.preview.message.text()


def test_stale_results_are_dropped(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.preview.refreshed, timeout=TIMEOUT_MS):
        window.preview.refresh_now()
    shown: list[str] = []
    window.preview.refreshed.connect(lambda _pages: shown.append(_pdf_text(window.preview.pdf_bytes, tmp_path)))
    window.panes["en"].headline.setText("First version")
    window.preview.refresh_now()  # starts rendering "First version"
    window.panes["en"].headline.setText("Second version")
    window.preview.refresh_now()  # busy: queued, and the first result becomes stale
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    qtbot.wait(300)
    assert len(shown) == 1
    assert "Second version" in shown[0]
    assert "First version" not in shown[0]


def test_closing_while_rendering_waits_for_the_worker(qtbot, make_window):
    from releasedesk.samples import load_sample

    window = make_window(load_sample("long-report"))
    window.preview.refresh_now()
    assert window.preview._busy
    window.setWindowModified(False)
    assert window.close()  # returns only after the render finished; no result arrives at a closed window
    qtbot.wait(100)

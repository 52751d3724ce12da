"""The live layout preview: the PDF exporter's own output, rendered in a worker process and shown with QtPdf.

The worker (gui/preview_process.py, releasedesk/preview/worker.py) gets the release as its file-format bytes and
answers with the PDF that `preview.source.render` makes, the function printing uses too: what is shown is what is
printed. The older in-window path (a render thread) stays as the fallback when the worker keeps failing, and as
"today" in benchmarks/gui.py.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from releasedesk.fileformat.store import dumps
from releasedesk.gui.first_paint import after_first_paint
from releasedesk.gui.preview_process import PreviewProcess
from releasedesk.preview import source as pdf_source
from releasedesk.preview.encoder import SnapshotEncoder

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Release
from releasedesk.errors import ReleaseDeskError

DEBOUNCE_MS = 120
"""Renders are cheap now that unchanged paragraphs keep their layout (export/pdf/layoutcache.py)."""
NOTICE_MS = 15_000
"""How long the one-line notice that the worker was restarted stays."""
RENDER_SWITCH_INTERVAL = 0.0005
"""In-window path only: while the render thread builds a PDF (pure Python, holding the GIL), hand the GIL back to
the GUI thread every 0.5 ms instead of every 5 ms: measured p95 keystroke latency drops while the render slows only
slightly."""
ZOOM_STEP = 1.25
STALE = "stale"
DRAFT_WAIT_S = 1.0
DRAFT_MIN_PAGES = 2
"""Up to this many pages one full render is as quick as a draft and then the full PDF. Drafts now skip the pages out
of view (export/pdf/pagecount.py), so from three pages on the page in view comes sooner: `benchmarks/gui.py
--preview-only --sample announcement`, 4 pages, two alternating runs at load ~1: 85 / 71 ms with a draft against
88 / 93 ms without; on 2 pages 60 / 49 ms against 55 / 56 ms, so two pages stay a single render."""


class _Signals(QObject):
    draft = Signal(int, object)
    done = Signal(int, object, str)


class _RenderTask(QRunnable):
    """Renders one snapshot; the release is a fresh copy, so the GUI thread never shares it.

    With `visible` pages (1-based) it first renders a draft that draws only those pages (every page laid out, so
    the page count and positions are final) and sends it, then the full PDF, unless a newer edit already arrived.
    """

    def __init__(
        self,
        generation: int,
        release: Release,
        lang: LangChoice,
        signals: _Signals,
        *,
        layout_cache: bool,
        visible: frozenset[int] | None,
        latest: Callable[[], int],
        template: HouseStyle | None = None,
    ) -> None:
        super().__init__()
        self.template = template
        self.generation, self.release, self.lang, self.signals = generation, release, lang, signals
        self.layout_cache, self.visible, self.latest = layout_cache, visible, latest
        self.draft_handled = threading.Event()
        """Set by the GUI thread once the draft is on screen: the full render waits, so it does not compete with
        showing the draft for the GIL."""

    def run(self) -> None:
        try:
            if self.visible is not None:
                draft = pdf_source.render(
                    self.release, self.lang, layout_cache=self.layout_cache, pages=self.visible, template=self.template
                )
                self.signals.draft.emit(self.generation, draft)
                self.draft_handled.wait(DRAFT_WAIT_S)
                if self.latest() != self.generation:  # typing went on: the full render would be stale
                    self.signals.done.emit(self.generation, b"", STALE)
                    return
            data = pdf_source.render(self.release, self.lang, layout_cache=self.layout_cache, template=self.template)
            error = ""
        except pdf_source.PreviewUnavailable as problem:
            data, error = b"", str(problem)
        except Exception as problem:  # the preview must never take the window down
            data, error = b"", f"{type(problem).__name__}: {problem}"
        self.signals.done.emit(self.generation, data, error)


def load_pdf(data: bytes | QByteArray, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over in-memory bytes; the buffer is the document's child, so it lives exactly as long."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # None: no parent (PySide6 accepts it; the stub does not)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def _as_bytes(data: bytes | QByteArray) -> bytes:
    """The PDF bytes of a render, whichever side of a queued signal they crossed as."""
    return data if isinstance(data, bytes) else bytes(data.data())


class PreviewWidget(QWidget):
    """Debounced, one render at a time, newest request wins; the view keeps its scroll position across refreshes."""

    refreshed = Signal(int)
    """A new PDF is shown; the argument is its page count."""
    visiblePageShown = Signal(int)
    """The page in view (0-based) is shown from a draft; the full PDF follows with `refreshed`."""
    languageChanged = Signal(str)

    def __init__(self, snapshot: Callable[[], Release], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._rendered)
        self._signals.draft.connect(self._drafted)
        self._generation = 0
        self._busy = False
        self._pending = False
        self.pdf_bytes = b""
        self.layout_cache = True
        """Keep unchanged paragraphs' layout between renders (the benchmark switches it off to compare)."""
        self.template_for: Callable[[Release], HouseStyle | None] = lambda _release: None
        """The house style for a release (the library's agency profile template); None: the default one."""
        self.visible_first = True
        """Show the page in view from a draft before the full render, when the worker renders (benchmarks/gui.py on a
        quiet machine, 2026-11-30, 21-page sample: page in view 126 ms against 183 ms, typing p95 while it renders
        8.2 ms against 19.9 ms). Turned off when rendering falls back into the window, where two documents built
        and loaded per edit made typing worse."""
        self.draft_bytes = b""
        self._held: tuple[bytes, bool] | None = None
        """The newest result (PDF bytes, whether final or the page-in-view draft), kept back because it arrived
        while typing went on (setting a new document into the view takes tens of milliseconds on the GUI thread
        for a long release: benchmarks/gui.py)."""
        self._task: _RenderTask | None = None
        self.last_render_seconds = 0.0
        self._started = 0.0
        self._switch_interval = sys.getswitchinterval()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)
        self.encoder = SnapshotEncoder()
        self.reuse_encoded = True
        """Encode only the body blocks an edit made for the worker (preview/encoder.py); off: `dumps` of the
        whole release each time (the benchmark's comparison). The bytes are the same either way."""
        self.hold_drafts = True
        """A draft that arrives while typing goes on waits for the pause, as a full result does (showing it cost a
        keystroke ~20 ms on the long sample); off: shown at once (the benchmark's comparison)."""
        self.use_process = True
        """Render in the worker process (the in-window thread is the fallback, and "today" in the benchmark)."""
        self.worker = PreviewProcess(self)
        self.worker.drafted.connect(self._drafted)
        self.worker.rendered.connect(self._rendered)
        self.worker.restarted.connect(self._worker_restarted)
        self.worker.failed.connect(self._worker_failed)
        # after the window's first frame (it imports reportlab and parses fonts: on a busy machine that competed
        # with the window for the processor), unless a render is asked for before that
        self._closed = False
        after_first_paint(parent or self, self._start_worker)

        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.language = QComboBox(self)
        self.language.setObjectName("preview_language")
        self.language.addItem(self.tr("Both languages"), "both")
        self.language.addItem(self.tr("Chinese (zh-TW)"), "zh-TW")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.page = QSpinBox(self)
        self.page.setObjectName("preview_page")
        self.page.setRange(1, 1)
        self.page.setToolTip(self.tr("Go to page"))
        self.page.valueChanged.connect(self._jump)
        self.page_count = QLabel(self.tr("of %n", "", 1), self)
        zoom_out = self._button("−", self.tr("Zoom out"), self.zoom_out)
        zoom_in = self._button("+", self.tr("Zoom in"), self.zoom_in)
        fit = self._button(self.tr("Fit"), self.tr("Fit the page width"), self.fit_width)
        self.message = QLabel(self)
        self.message.setObjectName("preview_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("preview_notice")
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addSpacing(8)
        for button in (zoom_out, zoom_in, fit):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # language ------------------------------------------------------------------------------------------------
    def lang(self) -> LangChoice:
        return self.language.currentData()

    def set_lang(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)

    @Slot(int)
    def _language_changed(self, _index: int) -> None:
        self.languageChanged.emit(self.lang())
        self.refresh_now()

    # rendering -----------------------------------------------------------------------------------------------
    @Slot()
    def schedule(self) -> None:
        """Call after every edit: renders once the typing pauses."""
        self._timer.start()

    @Slot()
    def refresh_now(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        held, self._held = self._held, None
        if held is not None:  # a result that came while typing went on: shown now that typing paused
            if not held[1]:
                self.draft_bytes = held[0]
            self._show(held[0], final=held[1])
        if self._busy:  # one request at a time: the edit is sent once the current answer is in (and dropped)
            self._pending = True
            return
        if self.use_process:
            self._ask_worker()
        else:
            self._render_in_window()

    def _ask_worker(self) -> None:
        """The snapshot is taken here, on the GUI thread, once per request (benchmarks/gui.py: sending one per
        debounce while the worker was busy cost typing more than the worker saved)."""
        self._generation += 1
        self._busy = True
        self._started = time.perf_counter()
        release = self._snapshot()
        self.worker.request(
            self._generation,
            self.encoder.dumps(release) if self.reuse_encoded else dumps(release, compact=True),
            self.lang(),
            pages=self._visible_pages() if self.visible_first else None,
            layout_cache=self.layout_cache,
            template=self._template(release),
        )

    def _render_in_window(self) -> None:
        """On a thread of this process: the fallback when the worker keeps failing, and "today" in the benchmark."""
        self._generation += 1
        self._busy = True
        self._started = time.perf_counter()
        sys.setswitchinterval(RENDER_SWITCH_INTERVAL)
        visible = self._visible_pages() if self.visible_first else None
        release = self._snapshot()
        template = self._template(release)
        task = _RenderTask(
            self._generation,
            release,
            self.lang(),
            self._signals,
            layout_cache=self.layout_cache,
            visible=visible,
            latest=self._latest,
            template=template,
        )
        self._task = task
        self._pool.start(task)

    def _template(self, release: Release) -> HouseStyle | None:
        """The house style of the release's agency profile, None for the default one."""
        try:
            return self.template_for(release)
        except ReleaseDeskError:  # a broken profile template: exporting says so; the preview shows the default
            return None

    def _latest(self) -> int:
        """The newest generation asked for (read from the worker: a queued refresh counts as newer).

        Typing that has not yet paused does not: the full render goes on, so pages out of view never stay undrawn.
        """
        return self._generation + 1 if self._pending else self._generation

    def _visible_pages(self) -> frozenset[int] | None:
        """The pages (1-based) in view: the current one and the next, which the view may show in part.

        None before the first document and for short ones: the whole release is rendered at once then.
        """
        document = self.view.document()
        if document is None or document.pageCount() == 0:
            return None
        current = self.view.pageNavigator().currentPage()
        if document.pageCount() <= DRAFT_MIN_PAGES:
            return None
        return frozenset({current + 1, current + 2})

    @Slot(int, object)
    def _drafted(self, generation: int, data: bytes | QByteArray) -> None:
        try:
            if generation != self._generation or self._pending:
                return
            if self.hold_drafts and self._timer.isActive():  # typing went on: shown at the pause (or the full PDF)
                self._held = (_as_bytes(data), False)
                return
            self.draft_bytes = _as_bytes(data)
            self._show(self.draft_bytes, final=False)
            self.visiblePageShown.emit(self.view.pageNavigator().currentPage())
        finally:
            if self._task is not None:
                self._task.draft_handled.set()

    @Slot(int, object, str)
    def _rendered(self, generation: int, data: bytes | QByteArray, error: str) -> None:
        """A result from the worker process or the render thread; anything but the newest request's is dropped."""
        if generation != self._generation:
            return
        self._busy = False
        sys.setswitchinterval(self._switch_interval)
        if self._pending:  # newer edits arrived while rendering: this result is already stale
            self._pending = False
            self.refresh_now()
            return
        self.last_render_seconds = time.perf_counter() - self._started
        if error == STALE:
            return
        if error:
            self._show_message(error)
            return
        if self._timer.isActive():  # typing resumed: swapping the document now would hold up the next keys
            self._held = (_as_bytes(data), True)
            return
        self._show(_as_bytes(data))

    @Slot(str)
    def _worker_restarted(self, why: str) -> None:
        self._say(self.tr("The preview renderer stopped (%1) and was restarted.").replace("%1", why))

    @Slot(str)
    def _worker_failed(self, why: str) -> None:
        text = self.tr("The preview renderer keeps stopping (%1): rendering in the window instead.")
        self._say(text.replace("%1", why))
        self.use_process = False
        self.visible_first = False  # in the window the draft costs typing more than it saves (see visible_first)
        self._busy = False
        self.refresh_now()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    def _show_message(self, error: str) -> None:
        if error == "no-text":
            error = self.tr("The release has no text in this language.")
        else:
            error = self.tr("The preview could not be rendered: %1").replace("%1", error)
        self.message.setText(error)
        self.message.show()

    def _show(self, data: bytes, *, final: bool = True) -> None:
        self.message.hide()
        vertical = self.view.verticalScrollBar().value()
        horizontal = self.view.horizontalScrollBar().value()
        document = load_pdf(data, self)
        old = self.view.document()
        self.view.setDocument(document)
        if final:
            self.pdf_bytes = data
        if old is not None:
            old.deleteLater()
        pages = document.pageCount()
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, pages))
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("of %n", "", pages))
        self._restore_scroll(vertical, horizontal)
        QTimer.singleShot(0, lambda: self._restore_scroll(vertical, horizontal))
        if final:
            self.refreshed.emit(pages)

    def _restore_scroll(self, vertical: int, horizontal: int) -> None:
        self.view.verticalScrollBar().setValue(vertical)
        self.view.horizontalScrollBar().setValue(horizontal)

    def document(self) -> QPdfDocument | None:
        return self.view.document()

    def _start_worker(self) -> None:
        if not self._closed and not self.worker.running():
            self.worker.start()

    def shutdown(self) -> None:
        """Stop the timer and wait for a running render, so no result arrives after the window is gone."""
        self._closed = True  # a start or a render asked for later (after the first frame) does nothing
        self._timer.stop()
        self._pending = False
        self.worker.stop()
        if self._task is not None:
            self._task.draft_handled.set()  # a worker waiting for its draft to be shown: it never will be
        self._pool.waitForDone()
        old = self.view.document()
        self.view.setDocument(QPdfDocument(self))  # detach the real document before anything is destroyed
        if old is not None:
            old.deleteLater()

    # navigation and zoom ---------------------------------------------------------------------------------------
    @Slot(int)
    def _jump(self, page: int) -> None:
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.2, factor)))

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

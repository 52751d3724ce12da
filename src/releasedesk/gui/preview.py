"""The live layout preview: the PDF exporter's own output, rendered off the GUI thread and shown with QtPdf."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

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

from releasedesk.errors import ReleaseDeskError
from releasedesk.export.layout import LangChoice
from releasedesk.export.style import HouseStyle
from releasedesk.gui import pdf_source
from releasedesk.model.release import Release

DEBOUNCE_MS = 120
"""Renders are cheap now that unchanged paragraphs keep their layout (export/pdf/layoutcache.py)."""
RENDER_SWITCH_INTERVAL = 0.0005
"""While the worker builds a PDF (pure Python, holding the GIL), hand the GIL back to the GUI thread every 0.5 ms
instead of every 5 ms: measured p95 keystroke latency drops while the render slows only slightly."""
ZOOM_STEP = 1.25
STALE = "stale"
DRAFT_WAIT_S = 1.0
DRAFT_MIN_PAGES = 4
"""Up to this many pages one full render is as quick as a draft and then the full PDF (benchmarks/gui.py: 4-page
sample 106 ms full, 109 ms draft; 21 pages 243 ms full, 158 ms draft): a draft skips drawing the pages out of view
but paginates everything again."""


class _Signals(QObject):
    draft = Signal(int, QByteArray)
    done = Signal(int, QByteArray, str)


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
                self.signals.draft.emit(self.generation, QByteArray(draft))
                self.draft_handled.wait(DRAFT_WAIT_S)
                if self.latest() != self.generation:  # typing went on: the full render would be stale
                    self.signals.done.emit(self.generation, QByteArray(), STALE)
                    return
            data = pdf_source.render(self.release, self.lang, layout_cache=self.layout_cache, template=self.template)
            error = ""
        except pdf_source.PreviewUnavailable as problem:
            data, error = b"", str(problem)
        except Exception as problem:  # the preview must never take the window down
            data, error = b"", f"{type(problem).__name__}: {problem}"
        self.signals.done.emit(self.generation, QByteArray(data), error)


def load_pdf(data: bytes | QByteArray, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over in-memory bytes; the buffer is the document's child, so it lives exactly as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


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
        self.template_for: Callable[[Release], HouseStyle | None] = lambda _release: None
        """The house style for a release (the library's agency profile template); None: the default one."""
        """Keep unchanged paragraphs' layout between renders (the benchmark switches it off to compare)."""
        self.visible_first = False
        """Show the page in view from a draft before the full render. Off by default: measured with benchmarks/gui.py
        (2026-11-30, long sample) it shows the page in view sooner (193 vs 311 ms) but typing while it renders gets
        worse (p95 77 ms against 48 ms with the caches alone), since two documents are built and loaded in this
        process; rendering in a separate process is the way to have both."""
        self.draft_bytes = b""
        self._task: _RenderTask | None = None
        self.last_render_seconds = 0.0
        self._started = 0.0
        self._switch_interval = sys.getswitchinterval()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)

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
        if self._busy:
            self._pending = True
            return
        self._generation += 1
        self._busy = True
        self._started = time.perf_counter()
        sys.setswitchinterval(RENDER_SWITCH_INTERVAL)
        visible = self._visible_pages() if self.visible_first else None
        release = self._snapshot()
        try:
            template = self.template_for(release)
        except ReleaseDeskError:  # a broken profile template: exporting says so; the preview shows the default
            template = None
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

    @Slot(int, QByteArray)
    def _drafted(self, generation: int, data: QByteArray) -> None:
        try:
            if generation != self._generation or self._pending:
                return
            self.draft_bytes = bytes(data)
            self._show(self.draft_bytes, final=False)
            self.visiblePageShown.emit(self.view.pageNavigator().currentPage())
        finally:
            if self._task is not None:
                self._task.draft_handled.set()

    @Slot(int, QByteArray, str)
    def _rendered(self, generation: int, data: QByteArray, error: str) -> None:
        self._busy = False
        sys.setswitchinterval(self._switch_interval)
        if self._pending:  # newer edits arrived while rendering: this result is already stale
            self._pending = False
            self.refresh_now()
            return
        if generation != self._generation:
            return
        self.last_render_seconds = time.perf_counter() - self._started
        if error == STALE:
            return
        if error:
            self._show_message(error)
            return
        self._show(bytes(data))

    def _show_message(self, error: str) -> None:
        if error == "no-text":
            error = self.tr("The release has no text in this language.")
        elif error.startswith("PDF export is not available"):
            error = self.tr("The preview needs the PDF exporter, which this version does not have.")
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

    def shutdown(self) -> None:
        """Stop the timer and wait for a running render, so no result arrives after the window is gone."""
        self._timer.stop()
        self._pending = False
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

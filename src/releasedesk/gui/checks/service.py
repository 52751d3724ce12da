"""Checks off the GUI thread: one worker, results cached per (language, text), so only changed blocks are checked.

Highlighters ask `visible(lang, text)`; a miss queues the text for the worker and returns None, and `checked` tells
them which texts now have results. "Ignore here" and the glossary's missing-English findings live here too.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future, ThreadPoolExecutor

    from releasedesk.checks.findings import Finding
    from releasedesk.checks.runner import Checker

Key = tuple[str, str]
CACHE_SIZE = 20_000


class CheckService(QObject):
    """Runs the checks on a worker thread and caches the findings by text, for the underlines and the panel."""

    checked = Signal(object)
    """A set of (lang, text) keys the worker has just checked (GUI thread, coalesced); None: everything changed."""
    changed = Signal(object)
    """A set of (lang, text) keys whose shown findings changed without the worker (ignore here, glossary)."""
    loaded = Signal(object)
    """What `load` built, on the GUI thread."""
    _finished = Signal(object, int, object)

    def __init__(self, checker: Checker, parent: QObject | None = None, *, held: bool = False) -> None:
        """With `held`, work waits in order until `start()`: the worker's imports (SQLAlchemy, Enchant) hold the GIL
        and would slow the window's first frame (the window starts it after that frame: gui/first_paint.py)."""
        super().__init__(parent)
        self.checker = checker
        self._pool: ThreadPoolExecutor | None = None  # made with the first work handed over (see _executor)
        self._held: list[tuple[Callable[[], Any], Callable[[Future[Any]], None] | None]] | None = [] if held else None
        self._closed = False
        self._cache: OrderedDict[Key, list[Finding]] = OrderedDict()
        self._pending: set[Key] = set()
        self._generation = 0
        self._ignored: set[tuple[str, str, str, int, int]] = set()
        self._missing: dict[Key, list[Finding]] = {}
        self._ready: set[Key] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._emit_ready)
        self._finished.connect(self._on_finished)
        self._warm(checker)

    def _warm(self, checker: Checker) -> None:
        """Build the speller on the checks thread now, so neither start-up nor the first check waits for it."""
        self._submit(lambda: checker.speller)

    @property
    def _executor(self) -> ThreadPoolExecutor:
        """The checks thread's pool, made on first use: concurrent.futures is not imported before the window's first
        frame (a held service hands its work over only after it)."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="releasedesk-checks")
        return self._pool

    def start(self) -> None:
        """Hand the work held since construction to the worker, in the order it was asked for."""
        held, self._held = self._held or [], None
        for work, done in held:
            self._submit(work, done)

    @property
    def started(self) -> bool:
        return self._held is None

    def _submit(self, work: Callable[[], Any], done: Callable[[Future[Any]], None] | None = None) -> None:
        if self._closed:  # timers may still fire between quitting and the window's deletion
            return
        if self._held is not None:
            self._held.append((work, done))
            return
        future = self._executor.submit(work)
        if done is not None:
            future.add_done_callback(done)

    def load(self, build: Callable[[], object]) -> None:
        """Run `build` on the checks thread (before any check asked later) and emit `loaded` with its result."""

        def done(future: Future[object]) -> None:
            if not future.cancelled() and future.exception() is None:
                self.loaded.emit(future.result())

        self._submit(build, done)

    def shutdown(self) -> None:
        self._closed = True
        self._held = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def set_checker(self, checker: Checker) -> None:
        """New settings, glossary or word list: everything is checked again."""
        self.checker = checker
        self._warm(checker)
        self._generation += 1
        self._cache.clear()
        self._pending.clear()
        self.checked.emit(None)

    def findings(self, lang: str, text: str, *, submit: bool = True) -> list[Finding] | None:
        """The cached findings, or None (after queueing `text` for the worker, with `submit`)."""
        key = (lang, text)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if submit and key not in self._pending:
            self._pending.add(key)
            generation, checker = self._generation, self.checker
            self._submit(partial(checker.check_text, text, lang), self._done_callback(key, generation))
        return None

    def _done_callback(self, key: Key, generation: int) -> Callable[[Future[list[Finding]]], None]:
        def done(future: Future[list[Finding]]) -> None:
            if not future.cancelled():
                error = future.exception()
                self._finished.emit(key, generation, [] if error is not None else future.result())

        return done

    @Slot(object, int, object)
    def _on_finished(self, key: Key, generation: int, findings: list[Finding]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(key)
        self._cache[key] = findings
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self._ready.add(key)
        self._flush.start()

    @Slot()
    def _emit_ready(self) -> None:
        ready, self._ready = self._ready, set()
        self.checked.emit(ready)

    def idle(self) -> bool:
        """Nothing queued for the worker and no result waiting to be delivered."""
        return not self._pending and not self._ready and not self._flush.isActive()

    def wait(self) -> None:
        """Block until the worker is idle (tests and benchmarks), then deliver the results."""
        self.start()
        if self._closed:
            return
        self._executor.submit(lambda: None).result()

    # what is shown -------------------------------------------------------------------------------------------

    def visible(self, lang: str, text: str, *, submit: bool = True) -> list[Finding] | None:
        """Findings to underline in `text`: the worker's, the glossary's, less the ignored ones."""
        found = self.findings(lang, text, submit=submit)
        extra = self._missing.get((lang, text), [])
        if found is None and not extra:
            return None
        return [
            finding
            for finding in [*(found or []), *extra]
            if (lang, text, finding.code, finding.start, finding.end) not in self._ignored
        ]

    def ignore(self, lang: str, text: str, finding: Finding) -> None:
        self._ignored.add((lang, text, finding.code, finding.start, finding.end))
        self.changed.emit({(lang, text)})

    def set_missing(self, missing: dict[Key, list[Finding]]) -> None:
        """The glossary's missing-English findings, recomputed for the whole release by the controller."""
        if missing == self._missing:
            return
        changed = set(missing) ^ set(self._missing) | {key for key in missing if missing[key] != self._missing.get(key)}
        self._missing = missing
        self.changed.emit(changed)

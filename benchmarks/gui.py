"""GUI benchmark: launch-to-window-shown, preview refresh latency, RSS, typing latency while the preview renders.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui.py   (or with DISPLAY set, under Xvfb/X11;
--no-launch skips the start-up runs, --launch-only runs only them, --preview-only runs only the preview's
figures (--sample NAME: one sample), --typing-only runs only the typing rows (--keys N: N keys per typing row
instead of 60); --baseline-src DIR also launches another checkout's src/ in the same run and measures its worker
render CPU beside this checkout's, e.g. `git archive 937fe29 src resources | tar -x -C /tmp/base` then
--baseline-src /tmp/base/src)
Prints measured figures only; targets (issue 15): edit → visible page ≤ 100 ms (4 pages) / ≤ 150 ms (21 pages)
median without the debounce, typing p95 ≤ 16 ms while the preview renders; each beside the layout cache switched off.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QCoreApplication, SignalInstance

    from releasedesk.gui.main_window import MainWindow
    from releasedesk.gui.preview import PreviewWidget
    from releasedesk.gui.preview_process import PreviewProcess

LAUNCH_RUNS = 5
LAUNCH_TIMEOUT_S = 180
REFRESH_RUNS = 20
KEYSTROKES = int(sys.argv[sys.argv.index("--keys") + 1]) if "--keys" in sys.argv else 60

_CHILD = """
import sys, time
from releasedesk.gui import app as gui_app
application = gui_app.create_application(["releasedesk"])
window = gui_app.open_window(None)
from PySide6.QtCore import QEvent, QObject, QTimer  # after the window's own start, as in releasedesk's run_gui
class Painted(QObject):  # the frame counts as shown once the sample's text has been painted
    seen = set()
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(watched.objectName())
        return False
painted = Painted()
for name, widget in (("body", window.panes["en"].body.viewport()), ("headline", window.panes["zh-TW"].headline)):
    widget.setObjectName(name)
    widget.installEventFilter(painted)
window.show()
def shown():
    application.processEvents()
    status = open("/proc/self/status").read()
    rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    print(f"SHOWN {time.time():.6f} {time.thread_time():.6f}", flush=True)
    text = window.panes["en"].body.toPlainText()
    print(f"PAINTED {','.join(sorted(painted.seen)) or '-'} {len(text)}", flush=True)
    def rendered(_pages):
        status = open("/proc/self/status").read()
        rss2 = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        print(f"RSS {rss} {rss2} {time.time():.6f}", flush=True)
        window.setWindowModified(False)
        window.close()
    if window.preview.document() is not None and window.preview.document().pageCount():
        rendered(0)
    else:
        window.preview.refreshed.connect(rendered)
QTimer.singleShot(0, shown)
application.exec()
"""
"""SHOWN: after show(), the first pass of the event loop and the events it left (the expose and the first frame);
the child checks that the English body and the Chinese headline were painted by then, with the sample's text."""


def _child_env(home: Path, src: str | None = None, pycache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "c"), XDG_DATA_HOME=str(home / "d"))
    if src:
        env["PYTHONPATH"] = src
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _launch_once(src: str | None, pycache: Path | None) -> tuple[float, float, float, int, int]:
    """Seconds from starting the interpreter to the first frame shown, the GUI thread's CPU seconds until then
    (less sensitive to a busy machine), seconds to the preview's first pages, and RSS (KiB) at those two points."""
    with tempfile.TemporaryDirectory() as home:
        start = time.time()
        try:
            out = subprocess.run(
                [sys.executable, "-c", _CHILD],
                env=_child_env(Path(home), src, pycache),
                capture_output=True,
                text=True,
                check=True,
                timeout=LAUNCH_TIMEOUT_S,
            ).stdout
        except subprocess.TimeoutExpired as stuck:
            message = f"launch: no first frame and preview within {LAUNCH_TIMEOUT_S} s ({stuck.stdout!r})"
            raise SystemExit(message) from None
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()}
    seen, characters = lines["PAINTED"]
    if "body" not in seen.split(",") or "headline" not in seen.split(",") or int(characters) == 0:
        raise SystemExit(f"launch: the first frame was not painted with the sample ({out.strip()})")
    shown, cpu = (float(value) for value in lines["SHOWN"])
    return shown - start, cpu, float(lines["RSS"][2]) - start, int(lines["RSS"][0]), int(lines["RSS"][1])


def _uncompiled_copy(src: Path, into: Path) -> str:
    """`src` copied without any `__pycache__`, the resources folder beside it as in a checkout: ReleaseDesk's own
    modules then compile at every start whatever bytecode the checkout has lying around (PYTHONDONTWRITEBYTECODE
    only stops writing it: a checkout with __pycache__ folders, like /work/main's 270 files, is read as a cache)."""
    copy = into / "src"
    shutil.copytree(src, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (into / "resources").symlink_to((src.parent / "resources").resolve(), target_is_directory=True)
    return str(copy)


def launch(baseline: str | None) -> None:
    """Each checkout launched in turn under both conditions, round by round (all four series see the same load):
    with Python's bytecode cache as an installed program has it (a private PYTHONPYCACHEPREFIX, filled by a warm-up
    launch first), and with none for ReleaseDesk's own modules (a copy of src/ without __pycache__, run with
    PYTHONDONTWRITEBYTECODE as this machine's environment runs Python; the standard library and site-packages keep
    their installed bytecode)."""
    import releasedesk

    here = Path(releasedesk.__file__).resolve().parent.parent
    sources = {"this checkout": str(here)} | ({f"baseline {baseline}": baseline} if baseline else {})
    print(f"load average before: {', '.join(f'{value:.2f}' for value in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        runs: dict[tuple[str, bool], tuple[str | None, Path | None]] = {}
        for index, (name, src) in enumerate(sources.items()):
            runs[name, True] = (None if src == str(here) else src, root / f"pycache{index}")
            runs[name, False] = (_uncompiled_copy(Path(src), root / f"copy{index}"), None)
        for name in sources:
            _launch_once(*runs[name, True])  # fills the cache; not counted
        series: dict[tuple[str, bool], list[tuple[float, float, float, int, int]]] = {key: [] for key in runs}
        for _ in range(LAUNCH_RUNS):
            for key in runs:  # alternating, so every series sees the same load
                series[key].append(_launch_once(*runs[key]))
    for (name, cached), results in series.items():
        times, cpus, previews = ([row[i] for row in results] for i in range(3))
        rss_shown, rss_preview = ([row[i] / 1024 for row in results] for i in (3, 4))
        condition = "bytecode cached" if cached else "no bytecode cache for ReleaseDesk's modules"
        print(
            f"launch → first frame painted with the sample, {name}, {condition}, {LAUNCH_RUNS} runs: median "
            f"{statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s; GUI thread CPU "
            f"median {statistics.median(cpus):.2f} s (min {min(cpus):.2f} s); preview's pages shown: median "
            f"{statistics.median(previews):.2f} s; RSS {statistics.median(rss_shown):.0f} MiB at window shown, "
            f"{statistics.median(rss_preview):.0f} MiB with the preview rendered (window process)"
        )
    print(f"load average after: {', '.join(f'{value:.2f}' for value in os.getloadavg())}")


MODES = {
    "today": dict(process=False, cache=False, draft=False),
    "caches in window": dict(process=False, cache=True, draft=False),
    "worker": dict(process=True, cache=True, draft=False),
    "worker, page in view first, drafts as before": dict(process=True, cache=True, draft=True, lay_all=True),
    "worker, page in view first": dict(process=True, cache=True, draft=True),
}
"""today: every render lays out and draws every page, in a thread of the window; "caches in window": last
round's layout and plan-runs caches, same thread; worker: the same caches in the preview's worker process;
"drafts as before": a second worker, started with RELEASEDESK_DRAFT_SKIP=0, whose drafts lay out every page and draw
every page's watermark and footer, where the shipping draft skips what is out of view (export/pdf/draft.py).
"""
PREVIEW_SAMPLES: tuple[str, ...] = ("announcement", "long-report")
_WORKERS: dict[bool, PreviewProcess] = {}
"""The window's own worker (False) and the one with drafts as before (True), once started."""


def _worker_laying_out_every_page(window: MainWindow) -> PreviewProcess:
    """A second preview worker whose drafts trim nothing out of view, wired to the window's preview like its own."""
    from releasedesk.gui.preview_process import PreviewProcess

    preview = window.preview
    worker = PreviewProcess(preview)
    for signal, slot in (("drafted", "_drafted"), ("rendered", "_rendered"), ("failed", "_worker_failed")):
        getattr(worker, signal).connect(getattr(preview, slot))
    os.environ["RELEASEDESK_DRAFT_SKIP"] = "0"
    try:
        worker.start()
    finally:
        del os.environ["RELEASEDESK_DRAFT_SKIP"]
    return worker


TYPING_MODES = {
    **MODES,
    "worker, page in view first, before the typing work": dict(process=True, cache=True, draft=True, before=True),
}
"""before the typing work: the shipping configuration as it was: every paragraph of the body converted again and
the whole release encoded for each request (gui/richtext/incremental.py and preview/encoder.py switched off), and
a draft shown even while typing goes on (PreviewWidget.hold_drafts off)."""


def _switch(window: MainWindow, mode: str) -> None:
    from releasedesk.export.plan import build

    settings = TYPING_MODES[mode]
    before = bool(settings.get("before", False))
    window.preview.reuse_encoded = window.preview.hold_drafts = not before
    for pane in window.panes.values():
        pane.body.incremental = not before
    window.preview.use_process = settings["process"]
    window.preview.layout_cache = build.CACHE_RUNS = settings["cache"]
    window.preview.visible_first = settings["draft"]
    lay_all = bool(settings.get("lay_all"))
    _WORKERS.setdefault(False, window.preview.worker)
    if lay_all and True not in _WORKERS:
        _WORKERS[True] = _worker_laying_out_every_page(window)
    window.preview.worker = _WORKERS[lay_all]


_DRAFT_CPU = """
import statistics, sys, time
from releasedesk.fileformat.store import dumps, loads
from releasedesk.preview.source import render
from releasedesk.samples import load_sample
release = load_sample(sys.argv[1])
for warm in range(2):
    render(release, "both", layout_cache=True)
rows = {"parse": [], "draft": [], "full": []}
for run in range(int(sys.argv[2])):
    release.content["en"].headline = f"Benchmark edit {run}"
    data = dumps(release, compact=True)
    start = time.thread_time()
    edited = loads(data)
    parsed = time.thread_time()
    render(edited, "both", layout_cache=True, pages=frozenset({1, 2}))
    drafted = time.thread_time()
    render(edited, "both", layout_cache=True)
    rows["parse"].append(parsed - start)
    rows["draft"].append(drafted - parsed)
    rows["full"].append(time.thread_time() - drafted)
print(" ".join(f"{statistics.median(values) * 1000:.1f}" for values in rows.values()))
"""
"""The worker's CPU for one edit, as the worker spends it (parse the request, draft of pages 1-2, full render):
thread CPU time, which a busy machine inflates far less than wall time."""


def draft_cpu(baseline: str | None, runs: int = 15) -> None:
    """The worker's render CPU per edit on the 21-page sample, this checkout beside `baseline`, alternating rounds."""
    sources = {"this checkout": None} | ({f"baseline {baseline}": baseline} if baseline else {})
    figures: dict[str, list[list[float]]] = {name: [] for name in sources}
    with tempfile.TemporaryDirectory() as home:
        for _ in range(3):
            for name, src in sources.items():
                result = subprocess.run(
                    [sys.executable, "-c", _DRAFT_CPU, "long-report", str(runs)],
                    env=_child_env(Path(home), src, None),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if result.returncode != 0:  # e.g. a baseline older than drafts (render(..., pages=...))
                    last = (result.stderr.strip().splitlines() or ["?"])[-1]
                    print(f"worker CPU per edit, {name}: cannot be measured ({last})")
                    sources = {key: value for key, value in sources.items() if key != name}
                    figures.pop(name, None)
                    break
                figures[name].append([float(value) for value in result.stdout.split()])
    for name, rounds in figures.items():
        parse, draft, full = (statistics.median(column) for column in zip(*rounds, strict=True))
        print(
            f"worker CPU per edit, long-report (both, 21 pages), {name}, median of 3x{runs} edits: parse "
            f"{parse:.1f} ms, draft of pages 1-2 {draft:.1f} ms, full render {full:.1f} ms"
        )


def _p(values: list[float], fraction: float) -> float:
    return sorted(values)[max(0, int(len(values) * fraction) - 1)]


def _wait(app: QCoreApplication, signal: SignalInstance, timeout_s: float = 30.0) -> list[object]:
    from PySide6.QtCore import QEventLoop, QTimer

    got: list[object] = []
    loop = QEventLoop()

    def done(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(done)
    return got


def _page_count(app: QCoreApplication, signal: SignalInstance) -> int:
    """The page count a `refreshed` signal carries; one clear line, not an IndexError, if none came in time."""
    got = _wait(app, signal)
    if not got or not isinstance(got[0], int):
        raise SystemExit("gui benchmark: the preview did not refresh within 30 s")
    return got[0]


def in_process() -> None:
    from PySide6.QtCore import QSettings, QSize, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.main_window import MainWindow
    from releasedesk.gui.preview import DEBOUNCE_MS, DRAFT_MIN_PAGES
    from releasedesk.gui.settings import Settings
    from releasedesk.gui.slots import apply_refcount_guard
    from releasedesk.samples import load_sample
    from releasedesk.session.recovery import RecoveryStore

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication(["bench"])
    tmp = Path(tempfile.mkdtemp())
    window = MainWindow(Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)), RecoveryStore(tmp / "r"))
    window.resize(1600, 1000)
    window.show()
    for name in () if "--typing-only" in sys.argv else PREVIEW_SAMPLES:
        for lang in ("both", "en"):
            window.preview.set_lang(lang)
            window.show_release(load_sample(name), None)
            pages = _page_count(app, window.preview.refreshed)
            for mode in MODES:  # each renderer has seen the release once (fonts, caches), as after the first edit
                _switch(window, mode)
                window.preview.refresh_now()
                _wait(app, window.preview.refreshed)
            latencies: dict[str, list[float]] = {mode: [] for mode in MODES}
            fulls: dict[str, list[float]] = {mode: [] for mode in MODES}
            for run in range(REFRESH_RUNS):
                for mode in MODES:  # edit by edit, so every mode sees the same load on a shared machine
                    _switch(window, mode)
                    draft = MODES[mode]["draft"] and pages > DRAFT_MIN_PAGES
                    start = time.perf_counter()
                    window.panes["en"].headline.setText(f"Benchmark edit {run} {mode}")  # the edit
                    window.preview.refresh_now()  # what the debounce timer calls once typing pauses
                    _wait(app, window.preview.visiblePageShown if draft else window.preview.refreshed)
                    document = window.preview.document()
                    if document is None:  # a failed render leaves none: say so rather than die on None
                        raise SystemExit(f"gui benchmark: the preview shows no document after an edit ({mode})")
                    visible = window.preview.view.pageNavigator().currentPage()
                    size = document.pagePointSize(visible)
                    document.render(visible, QSize(round(size.width() * 150 / 72), round(size.height() * 150 / 72)))
                    latencies[mode].append((time.perf_counter() - start) * 1000)
                    if window.preview._busy:
                        _wait(app, window.preview.refreshed)
                    fulls[mode].append((time.perf_counter() - start) * 1000)
            _switch(window, "worker")
            for mode in MODES:
                print(
                    f"preview, {name} ({lang}, {pages} pages), {mode}: edit → visible page rendered at 150 dpi, "
                    f"{REFRESH_RUNS} edits: median {statistics.median(latencies[mode]):.0f} ms, "
                    f"p90 {_p(latencies[mode], 0.9):.0f} ms; all pages final: median "
                    f"{statistics.median(fulls[mode]):.0f} ms; plus the {DEBOUNCE_MS} ms debounce"
                )

    if "--preview-only" in sys.argv:
        _close(window)
        return
    # typing latency: time to process one keystroke in the body editor, idle vs while the long sample renders
    window.preview.set_lang("both")
    window.show_release(load_sample("long-report"), None)
    _wait(app, window.preview.refreshed)
    editor = window.panes["en"].body

    cpu: list[float] = []
    """The GUI thread's CPU milliseconds of each keystroke (wall time also counts waiting for a core that the
    worker or another program holds; CPU time is what the window itself spent)."""

    in_flight: list[bool] = []
    """Per keystroke: whether a render was in flight when the key was typed or while it was handled (the key that
    sends a request counts); the rows report these keys apart, so a figure cannot be carried by keys typed while
    the renderer was idle."""

    def keystroke() -> float:
        busy_before = window.preview._busy
        start, start_cpu = time.perf_counter(), time.thread_time()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "a"))
        app.processEvents()
        cpu.append((time.thread_time() - start_cpu) * 1000)
        in_flight.append(busy_before or window.preview._busy)
        return (time.perf_counter() - start) * 1000

    idle = [keystroke() for _ in range(KEYSTROKES)]

    def p95(values: list[float]) -> float:
        return _p(values, 0.95)

    window.preview.refreshed.connect(lambda _n: None)
    busy: dict[str, list[float]] = {mode: [] for mode in TYPING_MODES}
    busy_cpu: dict[str, list[float]] = {mode: [] for mode in TYPING_MODES}
    busy_flight: dict[str, list[bool]] = {mode: [] for mode in TYPING_MODES}
    requests = _RequestTimer(window.preview)
    while any(len(keys) < KEYSTROKES for keys in busy.values()):
        for mode in TYPING_MODES:  # round by round, so every mode sees the same load on a shared machine
            _switch(window, mode)
            requests.mode = mode
            # keep the preview rendering the long release: from the event loop, as the debounce timer does, so
            # the next keystroke waits for whatever the refresh does on the GUI thread (snapshot, request)
            QTimer.singleShot(0, window.preview.refresh_now)
            deadline = time.perf_counter() + 0.4
            while time.perf_counter() < deadline and len(busy[mode]) < KEYSTROKES:
                busy[mode].append(keystroke())
                busy_cpu[mode].append(cpu[-1])
                busy_flight[mode].append(in_flight[-1])
                time.sleep(0.02)  # ~50 keys/s, a fast typist
    for mode, keys in busy.items():
        print(
            f"typing latency per keystroke (long sample, {KEYSTROKES} keys): idle median "
            f"{statistics.median(idle):.1f} ms / p95 {p95(idle):.1f} ms; while the preview renders "
            f"({mode}) median {statistics.median(keys):.1f} ms / p95 {p95(keys):.1f} ms / max {max(keys):.1f} ms; "
            f"GUI thread CPU median {statistics.median(busy_cpu[mode]):.1f} ms / p95 {p95(busy_cpu[mode]):.1f} ms; "
            f"{_flight_row(keys, busy_flight[mode])}; {_request_row(requests.cpu[mode])}"
        )
    requests.restore()
    bursty_typing(app, window, keystroke, p95, cpu, in_flight)
    if "--typing-only" in sys.argv:
        window.preview.shutdown()
        window.setWindowModified(False)
        window.close()
        return
    _switch(window, "worker")
    pairs_benchmark(app, window, keystroke, p95)
    _close(window)


def _close(window: MainWindow) -> None:
    _switch(window, "worker")
    window.preview.shutdown()
    if True in _WORKERS:
        _WORKERS[True].stop()
    window.setWindowModified(False)
    window.close()


class _RequestTimer:
    """The GUI thread's CPU time in each render request (the snapshot of the release, its encoding for the worker
    or the thread, sending it), by mode: the part of a keystroke's cost that issue 15's typing work is about."""

    def __init__(self, preview: PreviewWidget) -> None:
        self.preview, self.mode = preview, ""
        self.cpu: dict[str, list[float]] = {mode: [] for mode in TYPING_MODES}
        for name in ("_ask_worker", "_render_in_window"):
            setattr(preview, name, self._timed(getattr(preview, name)))

    def _timed(self, method: Callable[[], None]) -> Callable[[], None]:
        def timed() -> None:
            start = time.thread_time()
            method()
            self.cpu[self.mode].append((time.thread_time() - start) * 1000)

        return timed

    def restore(self) -> None:
        for name in ("_ask_worker", "_render_in_window"):
            delattr(self.preview, name)


def _flight_row(keys: list[float], flight: list[bool]) -> str:
    """The keys typed while a render was in flight: how many, their median and p95."""
    during = [key for key, busy in zip(keys, flight, strict=True) if busy]
    if not during:
        return "no key typed while a render was in flight"
    return (
        f"the {len(during)} keys typed while a render was in flight: median {statistics.median(during):.1f} ms / "
        f"p95 {_p(during, 0.95):.1f} ms / max {max(during):.1f} ms"
    )


def _request_row(cpu: list[float]) -> str:
    """The render requests' GUI-thread CPU; a few --keys can pass while a render is still in flight, sending none."""
    if not cpu:
        return "no render request sent during these keys"
    return (
        f"each render request (snapshot, encoding, sending; {len(cpu)} requests) GUI thread CPU "
        f"median {statistics.median(cpu):.1f} ms / max {max(cpu):.1f} ms"
    )


def bursty_typing(
    app: QCoreApplication,
    window: MainWindow,
    keystroke: Callable[[], float],
    p95: Callable[[list[float]], float],
    cpu: list[float],
    in_flight: list[bool],
) -> None:
    """Typing as people type: bursts of 8 keys at 50 keys/s with pauses, the real 120 ms debounce starting each
    render in a pause. Everything the GUI thread does between two keys of a burst counts toward the later key (a
    result arriving mid-burst included); the pauses themselves are not keys. With 250 ms pauses the render of the
    long sample is mostly over before the next burst; with 150 ms pauses the next burst is typed while it runs."""
    from PySide6.QtCore import QEventLoop, QTimer

    def pump(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    modes = ("today", "worker", "worker, page in view first", "worker, page in view first, before the typing work")
    for pause in (0.25, 0.15):
        for mode in modes:
            _switch(window, mode)
            pump(1.0)
            keys: list[float] = []
            keys_cpu: list[float] = []
            flight: list[bool] = []
            while len(keys) < 2 * KEYSTROKES:
                for _ in range(8):
                    keys.append(keystroke())
                    keys_cpu.append(cpu[-1])
                    flight.append(in_flight[-1])
                    time.sleep(0.02)
                pump(pause)
            print(
                f"bursty typing (long sample, {len(keys)} keys in bursts of 8, {pause * 1000:.0f} ms pauses, real "
                f"debounce), {mode}: median {statistics.median(keys):.1f} ms / p95 {p95(keys):.1f} ms / max "
                f"{max(keys):.1f} ms; GUI thread CPU median {statistics.median(keys_cpu):.1f} ms / p95 "
                f"{p95(keys_cpu):.1f} ms; {_flight_row(keys, flight)}"
            )


def pairs_benchmark(
    app: QCoreApplication, window: MainWindow, keystroke: Callable[[], float], p95: Callable[[list[float]], float]
) -> None:
    """Linked languages: the settle that runs once typing pauses (ids, pairs, every state), against typing itself,
    and typing with pair tracking switched off (the alternative) in the same window."""
    window.preview.shutdown()  # no renders competing: this compares tracked and untracked typing alone
    tracker = window.pairs.tracker
    settles = []
    for _ in range(30):
        keystroke()
        start = time.perf_counter()
        tracker.settle()
        app.processEvents()
        settles.append((time.perf_counter() - start) * 1000)
    tracked = [keystroke() for _ in range(KEYSTROKES)]
    for editor in window.pairs.editors.values():
        editor.document().contentsChanged.disconnect(tracker._schedule)
    untracked = [keystroke() for _ in range(KEYSTROKES)]
    print(
        f"pairs (long sample, {len(tracker.statuses())} pairs): settle after a typing pause median "
        f"{statistics.median(settles):.1f} ms / p95 {p95(settles):.1f} ms; typing tracked median "
        f"{statistics.median(tracked):.1f} ms / p95 {p95(tracked):.1f} ms; tracking off median "
        f"{statistics.median(untracked):.1f} ms / p95 {p95(untracked):.1f} ms"
    )


if __name__ == "__main__":
    print(
        f"platform: {'DISPLAY=' + os.environ['DISPLAY'] if os.environ.get('DISPLAY') else 'offscreen'}; "
        f"{os.cpu_count()} CPUs"
    )
    if "--sample" in sys.argv:
        PREVIEW_SAMPLES = (sys.argv[sys.argv.index("--sample") + 1],)
    if "--no-launch" not in sys.argv and "--preview-only" not in sys.argv:
        arguments = sys.argv[1:]
        launch(arguments[arguments.index("--baseline-src") + 1] if "--baseline-src" in arguments else None)
    if "--launch-only" not in sys.argv:
        arguments = sys.argv[1:]
        draft_cpu(arguments[arguments.index("--baseline-src") + 1] if "--baseline-src" in arguments else None)
        in_process()

"""Start-up for a process that runs one command and ends (`python -m releasedesk …`, the `releasedesk` script).

Most of a single `releasedesk export --pdf` is importing. Two costs there are nobody's work: the collector re-walking
freshly imported, long-lived tables and classes (29 young collections before the export had begun), and Pillow's
`PIL.Image` (~11 ms), which `reportlab.lib.utils` imports at import time only to test it against None (rlfence P2),
while a warm export never opens an image (decoded images come from the per-user cache). `start()` raises the
collector thresholds and leaves `PIL.Image` to load on first use; it also puts `startcache` in place (the code
dataclasses generate and compiled regexes, kept per user). The window undoes all three (`for_long_lived_process`).
A command that has written and synced everything it writes ends with `end()`: the interpreter's own teardown (freeing
some 340 modules, reportlab's tables and the fonts one by one) took 17-25 ms of CPU after the work was done.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import os
import sys
import types
from typing import NoReturn

GC_THRESHOLD = (20_000, 20, 20)
"""A young collection per 20,000 new objects instead of 700 (a process that ends in a second keeps a few MB more)."""
PYTHON_GC_THRESHOLD = (700, 10, 10)
"""CPython's defaults, for a long-lived process."""


def start() -> None:
    """Called before anything else is imported by a one-command process."""
    from releasedesk import startcache

    startcache.install()  # first: the imports below build dataclasses and compile patterns
    gc.set_threshold(*GC_THRESHOLD)
    defer_pillow_image()


def defer_pillow_image() -> None:
    """Put a lazily loading `PIL.Image` in place (importlib.util.LazyLoader): the first attribute read loads it.

    Also bound on the `PIL` package, so that `from PIL import Image` (what reportlab writes) takes the lazy module
    instead of importing it. Nothing happens when Pillow is already imported or missing.
    """
    if "PIL.Image" in sys.modules:
        return
    try:
        import PIL

        spec = importlib.util.find_spec("PIL.Image")
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    spec.loader.exec_module(module)
    PIL.Image = module  # type: ignore[attr-defined]  # what importing the submodule would bind


def pillow_image_loaded() -> bool:
    """Whether `PIL.Image` has really been executed (False while it is only the lazy placeholder, or absent)."""
    module = sys.modules.get("PIL.Image")
    return module is not None and type(module) is types.ModuleType


def for_long_lived_process() -> None:
    """The window: Python's collector thresholds, no start-up cache fence, and `PIL.Image` loaded now, on this thread
    (LazyLoader is not thread-safe before Python 3.12, and the window renders previews on a worker thread)."""
    from releasedesk import startcache

    startcache.uninstall()
    gc.set_threshold(*PYTHON_GC_THRESHOLD)
    module = sys.modules.get("PIL.Image")
    if module is not None and not pillow_image_loaded():
        getattr(module, "Image", None)  # any attribute read executes the module


def finish() -> None:
    """The command is done: keep what start-up compiled for the next process (startcache; written only if new)."""
    from releasedesk import startcache

    startcache.save()


def reader_gone() -> int:
    """The reader of stdout or stderr went away (`releasedesk check … | head -1`): stop quietly with status 1.

    Python's advice for SIGPIPE (signal module docs): point the standard streams at /dev/null, so that the
    interpreter's last flush does not fail again, and say nothing (the reader is gone; stderr may be the same pipe).
    Status 1, not 141: 141 is what a shell reports for a process the signal killed, and this one was not killed; 1
    is the command line's "a file could not be written" (the stream was one). Files already written are complete:
    every write is atomic, and the one being written when the pipe broke is not replaced.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or replaced by a non-file object
            os.dup2(devnull, stream.fileno())
    os.close(devnull)
    return 1


def end(status: int) -> NoReturn:
    """Leave the process now with `status`, skipping the interpreter's teardown (`os._exit`).

    Only for a command whose files are all written, synced and closed when it returns (export: atomic writes with
    fsync): `atexit` handlers and object finalizers do not run. The standard streams are flushed first; a reader that
    went away (`| head`) only loses what it did not want.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing more can be said there
            stream.flush()
    os._exit(status)

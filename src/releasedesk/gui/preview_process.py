"""The preview worker process seen from the window: requests out, PDFs back as signals, restarted when it dies.

A separate process, not a thread: building a PDF is pure Python, and a render thread holding the GIL made every
keystroke wait for it (benchmarks/gui.py). QProcess reads and writes the pipes from the event loop, so the GUI thread
never blocks on the worker.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QProcess, QProcessEnvironment, Signal, Slot

import releasedesk
from releasedesk.preview.protocol import Frame, FrameReader, Header, ProtocolError, encode, encode_template

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle

MAX_RESTARTS = 3
"""Restarts in a row without one answer in between: past this the worker is taken as broken, not unlucky."""
STOP_GRACE_MS = 200
"""An idle worker ends at once when its stdin closes; one busy rendering is killed (it holds nothing to keep)."""
STOP_WAIT_MS = 2000


class PreviewProcess(QObject):
    """The preview's renderer in its own process: typing never waits for reportlab, and a crash is not the window's."""

    drafted = Signal(int, object)
    """generation, PDF bytes with only the pages in view drawn."""
    rendered = Signal(int, object, str)
    """generation, PDF bytes (empty on error), error ("" when fine; "stale" when a newer request replaced it)."""
    restarted = Signal(str)
    """The worker died and a new one took over (the unanswered request is sent again); the argument says why."""
    failed = Signal(str)
    """The worker died MAX_RESTARTS times in a row: no more restarts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._reader = FrameReader()
        self._unanswered: bytes | None = None
        self._unanswered_generation = -1
        self._restarts = 0
        self.stats: Header = {}
        """The header of the last full render (seconds, layout cache hits and misses in the worker)."""

    # life cycle -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker (asynchronously: it imports reportlab and parses fonts while the window comes up)."""
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "releasedesk.preview.worker"])
        environment = QProcessEnvironment.systemEnvironment()
        source = str(Path(releasedesk.__file__).resolve().parent.parent)  # runs from a checkout too
        path = environment.value("PYTHONPATH")
        environment.insert("PYTHONPATH", source + (os.pathsep + path if path else ""))
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._reader = FrameReader()
        self._process = process
        process.start()

    def running(self) -> bool:
        return self._process is not None

    def pid(self) -> int:
        return int(self._process.processId()) if self._process is not None else 0

    def stop(self) -> None:
        """Close the worker's stdin (it ends on end of input); kill it if it is still busy after a moment."""
        process, self._process = self._process, None
        if process is None:
            return
        for signal, slot in (
            (process.readyReadStandardOutput, self._read),
            (process.finished, self._finished),
            (process.errorOccurred, self._error),
        ):
            signal.disconnect(slot)
        process.closeWriteChannel()
        if not process.waitForFinished(STOP_GRACE_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)
        process.deleteLater()

    # requests -------------------------------------------------------------------------------------------------
    def request(
        self,
        generation: int,
        release: bytes,
        lang: str,
        *,
        pages: frozenset[int] | None,
        layout_cache: bool,
        template: HouseStyle | None = None,
    ) -> None:
        """Ask for a render; the worker renders only the newest request waiting, and answers older ones "stale".

        `template`: an agency profile's house style (the worker has no library to look it up in).
        """
        header: dict[str, object] = {"generation": generation, "lang": lang, "layout_cache": layout_cache}
        if pages:
            header["pages"] = sorted(pages)
        if template is not None:
            header["template"] = encode_template(template)
        frame = encode(header, release)
        self._unanswered, self._unanswered_generation = frame, generation
        if self._process is None:
            self.start()
        if self._process is not None:  # None: it failed to start, and _replace has taken over
            self._process.write(QByteArray(frame))

    @Slot()
    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        try:
            frames = self._reader.feed(bytes(process.readAllStandardOutput().data()))
        except ProtocolError as problem:
            process.kill()  # _finished restarts it
            print(f"releasedesk: preview worker: {problem}", file=sys.stderr)
            return
        for frame in frames:
            self._deliver(frame)

    def _deliver(self, frame: Frame) -> None:
        generation, kind = int(frame.header["generation"]), frame.header.get("kind")
        if kind == "draft":
            self.drafted.emit(generation, frame.payload)
            return
        if generation == self._unanswered_generation:
            self._unanswered = None
        self._restarts = 0
        if kind == "full":
            self.stats = frame.header
            self.rendered.emit(generation, frame.payload, "")
        elif kind == "stale":
            self.rendered.emit(generation, b"", "stale")
        else:
            self.rendered.emit(generation, b"", str(frame.header.get("error") or "unknown error"))

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        how = self.tr("it crashed") if status == QProcess.ExitStatus.CrashExit else self.tr("exit code %1")
        self._replace(how.replace("%1", str(code)))

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no finished signal follows this one
            self._replace(self._process.errorString() if self._process is not None else "")

    def _replace(self, why: str) -> None:
        dead, self._process = self._process, None
        if dead is not None:
            dead.deleteLater()
        self._restarts += 1
        if self._restarts > MAX_RESTARTS:
            self.failed.emit(why)
            return
        self.start()
        if self._process is not None and self._unanswered is not None:
            self._process.write(QByteArray(self._unanswered))
        self.restarted.emit(why)

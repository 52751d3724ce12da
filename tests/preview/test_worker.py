"""The preview worker process, driven over its real pipes: newest request wins, same pages as printing."""

from __future__ import annotations

import io
import os
import queue
import select
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

import pypdf
import pytest

from approved import approve
from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.fileformat.store import dumps, loads
from releasedesk.preview.protocol import Frame, FrameReader, ProtocolError, encode
from releasedesk.preview.source import render
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Iterator

TIMEOUT_S = 60


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


class Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "releasedesk.preview.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self.reader = FrameReader()
        self.frames: list[Frame] = []
        self.outbox: queue.Queue[bytes | None] = queue.Queue()
        self.writer = threading.Thread(target=self._write, daemon=True)  # as QProcess does: writes never block
        self.writer.start()  # reading (a full pipe both ways would deadlock a blocking writer)

    def _write(self) -> None:
        while (frame := self.outbox.get()) is not None:
            self.process.stdin.write(frame)
            self.process.stdin.flush()
        self.process.stdin.close()

    def send(self, generation: int, release: bytes, lang: str = "en", pages: list[int] | None = None) -> None:
        header = {"generation": generation, "lang": lang} | ({"pages": pages} if pages else {})
        self.outbox.put(encode(header, release))

    def close(self) -> int:
        self.outbox.put(None)
        self.writer.join(TIMEOUT_S)
        code = self.process.wait(TIMEOUT_S)
        self.process.stdout.close()
        return code

    def next(self) -> Frame:
        deadline = time.monotonic() + TIMEOUT_S
        fd = self.process.stdout.fileno()
        while not self.frames:
            assert time.monotonic() < deadline, "no answer from the worker"
            if select.select([fd], [], [], 1)[0]:
                data = os.read(fd, 1 << 20)
                assert data, "the worker closed its output"
                self.frames += self.reader.feed(data)
        return self.frames.pop(0)


@pytest.fixture
def worker() -> Iterator[Worker]:
    started = Worker()
    yield started
    assert started.close() == 0  # end of input ends it, cleanly


def test_frames_survive_being_split_anywhere() -> None:
    stream = encode({"generation": 1}, b"%PDF\n\x00\xff") + encode({"generation": 2})
    for cut in range(len(stream) + 1):
        reader = FrameReader()
        frames = reader.feed(stream[:cut]) + reader.feed(stream[cut:])
        assert [(f.header["generation"], f.payload) for f in frames] == [(1, b"%PDF\n\x00\xff"), (2, b"")]
    with pytest.raises(ProtocolError):
        FrameReader().feed(b"Traceback (most recent call last):\n")


def test_the_worker_renders_what_printing_renders(worker: Worker) -> None:
    release = approve(load_sample())
    worker.send(1, dumps(release), lang="both")
    frame = worker.next()
    assert frame.header["generation"] == 1
    assert frame.header["kind"] == "full"
    assert _pages(frame.payload) == _pages(render(release, "both"))


def test_file_format_round_trip_keeps_every_page_byte_for_byte() -> None:
    """The worker sees the release through the file format: nothing the PDF shows may be lost on the way."""
    for name in ("announcement", "long-report"):
        release = approve(load_sample(name))
        options = PdfOptions(invariant=True)
        assert render_pdf(loads(dumps(release)), options=options) == render_pdf(release, options=options)


def test_only_the_newest_waiting_request_is_rendered(worker: Worker) -> None:
    worker.send(1, dumps(load_sample("long-report")))  # long to render: 2 and 3 both arrive meanwhile
    release = load_sample("english-only")  # small: both frames fit the pipe at once (a large one could be read
    release.content["en"].headline = "Second"  # before the next is written, and rightly be rendered)
    second = dumps(release)
    release.content["en"].headline = "Third"
    worker.send(2, second)
    worker.send(3, dumps(release))
    answers = [worker.next() for _ in range(3)]
    kinds = {frame.header["generation"]: frame.header["kind"] for frame in answers}
    assert kinds[3] == "full"
    assert kinds[2] == "stale"
    assert "Third" in _pages(next(f for f in answers if f.header["generation"] == 3).payload)[0]


def test_page_in_view_first_then_every_page_and_the_cache_stays_warm(worker: Worker) -> None:
    release = load_sample("long-report")
    worker.send(1, dumps(release))
    first = worker.next()
    release.content["en"].headline = "Edited headline"
    worker.send(2, dumps(release), pages=[1, 2])
    draft, full = worker.next(), worker.next()
    assert (draft.header["kind"], full.header["kind"]) == ("draft", "full")
    assert len(_pages(draft.payload)) == len(_pages(full.payload))
    assert "Edited headline" in _pages(draft.payload)[0]
    assert full.header["misses"] < 10 < full.header["hits"]  # unchanged paragraphs kept their layout
    assert first.header["misses"] > full.header["misses"]


def test_a_bad_request_is_one_line_and_the_worker_goes_on(worker: Worker) -> None:
    worker.send(1, b'{"format": "releasedesk-release", "schema": 999}')
    problem = worker.next()
    assert problem.header["kind"] == "error"
    assert "newer ReleaseDesk" in problem.header["error"]
    empty = load_sample()
    empty.content.pop("en")
    worker.send(2, dumps(empty), lang="en")
    assert worker.next().header["error"] == "no-text"
    worker.send(3, dumps(load_sample()))
    assert worker.next().header["kind"] == "full"

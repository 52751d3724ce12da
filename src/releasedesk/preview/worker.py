"""The preview worker process: `python -m releasedesk.preview.worker`, started by the window, one per window.

Reads requests on stdin (the release as file-format bytes, the language, the pages in view), answers on stdout with
PDF bytes from `preview.source.render`, the same function printing uses. It keeps fonts and the layout cache warm
between edits. Only the newest waiting request is rendered: older ones are answered "stale" without work, and a
request that arrives while the page in view is being drawn makes the full render of the older one "stale" too.
Stdin closing (the window quit or died) ends the process.
"""

from __future__ import annotations

import os
import select
import sys
import time
from typing import BinaryIO

from releasedesk.errors import ReleaseFileError
from releasedesk.preview.protocol import Frame, FrameReader, Header, ProtocolError, encode

READ_CHUNK = 1 << 20


class Channel:
    """stdin frames in, stdout frames out; stdout is kept for frames only (a stray print goes to stderr)."""

    def __init__(self, fd_in: int, out: BinaryIO) -> None:
        self.fd_in, self.out = fd_in, out
        self.reader = FrameReader()
        self.closed = False

    def poll(self, *, block: bool) -> list[Frame]:
        """Frames that have arrived; with `block`, waits for at least one (or for stdin to close)."""
        frames: list[Frame] = []
        while not self.closed:
            ready, _, _ = select.select([self.fd_in], [], [], None if block and not frames else 0)
            if not ready:
                break
            data = os.read(self.fd_in, READ_CHUNK)
            if not data:
                self.closed = True
                break
            frames += self.reader.feed(data)
        return frames

    def send(self, header: Header, payload: bytes = b"") -> None:
        self.out.write(encode(header, payload))
        self.out.flush()


def warm() -> None:
    """Import reportlab and parse the template's fonts before the first request, not during it."""
    from releasedesk.export.pdf import font_set
    from releasedesk.export.style import current_template

    try:
        font_set(current_template().fonts)
    except Exception as error:  # a missing font or a broken template: the first render reports it
        print(f"preview worker: warm-up skipped: {error}", file=sys.stderr)


def answer(channel: Channel, request: Frame) -> Frame | None:
    """Render one request: the page-in-view draft first when asked, then the full PDF unless a newer request came.

    Returns that newer request, if one arrived meanwhile.
    """
    from releasedesk.export.pdf.layoutcache import SHARED
    from releasedesk.fileformat.store import loads
    from releasedesk.preview.protocol import decode_template
    from releasedesk.preview.source import PreviewUnavailable, render

    generation = request.header["generation"]
    use_cache = bool(request.header.get("layout_cache", True))
    SHARED.reset_counts()
    started = time.perf_counter()
    try:
        release = loads(request.payload)
        lang = request.header["lang"]
        pages = request.header.get("pages")
        template = decode_template(request.header["template"]) if request.header.get("template") else None
        if pages:
            draft = render(release, lang, layout_cache=use_cache, pages=frozenset(pages), template=template)
            channel.send({"generation": generation, "kind": "draft"}, draft)
            newer = channel.poll(block=False)
            if newer:
                channel.send({"generation": generation, "kind": "stale"})
                return newer[-1]
        data = render(release, lang, layout_cache=use_cache, template=template)
        channel.send(
            {
                "generation": generation,
                "kind": "full",
                "seconds": round(time.perf_counter() - started, 4),
                "hits": SHARED.hits,
                "misses": SHARED.misses,
            },
            data,
        )
    except PreviewUnavailable as problem:
        channel.send({"generation": generation, "kind": "error", "error": str(problem)})
    except ReleaseFileError as problem:
        channel.send({"generation": generation, "kind": "error", "error": problem.problem})
    except Exception as problem:  # one bad release must not end the worker: say what it was and go on
        channel.send({"generation": generation, "kind": "error", "error": f"{type(problem).__name__}: {problem}"})
    return None


def serve(channel: Channel) -> None:
    """Answer requests until stdin closes; of several waiting, only the newest is rendered (the rest: stale)."""
    waiting: Frame | None = None
    while True:
        frames = channel.poll(block=waiting is None)
        if frames:
            for older in ([waiting] if waiting else []) + frames[:-1]:
                channel.send({"generation": older.header["generation"], "kind": "stale"})
            waiting = frames[-1]
        if waiting is None:
            if channel.closed:
                return
            continue
        request, waiting = waiting, None
        waiting = answer(channel, request)


def main() -> int:
    """The worker process: frames on the real stdout only, everything else printed goes to stderr."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # print() and C libraries writing to fd 1 can no longer break a frame
    sys.stdout = sys.stderr
    channel = Channel(0, out)
    warm()
    try:
        serve(channel)
    except (BrokenPipeError, ProtocolError) as error:  # the window went away, or is not speaking frames
        print(f"preview worker: stopping: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Frames between the window and the preview worker: one JSON header line, then exactly `size` bytes of payload.

Requests carry the release as its file-format bytes (fileformat.store.dumps), replies carry PDF bytes. A header
line plus a counted payload needs no escaping and lets either side find frame boundaries in a partly read stream.
"""

from __future__ import annotations

import base64
import json
import pickle
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle

Header = dict[str, Any]
MAX_HEADER = 64 * 1024
"""A header is a few hundred bytes; a longer line means the stream is out of step (a stray print), not a frame."""


class ProtocolError(ValueError):
    """The stream is not made of frames: the peer is not (or no longer) the other half of this protocol."""


@dataclass(frozen=True)
class Frame:
    """One message: a JSON header line and `size` bytes of payload (a PDF, a release)."""

    header: Header
    payload: bytes


def encode(header: Header, payload: bytes = b"") -> bytes:
    """A frame as bytes on the pipe (the header says the payload's size, so no escaping is needed)."""
    line = json.dumps({**header, "size": len(payload)}, ensure_ascii=True, separators=(",", ":"))
    return line.encode("ascii") + b"\n" + payload


class FrameReader:
    """Collects bytes as they arrive and hands out whole frames; a half-received frame waits for the rest."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[Frame]:
        self._buffer += data
        frames: list[Frame] = []
        while True:
            end = self._buffer.find(b"\n")
            if end < 0:
                if len(self._buffer) > MAX_HEADER:
                    raise ProtocolError("no frame header in the first 64 KiB")
                return frames
            try:
                header = json.loads(self._buffer[:end])
                size = int(header["size"])
            except (ValueError, KeyError, TypeError) as error:
                raise ProtocolError(f"bad frame header: {bytes(self._buffer[:80])!r}") from error
            if len(self._buffer) < end + 1 + size:
                return frames
            payload = bytes(self._buffer[end + 1 : end + 1 + size])
            del self._buffer[: end + 1 + size]
            frames.append(Frame(header, payload))

    def clear(self) -> None:
        self._buffer.clear()


def encode_template(template: HouseStyle) -> str:
    """A house style for the header line. Pickle is safe here: both ends are this program, the same version, and
    the pipe is private to the window and its own worker (as multiprocessing does)."""
    return base64.b64encode(pickle.dumps(template)).decode("ascii")


def decode_template(text: str) -> HouseStyle:
    """The house style `encode_template` sent."""
    style: HouseStyle = pickle.loads(base64.b64decode(text))
    return style

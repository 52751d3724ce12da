"""The release's file-format bytes for the preview worker, re-encoding only the body blocks that are new.

`fileformat.store.dumps(compact=True)` encodes every block of both bodies for each preview request: 3-9 ms on the
21-page sample, on the GUI thread. The editors hand out the same (frozen) block objects for every paragraph an edit
did not touch (gui/richtext/incremental.py), so each block's JSON bytes are kept under the object's identity for
one request to the next. The result is byte for byte what `dumps(release, compact=True)` gives (the tests compare):
compact JSON is the plain concatenation of its members' encodings, and the lone-surrogate repair and UTF-8 encoding
work character by character, so applying them piece by piece changes nothing.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
from typing import TYPE_CHECKING, Any

from releasedesk import __version__
from releasedesk.fileformat import migrations
from releasedesk.fileformat.codec import block_out, release_to_dict
from releasedesk.fileformat.history_codec import history_to_dict
from releasedesk.fileformat.pairs_codec import pairs_out
from releasedesk.fileformat.store import FORMAT_NAME, encoded
from releasedesk.pairs.model import Pairs

if TYPE_CHECKING:
    from releasedesk.model.release import Image, Release
    from releasedesk.model.richtext import Block


def _json(value: Any) -> bytes:
    return encoded(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


class SnapshotEncoder:
    """`dumps(release, compact=True)` with each body block's bytes remembered until a request no longer has it."""

    def __init__(self) -> None:
        self._fragments: dict[int, tuple[Block, bytes]] = {}
        """id(block) -> (the block, kept alive so its id is not reused; its JSON bytes)."""
        self._images_json: tuple[object, bytes] | None = None
        self._pairs_json: tuple[object, bytes] | None = None
        self.encoded = 0
        """Blocks encoded since the encoder was made (the tests check that an unchanged block is not)."""

    def _block(self, block: Block, kept: dict[int, tuple[Block, bytes]]) -> bytes:
        known = self._fragments.get(id(block))
        if known is None or known[0] is not block:
            known = (block, _json(block_out(block)))
            self.encoded += 1
        kept[id(block)] = known
        return known[1]

    def _body(self, body: list[Block], kept: dict[int, tuple[Block, bytes]]) -> bytes:
        return b"[" + b",".join(self._block(block, kept) for block in body) + b"]"

    def _images(self, images: list[Image]) -> bytes:
        """The images' JSON, encoded again only when an image changed (the photos are most of the bytes)."""
        key = tuple((image.id, image.mime_type, image.data, image.alt.zh, image.alt.en) for image in images)
        if self._images_json is None or self._images_json[0] != key:  # same data objects: compared by identity
            items = [
                {
                    "id": image.id,
                    "mime_type": image.mime_type,
                    "alt": {"zh-TW": image.alt.zh, "en": image.alt.en},
                    "data": base64.b64encode(image.data).decode("ascii"),
                }
                for image in images
            ]
            self._images_json = (key, _json(items))
        return self._images_json[1]

    def _pairs(self, release: Release) -> bytes:
        """`pairs_out`'s JSON, encoded again only when a pair, its snapshot or the blocks and images present
        changed (snapshots are immutable and shared between the tracker's copies, so mostly compared by identity)."""
        pairs = release.pairs or Pairs()
        key = (
            tuple((name, record.confirmed, record.minor) for name, record in pairs.fields.items()),
            tuple((pair.zh, pair.en, pair.record.confirmed, pair.record.minor) for pair in pairs.body),
            tuple((lang, frozenset(block.id for block in content.body)) for lang, content in release.content.items()),
            frozenset(image.id for image in release.images),
        )
        if self._pairs_json is None or self._pairs_json[0] != key:
            self._pairs_json = (key, _json(pairs_out(release)))
        return self._pairs_json[1]

    def dumps(self, release: Release) -> bytes:
        """Exactly `fileformat.store.dumps(release, compact=True)`."""
        kept: dict[int, tuple[Block, bytes]] = {}
        bodies = {lang: self._body(content.body, kept) for lang, content in release.content.items()}
        self._fragments = kept
        hollow = copy.copy(release)  # everything but the bodies goes through the file format's own code
        hollow.content = {lang: dataclasses.replace(content, body=[]) for lang, content in release.content.items()}
        hollow.images = []
        hollow.pairs = None
        fields = release_to_dict(hollow)
        members = []
        for key, value in fields.items():
            if key == "pairs":  # the pairs' records read the bodies
                value = _json(pairs_out(release))
            elif key == "images":  # the same dict as codec.release_to_dict's, the base64 text remembered
                value = self._images(release.images)
            elif key == "content":
                value = b"{" + b",".join(_content(lang, item, bodies[lang]) for lang, item in value.items()) + b"}"
            else:
                value = _json(value)
            members.append(_json(key) + b":" + value)
        if release.pairs is not None:  # last, as in codec.release_to_dict; its records read the bodies
            members.append(b'"pairs":' + self._pairs(release))
        release_json = b"{" + b",".join(members) + b"}"
        head = _json(
            {"format": FORMAT_NAME, "schema": migrations.SCHEMA_VERSION, "generator": f"ReleaseDesk {__version__}"}
        )
        tail = b""
        history = history_to_dict(release)
        if history is not None:
            tail = b',"history":' + _json(history)
        return head[:-1] + b',"release":' + release_json + tail + b"}\n"


def _content(lang: str, item: dict[str, Any], body: bytes) -> bytes:
    members = [_json(key) + b":" + (body if key == "body" else _json(value)) for key, value in item.items()]
    return _json(lang) + b":{" + b",".join(members) + b"}"

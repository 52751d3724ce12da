"""Starting pair tracking on a release that has none: ids for every body block, pairs by position where possible."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from releasedesk.pairs.ids import new_block_id
from releasedesk.pairs.model import BodyPair, Pairs

if TYPE_CHECKING:
    from releasedesk.model.release import Release
    from releasedesk.model.richtext import Block

_PREFIX = {"zh-TW": "zh", "en": "en"}


def _numbered(blocks: list[Block], prefix: str) -> list[Block]:
    """Blocks without an id (or with a repeated one) get "<prefix>-<number>", or a random id if that is taken."""
    taken = {block.id for block in blocks if block.id}
    seen: set[str] = set()
    out = []
    for number, block in enumerate(blocks, start=1):
        if not block.id or block.id in seen:
            block_id = f"{prefix}-{number}"
            if block_id in taken:
                block_id = new_block_id(taken)
            taken.add(block_id)
            block = dataclasses.replace(block, id=block_id)
        seen.add(block.id)
        out.append(block)
    return out


def same_shape(a: list[Block], b: list[Block]) -> bool:
    """The two bodies have the same blocks in the same order (so they can be paired one to one)."""
    return [type(block) for block in a] == [type(block) for block in b]


def start_tracking(release: Release) -> bool:
    """Give `release` ids and a pair table if it has none; False when its bodies differ in shape (left unpaired).

    Pairs made here are unconfirmed: confirming them in sync is a person's decision (`states.confirm_all`).
    """
    for lang, content in release.content.items():
        content.body = _numbered(content.body, _PREFIX[lang])
    if release.pairs is not None:
        return True
    release.pairs = Pairs()
    if "zh-TW" not in release.content or "en" not in release.content:
        return True
    zh, en = release.content["zh-TW"].body, release.content["en"].body
    if not same_shape(zh, en):
        return False
    release.pairs.body = [BodyPair(a.id, b.id) for a, b in zip(zh, en, strict=True)]
    return True

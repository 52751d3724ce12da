"""Block ids: short, random, unique within one body; pairs refer to them, so they never change once given."""

from __future__ import annotations

import dataclasses
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from releasedesk.model.richtext import Block


def new_block_id(taken: Iterable[str] = ()) -> str:
    """A new block id that is not in `taken`."""
    taken = set(taken)
    while True:
        candidate = "b" + secrets.token_hex(4)
        if candidate not in taken:
            return candidate


def with_unique_ids(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` where every block has an id and no id repeats (a repeat keeps it on its first block)."""
    taken = {block.id for block in blocks if block.id}
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if not block.id or block.id in seen:
            block_id = new_block_id(taken)
            taken.add(block_id)
            block = dataclasses.replace(block, id=block_id)
        seen.add(block.id)
        out.append(block)
    return out

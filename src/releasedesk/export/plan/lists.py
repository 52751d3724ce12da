"""List labels, resolved once for every format: `1.` `a.` `i.` by level for numbered lists, `•` `◦` `▪` for bullets.

A list is a run of consecutive list items. Numbering restarts after any other block, when a level opens again
after its parent moved on, and when the kind changes at a level — a numbered list after a bulleted one starts at 1.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from releasedesk.export.plan.values import ListItemBlock, PlanBlock
from releasedesk.model.richtext import Block, ListItem

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

BULLETS = ("•", "◦", "▪")


def _roman(number: int) -> str:
    values: tuple[tuple[int, str], ...]  # grows below
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"))
    values += ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _alpha(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def list_label(ordered: bool, level: int, number: int) -> str:
    """The label of a list item: a bullet by level, or its number as 1., a. or i. by level."""
    if not ordered:
        return BULLETS[level % len(BULLETS)]
    form = level % 3
    return f"{number if form == 0 else _alpha(number) if form == 1 else _roman(number)}."


def list_labels(blocks: Iterable[Block]) -> Iterator[str | None]:
    """One label per block (None for blocks that are not list items), in order."""
    counters: list[tuple[bool, int]] = []  # per open level: (ordered, count)
    for block in blocks:
        if not isinstance(block, ListItem):
            counters = []
            yield None
            continue
        level = max(block.level, 0)
        del counters[level + 1 :]
        while len(counters) < level:
            counters.append((block.ordered, 0))
        if len(counters) == level or counters[level][0] != block.ordered:
            counters[level:] = [(block.ordered, 0)]
        ordered, count = counters[level]
        counters[level] = (ordered, count + 1)
        yield list_label(block.ordered, level, count + 1)


def list_runs(blocks: Iterable[PlanBlock]) -> Iterator[PlanBlock | tuple[ListItemBlock, ...]]:
    """Body blocks in order, each run of consecutive list items as one tuple: the lists a writer nests."""
    for is_list, run in groupby(blocks, key=lambda block: isinstance(block, ListItemBlock)):
        if is_list:
            yield tuple(block for block in run if isinstance(block, ListItemBlock))
        else:
            yield from run

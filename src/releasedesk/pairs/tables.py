"""The figure check of a table pair: the two tables compared cell by cell (caption with caption, each grid slot
with the same slot), so 498 and 902 swapped between columns is a disagreement although both sides hold both.

Tables of different shapes fall back to comparing their whole text, as any other pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.model.richtext import Table, plain_text
from releasedesk.model.tables import TableShapeError, table_grid
from releasedesk.pairs.figures import Mismatch, mismatches

if TYPE_CHECKING:
    from releasedesk.model.release import Release
    from releasedesk.pairs.states import PairStatus


def _parts(table: Table) -> dict[tuple[int, int], str] | None:
    try:
        grid = table_grid(table)
    except TableShapeError:
        return None
    parts = {(-1, 0): plain_text(table.caption)}
    for row in grid.cells:
        for placed in row:
            parts[(placed.row, placed.column)] = plain_text(placed.cell.content)
    return parts


def table_mismatches(zh: Table, en: Table, year: int | None = None) -> list[Mismatch] | None:
    """Mismatches slot by slot; None when the two grids differ in shape (the caller compares whole texts)."""
    zh_parts, en_parts = _parts(zh), _parts(en)
    if zh_parts is None or en_parts is None or zh_parts.keys() != en_parts.keys():
        return None
    out: list[Mismatch] = []
    for place, zh_text in zh_parts.items():
        en_text = en_parts[place]
        if zh_text.strip() and en_text.strip():
            out.extend(mismatches(zh_text, en_text, year))
    return out


def _body_block(release: Release, lang: str, number: int) -> object:
    content = release.content.get(lang)  # type: ignore[call-overload]  # `lang` comes from the release's own keys
    if content is None or not 1 <= number <= len(content.body):
        return None
    return content.body[number - 1]


def pair_mismatches(release: Release, status: PairStatus, year: int | None = None) -> list[Mismatch]:
    """The figure check of one pair: cell by cell for two tables, else over the pair's whole texts."""
    if status.is_body:
        zh, en = _body_block(release, "zh-TW", status.zh_number), _body_block(release, "en", status.en_number)
        if isinstance(zh, Table) and isinstance(en, Table):
            found = table_mismatches(zh, en, year)
            if found is not None:
                return found
    return mismatches(status.zh_text, status.en_text, year)

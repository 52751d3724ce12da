"""A table pairs as one block; its figure check compares the two tables cell by cell; writing checks read its cells."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from export.table_release import regions
from releasedesk.checks.runner import release_units
from releasedesk.model.richtext import Table, TableCell, text
from releasedesk.pairs.report import FIGURES, pair_problems
from releasedesk.pairs.states import State, confirm_all, pair_statuses
from releasedesk.pairs.tables import table_mismatches
from releasedesk.pairs.tracking import start_tracking
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.model.release import Release


def _with_tables(zh: Table, en: Table) -> Release:
    release = load_sample("announcement")
    release.pairs = None
    for content in release.content.values():
        content.body = [dataclasses.replace(block, id="") for block in content.body]
    release.content["zh-TW"].body.insert(2, zh)
    release.content["en"].body.insert(2, en)
    assert start_tracking(release)
    confirm_all(release)
    return release


def _swap_figures(table: Table) -> Table:
    """The Mountain townships row with its two figures swapped between the columns."""
    rows = list(table.rows)
    name, new, total = rows[2]
    rows[2] = (name, dataclasses.replace(new, content=total.content), dataclasses.replace(total, content=new.content))
    return dataclasses.replace(table, rows=tuple(rows))


def test_a_table_pairs_as_one_block() -> None:
    release = _with_tables(regions("zh-TW"), regions("en"))
    body = [status for status in pair_statuses(release) if status.is_body]
    table_pairs = [s for s in body if s.zh_number == 3]
    assert len(table_pairs) == 1
    assert table_pairs[0].en_number == 3
    assert {s.state for s in body} == {State.IN_SYNC}
    assert not [p for p in pair_problems(release) if p.code == FIGURES]


def test_swapped_cells_disagree_although_both_tables_hold_both_figures() -> None:
    zh, en = regions("zh-TW"), _swap_figures(regions("en"))
    found = table_mismatches(zh, en, 2026)
    assert found
    assert {"498", "902"} <= {source for m in found for source in m.zh + m.en}
    problems = [p for p in pair_problems(_with_tables(zh, en)) if p.code == FIGURES]
    assert problems
    assert problems[0].where == "zh-TW body, block 3 / en body, block 3"
    assert "498" in problems[0].problem
    assert "902" in problems[0].problem


def test_tables_of_different_shapes_compare_their_whole_text() -> None:
    zh = regions("zh-TW")
    en = dataclasses.replace(regions("en"), rows=regions("en").rows[:-1])  # the total row left out
    assert table_mismatches(zh, en) is None
    problems = [p for p in pair_problems(_with_tables(zh, en)) if p.code == FIGURES]
    assert problems
    assert "1,286" in problems[0].problem


def test_writing_checks_read_every_cell() -> None:
    release = load_sample("announcement")
    table = Table(((TableCell((text("甲"),)), TableCell((text("乙丙"),))),), caption=(text("表"),))
    release.content["zh-TW"].body.insert(1, table)
    units = [unit for unit in release_units(release) if unit.location.lang == "zh-TW"]
    texts = [unit.text for unit in units if unit.location.block == 2]
    assert texts == ["表\n甲\n乙丙"]

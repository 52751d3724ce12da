"""Tables are fingerprinted, and adding them changed no fingerprint of a release without one (same canon name)."""

from __future__ import annotations

from dataclasses import replace

from releasedesk.approval.canonical import CANON, fingerprint
from releasedesk.model.richtext import CellAlign, Table, TableCell, text
from releasedesk.samples import load_sample, sample_names

# Measured on main before tables existed (schema 3 code), with
# `python -c "...print(fingerprint(load_sample(n)))"` for every bundled sample.
BEFORE_TABLES = {
    "announcement": "sha256:69fd88e20b4c3e73aa372d1cabe5631ec5ff6dd31c02267f324fcd0103025f1c",
    "english-only": "sha256:ac3af2445b37634737a9426b4b63a38b95e01039ac99d1b50cfcf746e5c44feb",
    "long-report": "sha256:8824ff274a7fb255bb2f0fcb1553e80d3549055b2b205c246b5d09b86f33a717",
}


def _has_table(name: str) -> bool:
    release = load_sample(name)
    return any(isinstance(b, Table) for c in release.content.values() for b in c.body)


def test_samples_without_tables_keep_their_fingerprints() -> None:
    assert CANON == "releasedesk-content-1"
    checked = [name for name in sample_names() if not _has_table(name)]
    assert checked  # at least one sample has no table
    for name in checked:
        assert fingerprint(load_sample(name)) == BEFORE_TABLES[name], name


def _table(**changes) -> Table:
    table = Table(
        (
            (TableCell((text("縣市"),)), TableCell((text("預算"),))),
            (TableCell((text("臺北"),)), TableCell((text("12"),))),
        ),
        header_rows=1,
        caption=(text("表一"),),
    )
    return replace(table, **changes)


def test_every_printed_part_of_a_table_counts() -> None:
    def print_of(table: Table) -> str:
        release = load_sample("announcement")
        release.content["zh-TW"].body.append(table)
        return fingerprint(release)

    base = _table()
    cell = base.rows[1][1]
    variants = [
        _table(header_rows=0),
        _table(widths=(2, 1)),
        _table(caption=(text("表二"),)),
        _table(rows=(base.rows[0], (base.rows[1][0], replace(cell, content=(text("13"),))))),
        _table(rows=(base.rows[0], (base.rows[1][0], replace(cell, align=CellAlign.RIGHT)))),
        _table(rows=((TableCell((text("縣市預算"),), colspan=2),), base.rows[1])),
    ]
    prints = {print_of(base)} | {print_of(v) for v in variants}
    assert len(prints) == len(variants) + 1
    assert print_of(_table()) == print_of(base)

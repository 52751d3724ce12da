"""SQLite: the newest releases having a word prefix, without reading the prefix's whole posting list.

The index is ordered by term, then release: a prefix of several words ("dig": *digging*, *digital*) is several
ranges, and "every release having one of them, newest first" read them all — 100,000 postings for a word in every
release — before the first screenful. As on PostgreSQL (library/postings.py) the words are looked up first (one
index probe each, at most MAX_WORDS), then their lists are merged newest first: here in Python, reading each word's
list backwards in growing blocks from where it stopped, which SQLite answers from the index alone. Candidates are
checked against the releases table and the search's other conditions a block at a time, until the page is full.
Nothing depends on the order a planner picks: each block query has its own ORDER BY.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from releasedesk.library.schema import release_terms, releases
from releasedesk.library.textindex import prefix_end

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy import ColumnElement, Connection, Row

MAX_WORDS = 16
"""As on PostgreSQL: a prefix of more words is not walked word by word (the range is read as before)."""
FIRST_BLOCK = 64
LAST_BLOCK = 4096
"""Postings read per query of one word: growing from the first to the last, so a rare match costs few queries."""
TOP = 2**63 - 1

_WORDS = text(
    "WITH RECURSIVE words(term) AS ("
    " SELECT min(term) FROM release_terms WHERE term >= :low AND term < :high"
    " UNION ALL"
    " SELECT (SELECT min(r.term) FROM release_terms r WHERE r.term > words.term AND r.term < :high)"
    " FROM words WHERE words.term IS NOT NULL"
    " LIMIT :most"  # SQLite stops the recursion here (PostgreSQL stops as its reader stops reading)
    ") SELECT term FROM words WHERE term IS NOT NULL"
)


def words_with_prefix(connection: Connection, prefix: str) -> list[str] | None:
    """The indexed words starting with `prefix` (one index probe each), or None if there are more than MAX_WORDS."""
    found = list(
        connection.execute(_WORDS, {"low": prefix, "high": prefix_end(prefix), "most": MAX_WORDS + 2}).scalars()
    )
    return None if len(found) > MAX_WORDS else found


def _postings(connection: Connection, term: str, bits: int) -> Iterator[int]:
    """The releases having `term`, newest first, read in growing blocks below the last one read."""
    below, block = TOP, FIRST_BLOCK
    while True:
        found = [release_terms.c.term == term, release_terms.c.release_id < below]
        if bits:
            found.append(release_terms.c.langs.op("&")(bits) != 0)
        statement = (
            select(release_terms.c.release_id).where(*found).order_by(release_terms.c.release_id.desc()).limit(block)
        )
        ids = list(connection.execute(statement).scalars())
        yield from ids
        if len(ids) < block:
            return
        below, block = ids[-1], min(block * 4, LAST_BLOCK)


def newest_first(connection: Connection, terms: Sequence[str], bits: int) -> Iterator[int]:
    """The releases having any of `terms`, newest first, each once: the words' lists merged as they are read."""
    last = None
    for release_id in heapq.merge(*(_postings(connection, term, bits) for term in terms), reverse=True):
        if release_id != last:
            yield release_id
            last = release_id


def page(
    connection: Connection,
    terms: Sequence[str],
    bits: int,
    columns: Sequence[Any],
    conditions: Sequence[ColumnElement[bool]],
    limit: int | None,
) -> list[Row[Any]]:
    """`columns` of the newest releases having any of `terms` and meeting `conditions` (on `releases`), at most
    `limit` of them, newest first. Candidates are checked a block at a time; blocks grow while few pass."""
    candidates = newest_first(connection, terms, bits)
    rows: list[Row[Any]] = []
    block = max(limit or 0, FIRST_BLOCK)
    while limit is None or len(rows) < limit:
        ids = list(islice(candidates, block))
        if not ids:
            break
        statement = select(*columns).where(releases.c.id.in_(ids), *conditions).order_by(releases.c.id.desc())
        rows.extend(connection.execute(statement))
        block = min(block * 4, LAST_BLOCK)
    return rows if limit is None else rows[:limit]


@dataclass(frozen=True)
class PrefixWalk:
    """A search led by a prefix of several words, answered by `page` rather than by one statement."""

    terms: tuple[str, ...]
    bits: int
    conditions: tuple[ColumnElement[bool], ...]

    def rows(self, connection: Connection, columns: Sequence[Any], limit: int | None) -> list[Row[Any]]:
        return page(connection, self.terms, self.bits, columns, self.conditions, limit)

"""PostgreSQL: the postings of a word prefix, newest first, without reading them whole.

An English prefix of a word in every release ("dig" for the agency's "digital") made the old plan read every posting
in the prefix's range and sort them before the newest 50 were taken (150–200 ms at 100,000 releases): the index is
ordered by term first, so a range of several words is not in release order. Here the words are looked up first
(skipping along the index, one probe per word), and a recursive query merges their postings newest first: each row
is the greatest of the words' newest postings below the previous row, one backward index probe per word. PostgreSQL
evaluates a recursive query only as far as its reader fetches, so the walk stops once a screenful is read. A query
of single terms (Chinese pairs, a prefix that is one word) needs none of this: those lists are joined on release
and the planner intersects them (merge joins of backward index scans, or probes), newest first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, cast, func, literal, select, text, true

from releasedesk.library.schema import release_terms
from releasedesk.library.textindex import prefix_end

if TYPE_CHECKING:
    from sqlalchemy import CTE, ColumnElement, Connection

MAX_WORDS = 16
"""A prefix matching more words than this (a one-letter prefix in a large vocabulary) is not walked word by word:
it is confirmed on the text instead, or scanned as before when it is all the query has."""
TOP = 2**31 - 1
"""Above every release id (the column is a 32-bit integer)."""

_WORDS = text(
    "WITH RECURSIVE words(term) AS ("
    " SELECT min(term) FROM release_terms WHERE term >= :low AND term < :high"
    " UNION ALL"
    " SELECT (SELECT min(r.term) FROM release_terms r WHERE r.term > words.term AND r.term < :high)"
    " FROM words WHERE words.term IS NOT NULL"
    ") SELECT term FROM words WHERE term IS NOT NULL LIMIT :most"
)


def words_with_prefix(connection: Connection, prefix: str) -> list[str] | None:
    """The indexed words starting with `prefix` (one index probe each), or None if there are more than MAX_WORDS."""
    found = list(
        connection.execute(_WORDS, {"low": prefix, "high": prefix_end(prefix), "most": MAX_WORDS + 1}).scalars()
    )
    return None if len(found) > MAX_WORDS else found


def _newest_at_most(terms: list[str], bound: ColumnElement[Any], bits: int) -> ColumnElement[Any]:
    """The newest release at or below `bound` that has any of `terms` (NULL when none): one backward index probe
    per term."""
    probes = []
    for term in terms:
        found = [release_terms.c.term == term, release_terms.c.release_id <= bound]
        if bits:
            found.append(release_terms.c.langs.op("&")(bits) != 0)
        probes.append(
            select(release_terms.c.release_id)
            .where(*found)
            .order_by(release_terms.c.release_id.desc())
            .limit(1)
            .correlate_except(release_terms)  # the bound comes from the walk, one or two queries out
            .scalar_subquery()
        )
    return probes[0] if len(probes) == 1 else func.greatest(*probes)


def newest_first(terms: list[str], bits: int) -> CTE:
    """The releases having any of `terms` (the words a prefix matched), newest first and each once, as a recursive
    query (column `c`) that reads the index only as far as its reader fetches: each row is the greatest of the
    words' newest postings below the previous row."""
    # OFFSET 0 keeps each step a subquery of its own, so the probes run once per row
    start = select(_newest_at_most(terms, literal(TOP, Integer), bits).label("c")).offset(0).subquery("start")
    walk = select(start.c.c).cte("walk", recursive=True)
    step = select(_newest_at_most(terms, cast(walk.c.c - 1, Integer), bits).label("c")).offset(0).lateral("step")
    return walk.union_all(select(step.c.c).select_from(walk.join(step, true())).where(walk.c.c.is_not(None)))

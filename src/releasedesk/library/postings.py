"""PostgreSQL: intersect the query's posting lists newest first, without reading any of them whole.

A query is a few lists of releases (one per Chinese pair or character, one per English word prefix), each read off
the (term, release_id) index. A Chinese query whose pairs are each in 10,000 releases but together in 23, or an
English prefix of a word in every release ("dig" for the agency's "digital"), made the old plan read and sort whole
lists. Here a recursive query leapfrogs instead: take the newest release of the rarest list, ask every other list
for its newest release at or below it (one index probe each); if they all name it, it is a hit, else jump to the
lowest one named and ask the rarest list again. Each step is a handful of index probes, it skips runs of releases
no list shares, and PostgreSQL evaluates a recursive query only as far as its reader fetches, so the walk stops once
a screenful of hits is read. A prefix matching several words is a list made of each word's postings (the newest of
them is the greatest of the words' newest), so words are looked up first, by skipping along the index.

Hits come out newest first: each step's candidate is strictly below the last one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, case, cast, func, literal, select, text, true

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


def _agreed(lists: list[list[str]], candidate: ColumnElement[Any], bits: int) -> ColumnElement[Any]:
    """The lowest release the other lists name at or below `candidate`; 0 when one of them has none left (ids start
    at 1, so 0 is never a hit and ends the walk)."""
    if not lists:
        return candidate
    named = [func.coalesce(_newest_at_most(terms, candidate, bits), 0) for terms in lists]
    return named[0] if len(named) == 1 else func.least(*named)


def hits(lists: list[list[str]], bits: int) -> CTE:
    """Releases in every list, newest first, as a recursive query (`c` is the release, `m` equals it on a hit).
    `lists[0]` leads: it should be the rarest. Read it in its own order and stop reading when enough are found."""
    lead, others = lists[0], lists[1:]
    # OFFSET 0 keeps each candidate a subquery of its own: flattened, its probes would run again inside `_agreed`
    start = select(_newest_at_most(lead, literal(TOP, Integer), bits).label("c")).offset(0).subquery("start")
    walk = select(start.c.c, _agreed(others, start.c.c, bits).label("m")).cte("walk", recursive=True)
    below = case((walk.c.m == walk.c.c, walk.c.c - 1), else_=walk.c.m)
    step = select(_newest_at_most(lead, cast(below, Integer), bits).label("c")).offset(0).lateral("step")
    walk = walk.union_all(
        select(step.c.c, _agreed(others, step.c.c, bits)).select_from(walk.join(step, true())).where(walk.c.c > 0)
    )
    return walk

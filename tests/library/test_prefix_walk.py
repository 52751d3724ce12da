"""SQLite: a word-prefix search reads about a page of postings, however many releases have the prefix.

Work is counted in SQLite virtual-machine steps (a progress handler on the search's connection), which, unlike time,
does not depend on the machine's load. A library four times larger must cost a prefix search about the same; the
plan before (every posting of the prefix read, then the newest taken) grows with it, and so does the same
measurement of that plan, which shows the count can see the difference. Results: tests/library/test_search_oracle.py.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event

from library.helpers import make_release
from releasedesk.library import prefixwalk
from releasedesk.library.bulk import import_releases
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from collections.abc import Iterator

SIZES = (500, 2000)
QUERIES = ("dig", "digital", "rep")
"""Two words (*digital* in every release, *digging* in every tenth), a whole word, a prefix of one word."""


@pytest.fixture(scope="module")
def libraries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Library]]:
    opened = {}
    for size in SIZES:
        library = Library(tmp_path_factory.mktemp("walk") / "library.sqlite3")
        made = [
            (make_release("", "digital report" + (" digging" if n % 10 == 0 else ""), number=f"N-{n}"), "amy")
            for n in range(size)
        ]
        import_releases(library, made)  # type: ignore[arg-type]
        opened[size] = library
    yield opened
    for library in opened.values():
        library.close()


@contextmanager
def _counting(library: Library) -> Iterator[list[int]]:
    """Steps (in hundreds of SQLite VM instructions) run on the library's connections inside the block."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    def checkout(dbapi_connection: Any, _record: object, _proxy: object) -> None:
        dbapi_connection.set_progress_handler(tick, 100)

    event.listen(library.engine, "checkout", checkout)
    try:
        yield steps
    finally:
        event.remove(library.engine, "checkout", checkout)
        library.engine.dispose()  # no pooled connection keeps the handler


def _steps(library: Library, query: str) -> int:
    with _counting(library) as steps:
        assert len(library.releases.search(query, limit=50)) == 50
    return steps[0]


@pytest.mark.parametrize("query", QUERIES)
def test_a_prefix_search_costs_the_same_in_a_library_four_times_larger(
    libraries: dict[int, Library], query: str
) -> None:
    small, large = (_steps(libraries[size], query) for size in SIZES)
    assert large <= small * 1.3 + 5, (small, large)


def test_the_count_sees_a_plan_that_reads_every_posting(
    libraries: dict[int, Library], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefixwalk, "MAX_WORDS", 0)  # no prefix is walked: the previous plan
    small, large = (_steps(libraries[size], "dig") for size in SIZES)
    assert large >= small * 2.5, (small, large)

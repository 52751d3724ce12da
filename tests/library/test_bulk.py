"""A bulk import (library.bulk: one transaction, terms moved into the index in its order at the end) leaves the same
library as adding the releases one by one: the same rows, the same index, the same search results."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, text

from library.test_releases import CORPUS
from releasedesk.library.bulk import import_releases
from releasedesk.library.errors import LibraryError
from releasedesk.library.schema import release_terms, releases
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from pathlib import Path

QUERIES = ["綠", "綠能", "綠色金", "green", "gre", "fin", "taiwan 綠"]


def _state(library: Library) -> tuple[list[object], list[object], dict[str, list[int]]]:
    with library.engine.connect() as connection:
        rows = [
            tuple(row)
            for row in connection.execute(
                select(releases.c.number, releases.c.search_zh, releases.c.search_en, releases.c.author)
            )
        ]
        terms = [tuple(row) for row in connection.execute(select(release_terms).order_by(*release_terms.c))]
    searches = {query: [summary.id for summary in library.releases.search(query)] for query in QUERIES}
    return rows, terms, searches


def test_bulk_import_equals_adding_one_by_one(library_url: str, tmp_path: Path) -> None:
    one_by_one = Library(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    with one_by_one:
        for release in CORPUS.values():
            one_by_one.releases.add(release, author="amy")
        expected = _state(one_by_one)
    with Library(library_url) as library:
        assert import_releases(library, [(release, "amy") for release in CORPUS.values()]) == len(CORPUS)
        assert _state(library) == expected
        assert [v.version for v in library.releases.versions(1)] == [1]


def test_a_failing_import_leaves_nothing(library: Library) -> None:
    def broken() -> object:
        yield CORPUS["green"], "amy"
        raise LibraryError("the source ran dry")

    with pytest.raises(LibraryError):
        import_releases(library, broken())  # type: ignore[arg-type]
    assert library.releases.count() == 0


def test_an_import_into_an_empty_postgresql_library_rebuilds_the_key_as_the_migrations_made_it(pg_url: str) -> None:
    """The import drops and rebuilds the index's key (library.bulk): it must come back as migrations left it."""
    key = text(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'release_terms'::regclass AND contype = 'p'"
    )
    with Library(pg_url) as library:
        with library.engine.connect() as connection:
            migrated = connection.execute(key).scalar_one()
        import_releases(library, [(release, "amy") for release in CORPUS.values()])
        with library.engine.connect() as connection:
            assert connection.execute(key).scalar_one() == migrated
        assert "INCLUDE (langs)" in migrated
        assert [s.id for s in library.releases.search("綠能")] == [5, 4, 1]

"""Importing many releases at once (an office moving its archive in, the benchmark's 100,000): one transaction.

Adding releases one by one inserts some 600 index terms each at random places in the term-ordered index, which gets
slower as the index outgrows memory (35 ms a release at 50,000 on SQLite). Here the releases go in as batched
executemany, their terms into an unindexed temporary table (COPY on PostgreSQL), and one INSERT … SELECT … ORDER BY
moves them into `release_terms` in index order at the end. The schema is the normal one throughout: nothing is
dropped, so colleagues can keep searching while an import runs, and the result is the same as adding one by one.

One exception, on PostgreSQL: an import into a library without releases (an office moving in) copies the terms
straight into `release_terms` with its primary key dropped and builds the key once at the end, inside the same
transaction. Building a btree from a sort is several times faster than sorting into a staging table and inserting
60 million rows into a live one (100,000 releases: minutes instead of half an hour), and there is nothing to search
yet that the table lock would hold up.
"""

from __future__ import annotations

import uuid
from itertools import islice
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from releasedesk.directory.contact import now_stamp
from releasedesk.library.engine import write_transaction
from releasedesk.library.errors import LibraryError
from releasedesk.library.schema import release_versions, releases

if TYPE_CHECKING:
    from collections.abc import Iterable

    from releasedesk.library.store import Library
    from releasedesk.model.release import Release

BATCH = 500
_COPY_DIRECT = "COPY release_terms (term, release_id, langs) FROM STDIN"
_COPY_STAGED = "COPY release_terms_load (term, release_id, langs) FROM STDIN"

_STAGING = {
    "sqlite": "CREATE TEMP TABLE release_terms_load (term TEXT NOT NULL, release_id INTEGER NOT NULL, langs INTEGER)",
    "postgresql": 'CREATE TEMP TABLE release_terms_load (term text COLLATE "C" NOT NULL, release_id integer NOT NULL, '
    "langs integer) ON COMMIT DROP",
}


def import_releases(library: Library, items: Iterable[tuple[Release, str]], *, source_name: str = "") -> int:
    """Add every (release, author) as a new library release (version 1) in one transaction; returns how many.
    All or nothing: a failure leaves the library as it was."""
    from releasedesk.library.releases import _row_values, _term_rows

    dialect = library.dialect
    count = 0
    iterator = iter(items)
    try:
        with write_transaction(library.engine) as connection:
            direct = dialect == "postgresql" and _index_dropped_when_empty(connection)
            if not direct:
                connection.exec_driver_sql(_STAGING[dialect])
            while batch := list(islice(iterator, BATCH)):
                stamp = now_stamp()
                rows = []
                for release, author in batch:
                    values = _row_values(release, author, stamp)
                    rows.append({"uid": str(uuid.uuid4()), "version": 1, "created_at": stamp, **values})
                    rows[-1]["source_name"] = source_name
                ids = connection.execute(
                    releases.insert().returning(releases.c.id, sort_by_parameter_order=True), rows
                ).scalars()
                terms: list[tuple[str, int, int]] = []
                versions = []
                for release_id, values in zip(ids, rows, strict=True):
                    terms += _term_rows(release_id, values)
                    versions.append(
                        {
                            "release_id": release_id,
                            "version": 1,
                            "saved_at": stamp,
                            "author": values["author"],
                            "status": values["status"],
                            "document": values["document"],
                        }
                    )
                connection.execute(release_versions.insert(), versions)
                _stage(connection, terms, "release_terms" if direct else "release_terms_load")
                count += len(batch)
            if direct:
                _rebuild_index(connection)
            else:
                _move_staged(connection)
        _analyze(library)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise LibraryError(f"{library.label}: cannot import releases ({reason})") from None
    return count


def _index_dropped_when_empty(connection: Connection) -> bool:
    """PostgreSQL, in the import's transaction: drop the index table's key if it has no terms, or say it has some.
    The table is locked only when it looked empty (and checked again under the lock): an import into a library in
    use never holds up colleagues' searches."""
    has_terms = "SELECT EXISTS (SELECT 1 FROM release_terms)"
    if connection.exec_driver_sql(has_terms).scalar():
        return False
    connection.exec_driver_sql("LOCK TABLE release_terms IN ACCESS EXCLUSIVE MODE")
    if connection.exec_driver_sql(has_terms).scalar():
        return False
    connection.exec_driver_sql("ALTER TABLE release_terms DROP CONSTRAINT release_terms_pkey")
    return True


def _rebuild_index(connection: Connection) -> None:
    """The primary key built in one sort, as migrations 0001 and 0004 made it (the language bits included)."""
    connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
    connection.exec_driver_sql(
        "ALTER TABLE release_terms ADD CONSTRAINT release_terms_pkey PRIMARY KEY (term, release_id) INCLUDE (langs)"
    )


def _stage(connection: Connection, rows: list[tuple[str, int, int]], table: str) -> None:
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        statement = {"release_terms": _COPY_DIRECT, "release_terms_load": _COPY_STAGED}[table]
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
        return
    connection.exec_driver_sql("INSERT INTO release_terms_load VALUES (?, ?, ?)", rows)


def _move_staged(connection: Connection) -> None:
    """The terms into the index in its own order: appends and neighbouring pages instead of random writes."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL work_mem = '256MB'")
    connection.execute(
        text(
            "INSERT INTO release_terms (term, release_id, langs) "
            "SELECT term, release_id, langs FROM release_terms_load ORDER BY term, release_id"
        )
    )
    connection.exec_driver_sql("DROP TABLE release_terms_load")


def _analyze(library: Library) -> None:
    """Fresh planner statistics after a large load (PostgreSQL's autovacuum would get there, later; SQLite's
    planner reads sqlite_stat1, bounded here so it stays quick)."""
    with library.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("VACUUM ANALYZE releases")
            connection.exec_driver_sql("VACUUM ANALYZE release_terms")
            connection.exec_driver_sql("VACUUM ANALYZE release_versions")
        else:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql("ANALYZE")
            connection.commit()

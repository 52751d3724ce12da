"""Opening libraries: URLs, migrations to the head revision, refusing a newer schema, one-line errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from releasedesk.errors import ReleaseDeskError
from releasedesk.library.engine import has_password, parse_url, safe_url
from releasedesk.library.errors import LibraryError
from releasedesk.library.store import Library, head_revision

if TYPE_CHECKING:
    from pathlib import Path


def test_a_new_library_is_at_the_head_revision_and_reopens_without_migrating(library_url: str) -> None:
    with Library(library_url) as library:
        assert library.schema_revision() == head_revision()
        assert library.releases.count() == 0
    with Library(library_url) as again:
        assert again.schema_revision() == head_revision()


def test_a_library_made_by_a_newer_version_is_refused(library_url: str) -> None:
    with Library(library_url) as library, library.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(LibraryError, match="newer ReleaseDesk"):
        Library(library_url)


def test_bare_paths_are_sqlite_files_and_postgresql_uses_psycopg(tmp_path: Path) -> None:
    assert parse_url(tmp_path / "x.sqlite3").database == str(tmp_path / "x.sqlite3")
    assert parse_url("postgresql://press@db.office/releasedesk").drivername == "postgresql+psycopg"
    assert parse_url("postgresql:///releasedesk?service=office").query == {"service": "office"}
    with pytest.raises(LibraryError, match="only sqlite"):
        parse_url("mysql://db/x")


def test_passwords_are_never_shown() -> None:
    assert "s3cret" not in safe_url("postgresql://press:s3cret@db/lib")
    assert has_password("postgresql://press:s3cret@db/lib")
    assert not has_password("postgresql://press@db/lib")


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as raised:
        Library("postgresql://nobody@127.0.0.1:1/none")
    assert "\n" not in str(raised.value)
    assert "cannot open the library" in str(raised.value)


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(ReleaseDeskError) as raised:
        Library(junk)
    assert "\n" not in str(raised.value)
    assert junk.read_bytes() == b"not sqlite at all" * 100


def _open_at_once(urls: list[str]) -> tuple[list[str], list[str | None]]:
    """Open a library per URL, each on its own thread, all starting together: (errors, schema revisions)."""
    import threading

    start, errors, revisions = threading.Barrier(len(urls)), [], []

    def open_library(url: str) -> None:
        start.wait()
        try:
            with Library(url) as library:
                revisions.append(library.schema_revision())
        except Exception as error:  # the test reports whatever went wrong in the thread
            errors.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=open_library, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, revisions


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_two_threads_opening_new_libraries_at_once_both_migrate(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The window's checks thread opens the default file while its GUI thread opens a new library address: Alembic
    keeps its operations in process-wide proxies, so unguarded they ran on each other's connections."""
    for round_ in range(3):
        other = str(tmp_path / f"other-{round_}.sqlite3")
        if engine == "postgresql":
            other = str(request.getfixturevalue("pg_url")) if round_ == 0 else other
        errors, revisions = _open_at_once([str(tmp_path / f"default-{round_}.sqlite3"), other])
        assert errors == []
        assert revisions == [head_revision()] * 2

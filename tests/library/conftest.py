"""Library fixtures: every repository test runs on SQLite and on a real PostgreSQL 15 server.

The server and `pg_url` come from tests/postgres_server.py (one server per test session).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from postgres_server import fresh_database
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="module", params=ENGINES)
def module_library_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One database per engine for a module's read-only tests (creating a PostgreSQL database per test costs)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('library') / 'library.sqlite3'}"
        return
    with fresh_database(request.getfixturevalue("pg_server"), "m") as url:
        yield url


@pytest.fixture(params=ENGINES)
def library_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'library.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    with Library(library_url) as opened:
        yield opened

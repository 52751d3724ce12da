"""Directory GUI fixtures: a real SQLite directory with bilingual contacts (plus filler) in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.directory.people import fill
from releasedesk.directory.repository import SqliteContactRepository


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SqliteContactRepository]:
    with SqliteContactRepository(tmp_path / "directory.sqlite3") as repository:
        fill(repository)  # type: ignore[arg-type]
        yield repository  # type: ignore[misc]

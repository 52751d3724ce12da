"""Directory GUI fixtures: a real SQLite directory with bilingual contacts (plus filler) in the test's folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from gui.directory.people import fill
from releasedesk.directory.repository import SqliteContactRepository

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SqliteContactRepository]:
    with SqliteContactRepository(tmp_path / "directory.sqlite3") as repository:
        fill(repository)  # type: ignore[arg-type]
        yield repository  # type: ignore[misc]

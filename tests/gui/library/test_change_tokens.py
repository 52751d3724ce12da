from __future__ import annotations

from releasedesk.gui.library import controller
from releasedesk.library import changes


def test_the_windows_every_table_token_is_the_watchers() -> None:
    assert controller.ALL == changes.ALL  # a copy, so the window does not load psycopg at start-up

"""Shared fixtures: every test runs with settings and data folders inside its own temporary directory."""

from __future__ import annotations

import pytest

pytest_plugins = ("postgres_server",)
"""One PostgreSQL server for the session, whichever folders need it."""


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings, QStandardPaths and the contact directory out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    monkeypatch.delenv("RELEASEDESK_DB", raising=False)  # the library: the default file in this home

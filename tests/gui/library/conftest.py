"""The library's PostgreSQL server fixtures (tests/library/conftest.py) for the window tests that need a server."""

from __future__ import annotations

from library.conftest import pg_server, pg_url

__all__ = ["pg_server", "pg_url"]

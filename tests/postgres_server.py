"""The PostgreSQL server for the test session, shared by every folder that needs one (tests/library, tests/gui/library).

It is a plugin of the root conftest (`pytest_plugins`), so there is one session fixture and one server: a fixture
defined in, or imported into, two folders' conftest files would start two.

The server is started once per test session (initdb + pg_ctl as the `postgres` user in a temporary folder, on a free
loopback port) and stopped at the end; each test gets a database of its own. Without the server binaries the
PostgreSQL tests fail, loudly: scripts/bootstrap.sh installs Debian's `postgresql`, so a missing server is a broken
machine, not a reason to skip.
"""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

PG_BIN = Path(os.environ.get("RELEASEDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
_database_numbers = itertools.count(1)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(command: list[str]) -> None:
    """initdb refuses to run as root: run server commands as the `postgres` user when we are root."""
    line = shlex.join(command)
    argv = ["su", "postgres", "-s", "/bin/sh", "-c", line] if os.geteuid() == 0 else ["/bin/sh", "-c", line]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{line}: exit {result.returncode}: {result.stderr.strip() or result.stdout.strip()}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL 15 server for this test session; yields its base URL (trust authentication on loopback)."""
    if not (PG_BIN / "initdb").is_file():
        pytest.fail(f"PostgreSQL server binaries not found in {PG_BIN}: install Debian 'postgresql' (bootstrap does)")
    root = Path(tempfile.mkdtemp(prefix="releasedesk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    port = _free_port()
    _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"])
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start"])
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        try:
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(root, ignore_errors=True)


def _admin(base: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(f"{base}/postgres", autocommit=True)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty database on the session's server."""
    with fresh_database(request.getfixturevalue("pg_server"), "t") as url:
        yield url


@contextmanager
def fresh_database(base: str, label: str) -> Iterator[str]:
    name = f"{label}{os.getpid()}_{next(_database_numbers)}"
    with _admin(base) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with _admin(base) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

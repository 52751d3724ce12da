"""Connecting to the library: a URL (`sqlite:///path` or `postgresql://…`) becomes a configured SQLAlchemy engine.

SQLite runs in WAL mode with foreign keys on; write transactions start with BEGIN IMMEDIATE so two writers queue
instead of one failing half-way. PostgreSQL goes through psycopg 3, so libpq's service file (`?service=office`) and
password file (~/.pgpass) supply credentials: a URL kept in settings never needs a password.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from releasedesk.directory.repository import default_db_path
from releasedesk.library.address import ENV_URL
from releasedesk.library.errors import LibraryError

if TYPE_CHECKING:
    from collections.abc import Iterator


def default_url() -> str:
    """The embedded default: the SQLite file in the user's data folder (the directory's file, which it takes over)."""
    return f"sqlite:///{default_db_path()}"


def configured_url(url: str | None = None) -> str:
    """The library URL: the argument, else `$RELEASEDESK_DB`, else the default SQLite file."""
    return url or os.environ.get(ENV_URL) or default_url()


def parse_url(text: str | os.PathLike[str]) -> URL:
    """A URL, or a bare path taken as a SQLite file; psycopg 3 is the PostgreSQL driver whatever the URL says."""
    text = os.fspath(text)
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser().absolute()}"
    try:
        url = make_url(text)
    except ArgumentError:
        raise LibraryError(f"{text!r} is not a database URL (sqlite:///PATH or postgresql://HOST/DB)") from None
    if url.get_backend_name() == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return url
    raise LibraryError(f"{safe_url(url)}: only sqlite:///PATH and postgresql://… libraries are supported")


def safe_url(url: URL | str) -> str:
    """The URL to show or keep: any password replaced by ***."""
    try:
        return (make_url(url) if isinstance(url, str) else url).render_as_string(hide_password=True)
    except ArgumentError:
        return str(url)


def has_password(url: str) -> bool:
    """The URL carries a password (so it must not be printed as is)."""
    try:
        return parse_url(url).password is not None
    except LibraryError:
        return False


def _sqlite_connect(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event below issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get("releasedesk_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str | os.PathLike[str]) -> Engine:
    """A SQLAlchemy engine for the library, with the per-database settings it needs."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"{path}: cannot create the library's folder ({error.strerror or error})") from None
        engine = create_engine(parsed, connect_args={"timeout": 15.0, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that will write: IMMEDIATE on SQLite; READ COMMITTED on PostgreSQL, where every write is a
    single guarded statement (version check, upsert) or takes an advisory lock first."""
    with engine.connect() as connection:
        connection.execution_options(releasedesk_write=True)
        with connection.begin():
            yield connection


def advisory_lock(connection: Connection, key: int) -> None:
    """Serialise writers of one kind on PostgreSQL until the transaction ends (SQLite's IMMEDIATE already does)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

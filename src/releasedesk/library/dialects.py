"""The two statements SQL spells differently on SQLite and PostgreSQL: insert-or-ignore and upsert."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.dialects import postgresql, sqlite

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table


def insert_for(connection: Connection, table: Table) -> Any:
    """An INSERT that knows ON CONFLICT (both dialects' `insert` objects offer the same methods)."""
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    return module.insert(table)

"""What the stores on a library (contacts, releases, profiles, numbering) need of it.

`store.Library` creates those stores, so they cannot import it back; they name this protocol instead and
`Library` satisfies it (tests/library check that with real databases; tests/test_import_graph.py forbids the circle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Engine


class LibraryHandle(Protocol):
    """An open library database: its engine, a printable name and how to close it."""

    engine: Engine
    label: str
    """The database URL without a password, for messages."""

    @property
    def dialect(self) -> str: ...

    def close(self) -> None: ...

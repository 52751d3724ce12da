"""The glossary, the office word list and the office's check settings, stored in the office library.

The library (SQLite by default, or the office's PostgreSQL server) holds them beside the directory and the releases,
so everyone who shares the library shares one glossary (library migration 0003; on SQLite the tables the checks
kept in the directory file are the same tables, kept as they are). Takes a library, or a path or URL to open one.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_read import entries_from_rows, sorted_words
from releasedesk.checks.store_keys import DEFAULTS, ENGLISH_VARIANT, TAI_FORM, CheckStoreError
from releasedesk.errors import ReleaseDeskError
from releasedesk.library.dialects import insert_for
from releasedesk.library.engine import write_transaction
from releasedesk.library.schema import glossary_entry, office_setting, office_word
from releasedesk.library.store import Library

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from pathlib import Path


__all__ = ["DEFAULTS", "ENGLISH_VARIANT", "TAI_FORM", "CheckStore", "CheckStoreError"]

T = TypeVar("T")


def _setting_value(connection: Connection, key: str) -> str | None:
    value: str | None = connection.execute(select(office_setting.c.value).where(office_setting.c.key == key)).scalar()
    return value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CheckStore:
    """The office's glossary and word lists, kept in the library (SQLite or PostgreSQL): one for the whole office."""

    def __init__(self, where: Library | Path | str) -> None:
        self._owns = not isinstance(where, Library)
        try:
            self.library = where if isinstance(where, Library) else Library(where)
        except ReleaseDeskError as error:
            raise CheckStoreError(f"cannot open the glossary and word list: {error}") from None
        self.label = self.library.label
        self._connection: Connection | None = None

    def close(self) -> None:
        if self._owns:
            self.library.close()

    def __enter__(self) -> CheckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fail(self, error: SQLAlchemyError) -> CheckStoreError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return CheckStoreError(f"{self.label}: {reason}")

    def _read(self, work: Callable[[Connection], T]) -> T:
        try:
            if self._connection is not None:
                return work(self._connection)
            with self.library.engine.connect() as connection:
                return work(connection)
        except SQLAlchemyError as error:
            raise self._fail(error) from None

    def _write(self, work: Callable[[Connection], T]) -> T:
        if self._connection is not None:
            return work(self._connection)
        try:
            with write_transaction(self.library.engine) as connection:
                return work(connection)
        except IntegrityError:
            raise  # the caller says which rule it broke
        except SQLAlchemyError as error:
            raise self._fail(error) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All the writes inside happen, or none of them."""
        if self._connection is not None:
            yield
            return
        try:
            with write_transaction(self.library.engine) as connection:
                self._connection = connection
                try:
                    yield
                finally:
                    self._connection = None
        except SQLAlchemyError as error:
            raise self._fail(error) from None

    # Glossary ----------------------------------------------------------------------------------------------------

    def entries(self) -> list[GlossaryEntry]:
        statement = select(
            glossary_entry.c.id,
            glossary_entry.c.zh,
            glossary_entry.c.en,
            glossary_entry.c.deprecated,
            glossary_entry.c.kind,
            glossary_entry.c.note,
        )
        return entries_from_rows(self._read(lambda connection: list(connection.execute(statement))))

    def save(self, entry: GlossaryEntry) -> GlossaryEntry:
        """Insert, or update the entry with the same id (or, without an id, the same Chinese term)."""
        values = {
            "zh": entry.zh.strip(),
            "en": entry.en.strip(),
            "deprecated": "|".join(entry.deprecated),
            "kind": entry.kind,
            "note": entry.note,
            "updated_at": _now(),
        }
        if not values["zh"] or not values["en"]:
            raise CheckStoreError("a glossary entry needs both a Chinese term and its English form")

        def run(connection: Connection) -> int:
            if entry.id is not None:
                connection.execute(update(glossary_entry).where(glossary_entry.c.id == entry.id).values(**values))
                return entry.id
            statement = insert_for(connection, glossary_entry).values(**values)
            statement = statement.on_conflict_do_update(
                index_elements=[glossary_entry.c.zh],
                set_={key: statement.excluded[key] for key in ("en", "deprecated", "kind", "note", "updated_at")},
            ).returning(glossary_entry.c.id)
            return int(connection.execute(statement).scalar_one())

        try:
            if self._connection is not None:  # inside transaction(): a savepoint keeps the rest of it usable
                with self._connection.begin_nested():
                    row_id = run(self._connection)
            else:
                row_id = self._write(run)
        except IntegrityError as error:
            reason = str(error.orig).strip().splitlines()[0]
            raise CheckStoreError(f"glossary: {entry.zh!r} is already in the glossary ({reason})") from None
        except SQLAlchemyError as error:
            raise self._fail(error) from None
        return GlossaryEntry(values["zh"], values["en"], entry.deprecated, entry.kind, entry.note, row_id)

    def delete(self, entry_id: int) -> None:
        self._write(
            lambda connection: connection.execute(delete(glossary_entry).where(glossary_entry.c.id == entry_id))
        )

    def import_entries(self, entries: Iterable[GlossaryEntry]) -> int:
        """Add or update (by Chinese term) every entry in one transaction: all or nothing. Returns how many."""
        entries = list(entries)
        with self.transaction():
            for entry in entries:
                self.save(GlossaryEntry(entry.zh, entry.en, entry.deprecated, entry.kind, entry.note))
        return len(entries)

    # Office word list --------------------------------------------------------------------------------------------

    def words(self) -> list[str]:
        found = self._read(lambda connection: list(connection.execute(select(office_word.c.word)).scalars()))
        return sorted_words(found)

    def add_word(self, word: str) -> None:
        word = word.strip()
        if not word:
            raise CheckStoreError("an empty word cannot go into the word list")

        def run(connection: Connection) -> None:
            statement = insert_for(connection, office_word).values(word=word, added_at=_now())
            connection.execute(statement.on_conflict_do_nothing(index_elements=[office_word.c.word]))

        self._write(run)

    def remove_word(self, word: str) -> None:
        word = word.strip()
        self._write(lambda connection: connection.execute(delete(office_word).where(office_word.c.word == word)))

    # Office settings ---------------------------------------------------------------------------------------------

    def setting(self, key: str) -> str:
        statement = select(office_setting.c.value).where(office_setting.c.key == key)
        value = self._read(lambda connection: connection.execute(statement).scalar())
        return str(value) if value is not None else DEFAULTS.get(key, "")

    def set_setting(self, key: str, value: str) -> None:
        def run(connection: Connection) -> None:
            statement = insert_for(connection, office_setting).values(key=key, value=value)
            connection.execute(
                statement.on_conflict_do_update(index_elements=[office_setting.c.key], set_={"value": value})
            )

        self._write(run)

    # Moving a laptop's glossary to the office ---------------------------------------------------------------------

    def import_from(self, other: CheckStore) -> tuple[int, int]:
        """Copy another store's glossary, words and settings in (an old directory file into the office server):
        entries whose Chinese term is here already and settings set here already are left alone, so nothing of
        either side is lost. Returns (entries added, words added)."""
        mine = {entry.zh for entry in self.entries()}
        words = set(self.words())
        incoming = [entry for entry in other.entries() if entry.zh not in mine]
        new_words = [word for word in other.words() if word not in words]
        with self.transaction():
            for entry in incoming:
                self.save(GlossaryEntry(entry.zh, entry.en, entry.deprecated, entry.kind, entry.note))
            for word in new_words:
                self.add_word(word)
            for key in DEFAULTS:
                stored = self._read(partial(_setting_value, key=key))
                theirs = other._read(partial(_setting_value, key=key))
                if stored is None and theirs is not None:
                    self.set_setting(key, str(theirs))
        return len(incoming), len(new_words)

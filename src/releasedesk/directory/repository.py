"""Where directory contacts live: one interface, one SQLite implementation.

The GUI and the command line only see `ContactRepository`, so a server database can be added later as another
implementation. The SQLite file runs in WAL mode (readers never wait for a writer), with foreign keys on and its
schema version in `PRAGMA user_version`; `MIGRATIONS` brings any older file up to date in one transaction.
"""

from __future__ import annotations

import abc
import os
import sqlite3
import time
import urllib.parse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from releasedesk.appdirs import APPLICATION, ORGANIZATION, app_data_dir
from releasedesk.atomicfile import is_read_only
from releasedesk.directory.contact import (
    DB_FILENAME,
    STAMP_FORMAT,
    DirectoryConflict,
    DirectoryContact,
    DirectoryError,
    ImportSummary,
    fold,
    new_uid,
    next_stamp,
    normalise_tags,
    now_stamp,
    older_than,
    query_terms,
    usable_uid,
)
from releasedesk.directory.schema import (
    COLUMNS,
    MIGRATIONS,
    ORDER,
    SCHEMA_VERSION,
    SET_COLUMNS,
    TAGS,
    contact_from_row,
    row_values,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from types import TracebackType

__all__ = [  # the contact's names are re-exported: callers import the directory's API from here
    "APPLICATION",
    "DB_FILENAME",
    "ORGANIZATION",
    "SCHEMA_VERSION",
    "STAMP_FORMAT",
    "ContactRepository",
    "DirectoryConflict",
    "DirectoryContact",
    "DirectoryError",
    "ImportSummary",
    "SqliteContactRepository",
    "default_db_path",
    "fold",
    "normalise_tags",
    "usable_uid",
]

_T = TypeVar("_T")


def default_db_path() -> Path:
    """The library file in the data folder (`releasedesk.appdirs`), where the window and the command line look."""
    return app_data_dir() / DB_FILENAME


class ContactRepository(abc.ABC):
    """What the GUI and the command line may do with the directory, whatever stores it."""

    @abc.abstractmethod
    def get(self, contact_id: int) -> DirectoryContact | None: ...

    @abc.abstractmethod
    def get_by_uid(self, uid: str) -> DirectoryContact | None:
        """The contact with this uid: what a release copied on any machine matches by (ids are per database)."""

    @abc.abstractmethod
    def search_ids(self, query: str = "", limit: int | None = None) -> list[int]:
        """Ids of the contacts whose fields (either language) contain every term of `query`, case-insensitively,
        in display order. Cheap: a list view keeps these and fetches only the rows it shows."""

    @abc.abstractmethod
    def get_many(self, ids: Sequence[int]) -> list[DirectoryContact]:
        """The contacts with these ids, in the same order; ids that no longer exist are left out."""

    def search(self, query: str = "", limit: int | None = None) -> list[DirectoryContact]:
        """The matching contacts themselves (see `search_ids`)."""
        return self.get_many(self.search_ids(query, limit))

    @abc.abstractmethod
    def add(self, contact: DirectoryContact) -> DirectoryContact:
        """Store a new contact; returns it as stored (id, uid, stamp, normalised tags)."""

    @abc.abstractmethod
    def update(self, contact: DirectoryContact) -> DirectoryContact:
        """Store edits; raises DirectoryConflict when the stored stamp is no longer `contact.updated_at`."""

    @abc.abstractmethod
    def delete(self, contact_id: int) -> None: ...

    @abc.abstractmethod
    def import_contacts(self, contacts: Iterable[DirectoryContact], *, replace_newer: bool = False) -> ImportSummary:
        """All or nothing: contacts whose uid is known replace that entry, the others are added; a contact that is
        already there with the same content is left alone, so importing the same file twice changes nothing.

        A contact carrying its own stamp (`updated_at`, from a vCard's REV) that is older than the entry's does not
        replace it (counted as `kept_newer`) unless `replace_newer`: re-importing an old export never reverts edits.

        A uid is kept when `usable_uid` and not already taken by an earlier contact of the same import (two cards
        claiming one identity); otherwise the contact is treated as having none and gets a new uid if added."""

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def all(self) -> list[DirectoryContact]:
        return self.search("")

    def __enter__(self) -> ContactRepository:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def read_only_file(path: Path) -> bool:
    """An existing database marked read-only, or whose folder we cannot write (SQLite needs its journal there)."""
    folder = path.parent if str(path.parent) else Path()
    return path.is_file() and (is_read_only(path) or not os.access(folder, os.W_OK | os.X_OK))


class SqliteContactRepository(ContactRepository):
    """The embedded default: one SQLite file, one connection per instance (use one instance per thread)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.read_only = read_only_file(self.path)
        if self.read_only:
            self._db = self._connect_read_only()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise DirectoryError(f"{self.path}: cannot open the contact directory ({error})") from error
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._set_up()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise DirectoryError(f"{self.path}: not a usable contact directory ({error})") from error
        except DirectoryError:
            self._db.close()
            raise

    def _set_up(self) -> None:
        """WAL mode and the migrations, retried while another connection briefly holds the file.

        A busy timeout is no guarantee: where waiting could deadlock, SQLite answers "database is locked" at once
        (sqlite3_busy_handler's documentation). Seen once in CI, four threads opening the library while others
        allocated numbers; which statement met it is not known (not reproduced since), so the whole set-up retries.
        """
        deadline = time.monotonic() + 10.0
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL").fetchone()
                self._migrate()
                return
            except sqlite3.OperationalError as error:
                busy = "locked" in str(error) or "busy" in str(error)
                if not busy or time.monotonic() > deadline or self._db.in_transaction:
                    raise
                time.sleep(0.05)

    def _connect_read_only(self) -> sqlite3.Connection:
        """Open a directory we may not write (a read-only file or folder, a shared copy): for reading only.

        `mode=ro` still needs the WAL index beside the file; where even that cannot be made, `immutable=1` reads
        the file as it is (nobody can be writing it through this folder anyway).
        """
        uri = "file:" + urllib.parse.quote(str(self.path.resolve()))
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            db = None
            try:
                db = sqlite3.connect(uri + options, uri=True, timeout=10.0, isolation_level=None)
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                db.execute("SELECT count(*) FROM contacts").fetchone()
            except sqlite3.Error:
                if db is not None:
                    db.close()
                continue
            if version != SCHEMA_VERSION:
                db.close()
                raise DirectoryError(
                    f"{self.path}: the contact directory is read-only and of another version (schema {version}, "
                    f"this version uses {SCHEMA_VERSION}); it cannot be upgraded here"
                )
            return db
        raise DirectoryError(f"{self.path}: cannot open the read-only contact directory (damaged, or not one)")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.schema_version == SCHEMA_VERSION:
            return
        # A table rebuild (step 3) drops the old table: with foreign keys on, that would cascade to contact_tags.
        # The pragma only takes effect outside a transaction; the check below stands in for it meanwhile.
        self._db.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._transaction():
                version = self.schema_version  # re-read under the write lock: another process may have migrated
                if version > SCHEMA_VERSION:
                    raise DirectoryError(
                        f"{self.path}: made by a newer ReleaseDesk (schema {version}, "
                        f"this version knows {SCHEMA_VERSION})"
                    )
                for migrate in MIGRATIONS[version:]:
                    migrate(self._db)
                if self._db.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise DirectoryError(f"{self.path}: tags refer to missing contacts; the file was left as it was")
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, kind: type[BaseException] | None, value: object, traceback: object) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> SqliteContactRepository._Tx:
        """A write transaction taken up front (IMMEDIATE), so two writers queue instead of failing half-way."""
        return self._Tx(self._db)

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[DirectoryContact]:
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise DirectoryError(f"{self.path}: cannot read the contact directory ({error})") from error
        return [contact_from_row(row) for row in rows]

    def get(self, contact_id: int) -> DirectoryContact | None:
        found = self._read(f"SELECT {COLUMNS}, {TAGS} FROM contacts c WHERE c.id = ?", (contact_id,))
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> DirectoryContact | None:
        found = self._read(f"SELECT {COLUMNS}, {TAGS} FROM contacts c WHERE c.uid = ?", (uid,))
        return found[0] if found else None

    def search_ids(self, query: str = "", limit: int | None = None) -> list[int]:
        terms = query_terms(query)
        where = " AND ".join("instr(c.search_text, ?) > 0" for _ in terms) or "1"
        sql = f"SELECT c.id FROM contacts c WHERE {where} {ORDER}"
        params: list[object] = list(terms)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        try:
            return [int(row[0]) for row in self._db.execute(sql, params)]
        except sqlite3.Error as error:
            raise DirectoryError(f"{self.path}: cannot read the contact directory ({error})") from error

    def get_many(self, ids: Sequence[int]) -> list[DirectoryContact]:
        found: dict[int, DirectoryContact] = {}
        for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            for contact in self._read(f"SELECT {COLUMNS}, {TAGS} FROM contacts c WHERE c.id IN ({marks})", chunk):
                found[contact.id or 0] = contact
        return [found[contact_id] for contact_id in ids if contact_id in found]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def add(self, contact: DirectoryContact) -> DirectoryContact:
        return self._stored(self._write(lambda: self._insert(contact)))

    def update(self, contact: DirectoryContact) -> DirectoryContact:
        return self._stored(self._write(lambda: self._update(contact, check_stamp=True)))

    def _stored(self, contact_id: int) -> DirectoryContact:
        stored = self.get(contact_id)
        if stored is None:  # deleted by another connection between our commit and this read
            raise DirectoryConflict(f"contact {contact_id} was deleted elsewhere just after it was saved")
        return stored

    def delete(self, contact_id: int) -> None:
        def run() -> None:
            self._db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            self._drop_unused_tags()

        self._write(run)

    def import_contacts(self, contacts: Iterable[DirectoryContact], *, replace_newer: bool = False) -> ImportSummary:
        def run() -> ImportSummary:
            existing = {contact.content() for contact in self._read(f"SELECT {COLUMNS}, {TAGS} FROM contacts c")}
            claimed: set[str] = set()
            added = updated = unchanged = kept_newer = 0
            for contact in contacts:
                if not usable_uid(contact.uid) or contact.uid in claimed:
                    contact = replace(contact, uid="")  # no identity of its own: matched by content, else added
                if contact.uid:
                    claimed.add(contact.uid)
                row = self._db.execute("SELECT id FROM contacts WHERE uid = ?", (contact.uid,)).fetchone()
                if contact.uid and row is not None:
                    stored = self._read(f"SELECT {COLUMNS}, {TAGS} FROM contacts c WHERE c.id = ?", (row[0],))
                    if stored and stored[0].content() == contact.content():
                        unchanged += 1
                    elif stored and not replace_newer and older_than(contact.updated_at, stored[0].updated_at):
                        kept_newer += 1
                    else:
                        self._update(contact, check_stamp=False, contact_id=int(row[0]))
                        updated += 1
                elif contact.content() in existing:
                    unchanged += 1
                else:
                    self._insert(contact)
                    existing.add(contact.content())
                    added += 1
            self._drop_unused_tags()
            return ImportSummary(added, updated, unchanged, kept_newer)

        return self._write(run)

    def _write(self, run: Callable[[], _T]) -> _T:
        if self.read_only:
            raise DirectoryError(f"{self.path}: the contact directory is read-only; nothing was changed")
        try:
            with self._transaction():
                return run()
        except sqlite3.Error as error:
            raise DirectoryError(f"{self.path}: cannot write the contact directory ({error})") from error

    def _insert(self, contact: DirectoryContact) -> int:
        stamp = now_stamp()
        uid = contact.uid if usable_uid(contact.uid) else new_uid()
        cursor = self._db.execute(
            f"INSERT INTO contacts ({SET_COLUMNS}, uid, updated_at) VALUES ({', '.join('?' * 15)})",
            (*row_values(contact), uid, stamp),
        )
        contact_id = int(cursor.lastrowid or 0)
        self._set_tags(contact_id, contact.tags)
        return contact_id

    def _update(self, contact: DirectoryContact, *, check_stamp: bool, contact_id: int | None = None) -> int:
        contact_id = contact.id if contact_id is None else contact_id
        if contact_id is None:
            raise DirectoryError("cannot update a contact that was never stored (it has no id)")
        row = self._db.execute("SELECT updated_at FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise DirectoryConflict(f"contact {contact_id} no longer exists in the directory (deleted elsewhere?)")
        stored_stamp = str(row[0])
        if check_stamp and contact.updated_at and contact.updated_at != stored_stamp:
            raise DirectoryConflict(f"contact {contact_id} was changed elsewhere since it was opened; reload it")
        assignments = ", ".join(f"{column.strip()} = ?" for column in SET_COLUMNS.split(","))
        self._db.execute(
            f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",
            (*row_values(contact), next_stamp(stored_stamp), contact_id),
        )
        self._set_tags(contact_id, contact.tags)
        return contact_id

    def _set_tags(self, contact_id: int, tags: Iterable[str]) -> None:
        """Tags are shared by key (folded), so "Press team" and "press team" stay one tag with its first spelling."""
        self._db.execute("DELETE FROM contact_tags WHERE contact_id = ?", (contact_id,))
        for tag in normalise_tags(tags):
            self._db.execute("INSERT OR IGNORE INTO tags (name, key) VALUES (?, ?)", (tag, fold(tag)))
            self._db.execute(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE key = ?",
                (contact_id, fold(tag)),
            )

    def _drop_unused_tags(self) -> None:
        self._db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM contact_tags)")

    def all_tags(self) -> list[str]:
        return normalise_tags(row[0] for row in self._db.execute("SELECT name FROM tags"))

    def close(self) -> None:
        self._db.close()

"""Where directory contacts live: one interface, one SQLite implementation.

The GUI and the command line only see `ContactRepository`, so a server database can be added later as another
implementation. The SQLite file runs in WAL mode (readers never wait for a writer), with foreign keys on and its
schema version in `PRAGMA user_version`; `_MIGRATIONS` brings any older file up to date in one transaction.
"""

from __future__ import annotations

import abc
import os
import re
import sqlite3
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from releasedesk.errors import ReleaseDeskError
from releasedesk.model.release import Bilingual

DB_FILENAME = "contacts.sqlite3"
ORGANIZATION = "ReleaseDesk"
APPLICATION = "ReleaseDesk"
_T = TypeVar("_T")
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
"""UTC with microseconds and fixed width, so stamps compare correctly as strings."""


class DirectoryError(ReleaseDeskError):
    """The directory database cannot be opened, read or written; one line a person can act on."""


class DirectoryConflict(DirectoryError):
    """A contact was changed (or deleted) by someone else since it was read."""


@dataclass
class DirectoryContact:
    """A contact as kept in the directory: more than a release prints (notes, tags) plus identity and stamp."""

    name: Bilingual = field(default_factory=Bilingual)
    title: Bilingual = field(default_factory=Bilingual)
    unit: Bilingual = field(default_factory=Bilingual)
    office_phone: str = ""
    mobile: str = ""
    email: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    print_office_phone: bool = True
    print_mobile: bool = False
    id: int | None = None
    uid: str = ""
    """Stable across export, import and machines (the vCard UID; a release remembers it), unlike `id`, which is local
    to one database. Given by the repository (a UUID4) or kept from an imported card; never changed afterwards."""
    updated_at: str = ""
    """STAMP_FORMAT, set by the repository on every write."""

    def content(self) -> tuple[object, ...]:
        """Everything a person edits: equal content means the same contact, whatever its id or stamp."""
        return (
            self.name.zh,
            self.name.en,
            self.title.zh,
            self.title.en,
            self.unit.zh,
            self.unit.en,
            self.office_phone,
            self.mobile,
            self.email,
            self.notes,
            tuple(normalise_tags(self.tags)),
            self.print_office_phone,
            self.print_mobile,
        )


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int = 0
    """Already in the directory with the same content (by uid, or any contact when the card has none)."""

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


UID_MAX_LENGTH = 255


def usable_uid(uid: str) -> bool:
    """A uid kept as given: vCard allows any text, but one that is empty, padded, unprintable or huge is no identity."""
    return 0 < len(uid) <= UID_MAX_LENGTH and uid == uid.strip() and uid.isprintable()


def new_uid() -> str:
    return str(uuid.uuid4())


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, without empties or case-insensitive duplicates, sorted: tags are a set a person reads."""
    seen: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return sorted(seen.values(), key=str.casefold)


def fold(text: str) -> str:
    """The search form of a text: NFKC (full-width Latin and digits become ASCII) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(contact: DirectoryContact) -> str:
    """Every searchable field folded into one string; phone numbers also as bare digits ("0223…" finds "(02) 23…")."""
    parts = [
        *contact.content()[:10],
        *normalise_tags(contact.tags),
        re.sub(r"\D", "", contact.office_phone),
        re.sub(r"\D", "", contact.mobile),
    ]
    return "\n".join(fold(str(part)) for part in parts if part)


def query_terms(query: str) -> list[str]:
    """A query matches a contact when every whitespace-separated term is a substring of its search text."""
    return fold(query).split()


def now_stamp() -> str:
    return datetime.now(UTC).strftime(STAMP_FORMAT)


def next_stamp(previous: str) -> str:
    """Now, but always later than `previous`, so "changed since" holds even within a microsecond or a clock step."""
    stamp = now_stamp()
    if previous and stamp <= previous:
        earlier = datetime.strptime(previous, STAMP_FORMAT)
        stamp = (earlier + timedelta(microseconds=1)).strftime(STAMP_FORMAT)
    return stamp


def default_db_path() -> Path:
    """The file QStandardPaths.AppDataLocation would give for organisation and application "ReleaseDesk"."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION / DB_FILENAME


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
    def import_contacts(self, contacts: Iterable[DirectoryContact]) -> ImportSummary:
        """All or nothing: contacts whose uid is known replace that entry, the others are added; a contact that is
        already there with the same content is left alone, so importing the same file twice changes nothing.

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


# Schema --------------------------------------------------------------------------------------------------------

_SCHEMA_V1 = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name_zh TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    unit_zh TEXT NOT NULL DEFAULT '',
    unit_en TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    print_office_phone INTEGER NOT NULL DEFAULT 1,
    print_mobile INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
"""
"""Version 1, as the first release shipped it: no notes, tags, uid or search column."""

_SCHEMA_V2 = """
ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN uid TEXT;
ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id);
"""


_CONTACTS_V3 = """
CREATE TABLE contacts_v3 (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL CHECK (uid <> ''),
    name_zh TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    unit_zh TEXT NOT NULL DEFAULT '',
    unit_en TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    print_office_phone INTEGER NOT NULL DEFAULT 1,
    print_mobile INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
)
"""
"""Version 3: `uid` required (releases now remember it), so no row can be without an identity."""
_V3_COPIED = (
    "id, uid, name_zh, name_en, title_zh, title_en, unit_zh, unit_en, office_phone, mobile, email, "
    "print_office_phone, print_mobile, notes, search_text, updated_at"
)


def _migrate_to_1(db: sqlite3.Connection) -> None:
    for statement in _statements(_SCHEMA_V1):
        db.execute(statement)


def _migrate_to_2(db: sqlite3.Connection) -> None:
    """Add notes, tags, uid and the search column; existing contacts get a uid and their search text."""
    for statement in _statements(_SCHEMA_V2):
        db.execute(statement)
    rows = db.execute(f"SELECT {_COLUMNS} FROM contacts c").fetchall()
    for row in rows:
        contact = _contact_from_row(row)
        db.execute(
            "UPDATE contacts SET uid = ?, search_text = ? WHERE id = ?",
            (new_uid(), search_text(contact), contact.id),
        )
    _create_indexes(db)


def _create_indexes(db: sqlite3.Connection) -> None:
    db.execute("CREATE UNIQUE INDEX contacts_by_uid ON contacts(uid)")
    # Covers search_ids(): scanned in display order, so a one-letter query needs no sort of 10,000 rows.
    db.execute(f"CREATE INDEX contacts_in_display_order ON contacts({_ORDER_COLUMNS}, search_text)")


def _migrate_to_3(db: sqlite3.Connection) -> None:
    """Make `uid` NOT NULL: rows without one get a new UUID, uids already given (and exported) are kept.

    SQLite cannot add NOT NULL to a column, so the table is rebuilt the documented way (new table, copy, drop, rename)
    with foreign keys off (see `_migrate`), which keeps `contact_tags` rows and their references intact.
    """
    missing = db.execute("SELECT id FROM contacts WHERE uid IS NULL OR uid = ''").fetchall()
    for (contact_id,) in missing:
        db.execute("UPDATE contacts SET uid = ? WHERE id = ?", (new_uid(), contact_id))
    db.execute(_CONTACTS_V3)
    db.execute(f"INSERT INTO contacts_v3 ({_V3_COPIED}) SELECT {_V3_COPIED} FROM contacts")
    db.execute("DROP TABLE contacts")
    db.execute("ALTER TABLE contacts_v3 RENAME TO contacts")
    _create_indexes(db)


def _statements(script: str) -> list[str]:
    """Split a schema script; executescript() would commit the migration's transaction half-way."""
    return [part.strip() for part in script.split(";") if part.strip()]


_MIGRATIONS = (_migrate_to_1, _migrate_to_2, _migrate_to_3)
SCHEMA_VERSION = len(_MIGRATIONS)

_COLUMNS = (
    "name_zh, name_en, title_zh, title_en, unit_zh, unit_en, office_phone, mobile, email, "
    "print_office_phone, print_mobile, id, notes, uid, updated_at"
)
_TAGS = (
    "(SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
    " WHERE ct.contact_id = c.id)"
)
_ORDER_COLUMNS = "name_zh = '', name_zh, lower(name_en), id"
_ORDER = "ORDER BY c.name_zh = '', c.name_zh, lower(c.name_en), c.id"
"""Chinese names first (code-point order follows radical and stroke count), then English-only names."""


def _contact_from_row(row: Sequence[object]) -> DirectoryContact:
    text = [str(value) if value is not None else "" for value in row]
    tags = text[15].split("\x1f") if len(row) > 15 and text[15] else []
    return DirectoryContact(
        name=Bilingual(text[0], text[1]),
        title=Bilingual(text[2], text[3]),
        unit=Bilingual(text[4], text[5]),
        office_phone=text[6],
        mobile=text[7],
        email=text[8],
        print_office_phone=bool(row[9]),
        print_mobile=bool(row[10]),
        id=int(row[11]),  # type: ignore[call-overload]
        notes=text[12],
        uid=text[13],
        updated_at=text[14],
        tags=normalise_tags(tags),
    )


def _values(contact: DirectoryContact) -> tuple[object, ...]:
    return (
        contact.name.zh,
        contact.name.en,
        contact.title.zh,
        contact.title.en,
        contact.unit.zh,
        contact.unit.en,
        contact.office_phone,
        contact.mobile,
        contact.email,
        int(contact.print_office_phone),
        int(contact.print_mobile),
        contact.notes,
        search_text(contact),
    )


_SET_COLUMNS = (
    "name_zh, name_en, title_zh, title_en, unit_zh, unit_en, office_phone, mobile, email, "
    "print_office_phone, print_mobile, notes, search_text"
)


class SqliteContactRepository(ContactRepository):
    """The embedded default: one SQLite file, one connection per instance (use one instance per thread)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise DirectoryError(f"{self.path}: cannot open the contact directory ({error})") from error
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode = WAL").fetchone()
            self._migrate()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise DirectoryError(f"{self.path}: not a usable contact directory ({error})") from error
        except DirectoryError:
            self._db.close()
            raise

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
                for migrate in _MIGRATIONS[version:]:
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
        return [_contact_from_row(row) for row in rows]

    def get(self, contact_id: int) -> DirectoryContact | None:
        found = self._read(f"SELECT {_COLUMNS}, {_TAGS} FROM contacts c WHERE c.id = ?", (contact_id,))
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> DirectoryContact | None:
        found = self._read(f"SELECT {_COLUMNS}, {_TAGS} FROM contacts c WHERE c.uid = ?", (uid,))
        return found[0] if found else None

    def search_ids(self, query: str = "", limit: int | None = None) -> list[int]:
        terms = query_terms(query)
        where = " AND ".join("instr(c.search_text, ?) > 0" for _ in terms) or "1"
        sql = f"SELECT c.id FROM contacts c WHERE {where} {_ORDER}"
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
            for contact in self._read(f"SELECT {_COLUMNS}, {_TAGS} FROM contacts c WHERE c.id IN ({marks})", chunk):
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

    def import_contacts(self, contacts: Iterable[DirectoryContact]) -> ImportSummary:
        def run() -> ImportSummary:
            existing = {contact.content() for contact in self._read(f"SELECT {_COLUMNS}, {_TAGS} FROM contacts c")}
            claimed: set[str] = set()
            added = updated = unchanged = 0
            for contact in contacts:
                if not usable_uid(contact.uid) or contact.uid in claimed:
                    contact = replace(contact, uid="")  # no identity of its own: matched by content, else added
                if contact.uid:
                    claimed.add(contact.uid)
                row = self._db.execute("SELECT id FROM contacts WHERE uid = ?", (contact.uid,)).fetchone()
                if contact.uid and row is not None:
                    stored = self._read(f"SELECT {_COLUMNS}, {_TAGS} FROM contacts c WHERE c.id = ?", (row[0],))
                    if stored and stored[0].content() == contact.content():
                        unchanged += 1
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
            return ImportSummary(added, updated, unchanged)

        return self._write(run)

    def _write(self, run: Callable[[], _T]) -> _T:
        try:
            with self._transaction():
                return run()
        except sqlite3.Error as error:
            raise DirectoryError(f"{self.path}: cannot write the contact directory ({error})") from error

    def _insert(self, contact: DirectoryContact) -> int:
        stamp = now_stamp()
        uid = contact.uid if usable_uid(contact.uid) else new_uid()
        cursor = self._db.execute(
            f"INSERT INTO contacts ({_SET_COLUMNS}, uid, updated_at) VALUES ({', '.join('?' * 15)})",
            (*_values(contact), uid, stamp),
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
        assignments = ", ".join(f"{column.strip()} = ?" for column in _SET_COLUMNS.split(","))
        self._db.execute(
            f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",
            (*_values(contact), next_stamp(stored_stamp), contact_id),
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


def open_repository(path: Path | str | None = None) -> ContactRepository:
    """The directory at `path`, or the user's default one; the one place that picks an implementation."""
    return SqliteContactRepository(path if path is not None else default_db_path())

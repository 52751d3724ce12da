"""The contact directory on the library (either engine): `ContactRepository` over SQLAlchemy Core.

Behaves like the SQLite directory it replaces: same search (every term a substring of the folded search text), same
display order, same uid and tag rules. A write checks the stored stamp in the UPDATE itself, and contact writes are
serialised per database (advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite), so two colleagues editing the
same person get a DirectoryConflict instead of one edit silently replacing the other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from releasedesk.directory.contact import (
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
    search_text,
    usable_uid,
)
from releasedesk.directory.importcopy import private_copy
from releasedesk.directory.repository import ContactRepository, SqliteContactRepository
from releasedesk.library.dialects import insert_for
from releasedesk.library.engine import advisory_lock, write_transaction
from releasedesk.library.schema import contact_tags, contacts, tags
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from pathlib import Path

    from releasedesk.library.handle import LibraryHandle

_T = TypeVar("_T")
CONTACT_LOCK = 0x52440002

_ORDER = (contacts.c.name_zh == "", contacts.c.name_zh, func.lower(contacts.c.name_en), contacts.c.id)
_FIELDS = (
    contacts.c.id,
    contacts.c.uid,
    contacts.c.name_zh,
    contacts.c.name_en,
    contacts.c.title_zh,
    contacts.c.title_en,
    contacts.c.unit_zh,
    contacts.c.unit_en,
    contacts.c.office_phone,
    contacts.c.mobile,
    contacts.c.email,
    contacts.c.print_office_phone,
    contacts.c.print_mobile,
    contacts.c.notes,
    contacts.c.updated_at,
)


def _values(contact: DirectoryContact) -> dict[str, object]:
    return {
        "name_zh": contact.name.zh,
        "name_en": contact.name.en,
        "title_zh": contact.title.zh,
        "title_en": contact.title.en,
        "unit_zh": contact.unit.zh,
        "unit_en": contact.unit.en,
        "office_phone": contact.office_phone,
        "mobile": contact.mobile,
        "email": contact.email,
        "print_office_phone": bool(contact.print_office_phone),
        "print_mobile": bool(contact.print_mobile),
        "notes": contact.notes,
        "search_text": search_text(contact),
    }


class SqlContactRepository(ContactRepository):
    """The directory's interface on a `Library`; closing it leaves the library open."""

    def __init__(self, library: LibraryHandle, *, owns_library: bool = False) -> None:
        self.library = library
        self.engine = library.engine
        self._owns_library = owns_library

    # reading -----------------------------------------------------------------------------------------------------
    def _error(self, action: str, error: SQLAlchemyError) -> DirectoryError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return DirectoryError(f"{self.library.label}: cannot {action} the contact directory ({reason})")

    def _fetch(self, connection: Connection, where: object) -> list[DirectoryContact]:
        rows = connection.execute(select(*_FIELDS).where(where)).all()  # type: ignore[arg-type]  # `where` is a SQLAlchemy clause, typed object here
        ids = [row.id for row in rows]
        names: dict[int, list[str]] = {contact_id: [] for contact_id in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = (
                select(contact_tags.c.contact_id, tags.c.name)
                .join(tags, tags.c.id == contact_tags.c.tag_id)
                .where(contact_tags.c.contact_id.in_(chunk))
            )
            for contact_id, name in connection.execute(query):
                names[contact_id].append(name)
        return [
            DirectoryContact(
                name=Bilingual(row.name_zh, row.name_en),
                title=Bilingual(row.title_zh, row.title_en),
                unit=Bilingual(row.unit_zh, row.unit_en),
                office_phone=row.office_phone,
                mobile=row.mobile,
                email=row.email,
                print_office_phone=bool(row.print_office_phone),
                print_mobile=bool(row.print_mobile),
                id=int(row.id),
                notes=row.notes,
                uid=row.uid,
                updated_at=row.updated_at,
                tags=normalise_tags(names[row.id]),
            )
            for row in rows
        ]

    def _read(self, where: object) -> list[DirectoryContact]:
        try:
            with self.engine.connect() as connection:
                return self._fetch(connection, where)
        except SQLAlchemyError as error:
            raise self._error("read", error) from None

    def get(self, contact_id: int) -> DirectoryContact | None:
        found = self._read(contacts.c.id == contact_id)
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> DirectoryContact | None:
        found = self._read(contacts.c.uid == uid)
        return found[0] if found else None

    def search_ids(self, query: str = "", limit: int | None = None) -> list[int]:
        conditions = [contacts.c.search_text.contains(term, autoescape=True) for term in query_terms(query)]
        statement = select(contacts.c.id).where(*conditions).order_by(*_ORDER)
        if limit is not None:
            statement = statement.limit(limit)
        try:
            with self.engine.connect() as connection:
                return [int(row[0]) for row in connection.execute(statement)]
        except SQLAlchemyError as error:
            raise self._error("read", error) from None

    def get_many(self, ids: Sequence[int]) -> list[DirectoryContact]:
        found: dict[int, DirectoryContact] = {}
        for start in range(0, len(ids), 500):
            for contact in self._read(contacts.c.id.in_(list(ids[start : start + 500]))):
                found[contact.id or 0] = contact
        return [found[contact_id] for contact_id in ids if contact_id in found]

    def count(self) -> int:
        try:
            with self.engine.connect() as connection:
                return int(connection.execute(select(func.count()).select_from(contacts)).scalar_one())
        except SQLAlchemyError as error:
            raise self._error("read", error) from None

    def all_tags(self) -> list[str]:
        with self.engine.connect() as connection:
            return normalise_tags(connection.execute(select(tags.c.name)).scalars())

    # writing -----------------------------------------------------------------------------------------------------
    def _write(self, run: Callable[[Connection], _T]) -> _T:
        try:
            with write_transaction(self.engine) as connection:
                advisory_lock(connection, CONTACT_LOCK)
                return run(connection)
        except SQLAlchemyError as error:
            raise self._error("write", error) from None

    def add(self, contact: DirectoryContact) -> DirectoryContact:
        return self._stored(self._write(lambda connection: self._insert(connection, contact)))

    def update(self, contact: DirectoryContact) -> DirectoryContact:
        return self._stored(self._write(lambda connection: self._update(connection, contact, check_stamp=True)))

    def _stored(self, contact_id: int) -> DirectoryContact:
        stored = self.get(contact_id)
        if stored is None:
            raise DirectoryConflict(f"contact {contact_id} was deleted elsewhere just after it was saved")
        return stored

    def delete(self, contact_id: int) -> None:
        def run(connection: Connection) -> None:
            connection.execute(delete(contacts).where(contacts.c.id == contact_id))
            self._drop_unused_tags(connection)

        self._write(run)

    def import_contacts(self, incoming: Iterable[DirectoryContact], *, replace_newer: bool = False) -> ImportSummary:
        def run(connection: Connection) -> ImportSummary:
            existing = {contact.content() for contact in self._fetch(connection, contacts.c.id.is_not(None))}
            claimed: set[str] = set()
            added = updated = unchanged = kept_newer = 0
            for contact in incoming:
                if not usable_uid(contact.uid) or contact.uid in claimed:
                    contact = replace(contact, uid="")
                if contact.uid:
                    claimed.add(contact.uid)
                stored = self._fetch(connection, contacts.c.uid == contact.uid) if contact.uid else []
                if stored:
                    if stored[0].content() == contact.content():
                        unchanged += 1
                    elif not replace_newer and older_than(contact.updated_at, stored[0].updated_at):
                        kept_newer += 1  # an old export re-imported never reverts newer edits
                    else:
                        self._update(connection, contact, check_stamp=False, contact_id=stored[0].id)
                        updated += 1
                elif contact.content() in existing:
                    unchanged += 1
                else:
                    self._insert(connection, contact)
                    existing.add(contact.content())
                    added += 1
            self._drop_unused_tags(connection)
            return ImportSummary(added, updated, unchanged, kept_newer)

        return self._write(run)

    def _insert(self, connection: Connection, contact: DirectoryContact, *, keep_stamp: bool = False) -> int:
        uid = contact.uid if usable_uid(contact.uid) else new_uid()
        stamp = contact.updated_at if keep_stamp and contact.updated_at else now_stamp()
        result = connection.execute(contacts.insert().values(**_values(contact), uid=uid, updated_at=stamp))
        contact_id = int(result.inserted_primary_key[0])  # type: ignore[index]  # an insert always has a primary key here
        self._set_tags(connection, contact_id, contact.tags)
        return contact_id

    def _update(
        self, connection: Connection, contact: DirectoryContact, *, check_stamp: bool, contact_id: int | None = None
    ) -> int:
        contact_id = contact.id if contact_id is None else contact_id
        if contact_id is None:
            raise DirectoryError("cannot update a contact that was never stored (it has no id)")
        stored = connection.execute(select(contacts.c.updated_at).where(contacts.c.id == contact_id)).scalar()
        if stored is None:
            raise DirectoryConflict(f"contact {contact_id} no longer exists in the directory (deleted elsewhere?)")
        if check_stamp and contact.updated_at and contact.updated_at != stored:
            raise DirectoryConflict(f"contact {contact_id} was changed elsewhere since it was opened; reload it")
        result = connection.execute(
            update(contacts)
            .where(contacts.c.id == contact_id, contacts.c.updated_at == stored)
            .values(**_values(contact), updated_at=next_stamp(stored))
        )
        if result.rowcount != 1:
            raise DirectoryConflict(f"contact {contact_id} was changed elsewhere since it was opened; reload it")
        self._set_tags(connection, contact_id, contact.tags)
        return contact_id

    def _set_tags(self, connection: Connection, contact_id: int, names: Iterable[str]) -> None:
        """Tags are shared by key (folded), so "Press team" and "press team" stay one tag with its first spelling."""
        connection.execute(delete(contact_tags).where(contact_tags.c.contact_id == contact_id))
        for tag in normalise_tags(names):
            connection.execute(insert_for(connection, tags).values(name=tag, key=fold(tag)).on_conflict_do_nothing())
            tag_id = connection.execute(select(tags.c.id).where(tags.c.key == fold(tag))).scalar_one()
            connection.execute(
                insert_for(connection, contact_tags)
                .values(contact_id=contact_id, tag_id=tag_id)
                .on_conflict_do_nothing()
            )

    @staticmethod
    def _drop_unused_tags(connection: Connection) -> None:
        connection.execute(delete(tags).where(tags.c.id.not_in(select(contact_tags.c.tag_id))))

    # moving an old directory in -----------------------------------------------------------------------------------
    def import_directory_file(self, path: Path) -> ImportSummary:
        """Copy a contact directory file (any schema version) into this library, keeping every contact's uid, stamp
        and tags, so releases that remember them still match. Contacts whose uid is already here are left alone.
        The file itself is not changed: it is read through a private copy, which is what gets migrated."""
        with private_copy(path) as copy, SqliteContactRepository(copy) as old:
            people = old.all()

        def run(connection: Connection) -> ImportSummary:
            added = unchanged = 0
            for person in people:
                if connection.execute(select(contacts.c.id).where(contacts.c.uid == person.uid)).first() is not None:
                    unchanged += 1
                    continue
                self._insert(connection, person, keep_stamp=True)
                added += 1
            return ImportSummary(added, 0, unchanged)

        return self._write(run)

    def close(self) -> None:
        if self._owns_library:
            self.library.close()

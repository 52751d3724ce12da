"""The directory's SQLite layout and its migrations: version 0 (new file) or any older version up to the current.

Each `_migrate_to_N` runs inside the repository's one migration transaction; `SCHEMA_VERSION` is how many there are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.directory.contact import DirectoryContact, new_uid, normalise_tags, search_text
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

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
    rows = db.execute(f"SELECT {COLUMNS} FROM contacts c").fetchall()
    for row in rows:
        contact = contact_from_row(row)
        db.execute(
            "UPDATE contacts SET uid = ?, search_text = ? WHERE id = ?",
            (new_uid(), search_text(contact), contact.id),
        )
    _create_indexes(db)


def _create_indexes(db: sqlite3.Connection) -> None:
    db.execute("CREATE UNIQUE INDEX contacts_by_uid ON contacts(uid)")
    # Covers search_ids(): scanned in display order, so a one-letter query needs no sort of 10,000 rows.
    db.execute(f"CREATE INDEX contacts_in_display_order ON contacts({ORDER_COLUMNS}, search_text)")


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


MIGRATIONS = (_migrate_to_1, _migrate_to_2, _migrate_to_3)
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = (
    "name_zh, name_en, title_zh, title_en, unit_zh, unit_en, office_phone, mobile, email, "
    "print_office_phone, print_mobile, id, notes, uid, updated_at"
)
TAGS = (
    "(SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
    " WHERE ct.contact_id = c.id)"
)
ORDER_COLUMNS = "name_zh = '', name_zh, lower(name_en), id"
ORDER = "ORDER BY c.name_zh = '', c.name_zh, lower(c.name_en), c.id"
"""Chinese names first (code-point order follows radical and stroke count), then English-only names."""


def contact_from_row(row: Sequence[object]) -> DirectoryContact:
    """A directory contact from one row of the contacts query (columns in `row_values` order)."""
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
        id=int(row[11]),  # type: ignore[call-overload]  # the id column is an integer
        notes=text[12],
        uid=text[13],
        updated_at=text[14],
        tags=normalise_tags(tags),
    )


def row_values(contact: DirectoryContact) -> tuple[object, ...]:
    """A contact's column values, in the order `contact_from_row` reads them."""
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


SET_COLUMNS = (
    "name_zh, name_en, title_zh, title_en, unit_zh, unit_en, office_phone, mobile, email, "
    "print_office_phone, print_mobile, notes, search_text"
)

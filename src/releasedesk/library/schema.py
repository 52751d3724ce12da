"""The library's tables, one definition for SQLite and PostgreSQL (SQLAlchemy Core).

`contacts`, `tags` and `contact_tags` keep the contact directory's own layout (schema 3), so an existing directory
file becomes a library in place and older ReleaseDesk versions can still read its contacts. Text that is sorted or
compared by range uses the "C" collation on PostgreSQL: code-point order, as SQLite's BINARY gives.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _ordered_text() -> Text:
    return Text().with_variant(Text(collation="C"), "postgresql")


contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", Text, nullable=False),
    Column("name_zh", _ordered_text(), nullable=False, server_default=""),
    Column("name_en", _ordered_text(), nullable=False, server_default=""),
    Column("title_zh", Text, nullable=False, server_default=""),
    Column("title_en", Text, nullable=False, server_default=""),
    Column("unit_zh", Text, nullable=False, server_default=""),
    Column("unit_en", Text, nullable=False, server_default=""),
    Column("office_phone", Text, nullable=False, server_default=""),
    Column("mobile", Text, nullable=False, server_default=""),
    Column("email", Text, nullable=False, server_default=""),
    Column("print_office_phone", Boolean, nullable=False, server_default="1"),
    Column("print_mobile", Boolean, nullable=False, server_default="0"),
    Column("notes", Text, nullable=False, server_default=""),
    Column("search_text", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
)
Index("contacts_by_uid", contacts.c.uid, unique=True)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, unique=True),
)

contact_tags = Table(
    "contact_tags",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)
Index("contact_tags_by_tag", contact_tags.c.tag_id)

releases = Table(
    "releases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True),
    Column("version", Integer, nullable=False),
    Column("number", Text, nullable=False, server_default=""),
    Column("issued_on", Date, nullable=False),
    Column("status", String(20), nullable=False),
    Column("unit_zh", Text, nullable=False, server_default=""),
    Column("unit_en", Text, nullable=False, server_default=""),
    Column("agency_zh", Text, nullable=False, server_default=""),
    Column("agency_en", Text, nullable=False, server_default=""),
    Column("headline_zh", Text, nullable=False, server_default=""),
    Column("headline_en", Text, nullable=False, server_default=""),
    Column("languages", String(20), nullable=False, server_default=""),
    Column("author", Text, nullable=False, server_default=""),
    Column("source_name", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("search_zh", Text, nullable=False, server_default=""),
    Column("search_en", Text, nullable=False, server_default=""),
    Column("document", LargeBinary, nullable=False),
)
"""One row per release, holding its current version; `version` is the optimistic-concurrency counter."""
Index("releases_by_number", releases.c.number)
Index("releases_by_date", releases.c.issued_on)

release_versions = Table(
    "release_versions",
    metadata,
    Column("release_id", Integer, ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("saved_at", Text, nullable=False),
    Column("author", Text, nullable=False, server_default=""),
    Column("status", String(20), nullable=False),
    Column("document", LargeBinary, nullable=False),
)

release_terms = Table(
    "release_terms",
    metadata,
    Column("term", _ordered_text(), primary_key=True),
    Column("release_id", Integer, primary_key=True),  # no foreign key: a derived index the code keeps in step
    Column("langs", Integer, nullable=False),
    sqlite_with_rowid=False,
)
"""The search index: one row per (term, release); `langs` is a bit set (1 Chinese text, 2 English text). On
PostgreSQL the key INCLUDEs `langs` (migration 0004), so language-limited searches read the index alone."""

profiles = Table(
    "profiles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", _ordered_text(), nullable=False, unique=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("logo", LargeBinary, nullable=True),
    Column("logo_mime", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
)
"""Agency profiles: `data` is the profile's JSON (names, boilerplate, contacts, template, number scheme)."""

number_counters = Table(
    "number_counters",
    metadata,
    Column("scope", _ordered_text(), primary_key=True),
    Column("value", Integer, nullable=False),
)
"""Release-number sequences: one counter per rendered prefix (e.g. "MODS-2026-1130-"), bumped by one upsert."""

glossary_entry = Table(
    "glossary_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("zh", Text, nullable=False, unique=True),
    Column("en", Text, nullable=False),
    Column("deprecated", Text, nullable=False, server_default=""),
    Column("kind", Text, nullable=False, server_default="other"),
    Column("note", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
)
"""The writing checks' glossary (the layout the directory file has kept it in since the checks came)."""

office_word = Table(
    "office_word",
    metadata,
    Column("word", Text, primary_key=True),
    Column("added_at", Text, nullable=False),
)
"""Words the office's spelling check accepts."""

office_setting = Table(
    "office_setting",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)
"""The office's check settings (English variant, 臺/台)."""

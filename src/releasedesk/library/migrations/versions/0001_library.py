"""The first library schema: contacts (the directory's layout), releases, their versions and search terms, agency
profiles and number counters.

On SQLite the contact tables usually exist already (the directory's own migrations made them), and are kept.
Tables are spelled out here rather than taken from `schema.py`, so this revision means the same thing forever.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ordered() -> sa.types.TypeEngine[str]:
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def _text(name: str, ordered: bool = False) -> sa.Column[str]:
    return sa.Column(name, _ordered() if ordered else sa.Text(), nullable=False, server_default="")


def _contact_tables() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, sa.CheckConstraint("uid <> ''"), nullable=False),
        _text("name_zh", ordered=True),
        _text("name_en", ordered=True),
        *(_text(name) for name in ("title_zh", "title_en", "unit_zh", "unit_en", "office_phone", "mobile", "email")),
        sa.Column("print_office_phone", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("print_mobile", sa.Boolean, nullable=False, server_default=sa.false()),
        _text("notes"),
        _text("search_text"),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("contacts_by_uid", "contacts", ["uid"], unique=True)
    op.create_index(
        "contacts_in_display_order", "contacts", [sa.text("(name_zh = '')"), "name_zh", sa.text("lower(name_en)"), "id"]
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False, unique=True),
    )
    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("contact_tags_by_tag", "contact_tags", ["tag_id"])


def upgrade() -> None:
    """Create the library's tables (the contact tables only where the directory has not made them)."""
    if "contacts" not in sa.inspect(op.get_bind()).get_table_names():
        _contact_tables()
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        _text("number"),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        *(_text(name) for name in ("unit_zh", "unit_en", "agency_zh", "agency_en", "headline_zh", "headline_en")),
        sa.Column("languages", sa.String(20), nullable=False, server_default=""),
        _text("author"),
        _text("source_name"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        _text("search_zh"),
        _text("search_en"),
        sa.Column("document", sa.LargeBinary, nullable=False),
    )
    op.create_index("releases_by_number", "releases", ["number"])
    op.create_index("releases_by_date", "releases", ["issued_on"])
    op.create_table(
        "release_versions",
        sa.Column("release_id", sa.Integer, sa.ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("saved_at", sa.Text, nullable=False),
        _text("author"),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("document", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "release_terms",
        sa.Column("term", _ordered(), primary_key=True),
        sa.Column("release_id", sa.Integer, primary_key=True),  # derived, kept in step by the code
        sa.Column("langs", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", _ordered(), nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("logo", sa.LargeBinary, nullable=True),
        _text("logo_mime"),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_table(
        "number_counters",
        sa.Column("scope", _ordered(), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )

"""The writing checks' glossary, office word list and office settings move into the library, so an office on a
PostgreSQL server shares one glossary.

On SQLite these tables usually exist already: the checks kept them in the directory file, which is the library file;
they are kept as they are, entries and ids included. A laptop's entries reach an office server with
`releasedesk library import-directory FILE` (contacts and glossary together). On PostgreSQL the new tables announce
changes like the others (revision 0002).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("glossary_entry", "office_word", "office_setting")


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "glossary_entry" not in existing:
        op.create_table(
            "glossary_entry",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("zh", sa.Text, sa.CheckConstraint("zh <> ''"), nullable=False, unique=True),
            sa.Column("en", sa.Text, sa.CheckConstraint("en <> ''"), nullable=False),
            sa.Column("deprecated", sa.Text, nullable=False, server_default=""),
            sa.Column("kind", sa.Text, nullable=False, server_default="other"),
            sa.Column("note", sa.Text, nullable=False, server_default=""),
            sa.Column("updated_at", sa.Text, nullable=False),
        )
    if "office_word" not in existing:
        op.create_table(
            "office_word",
            sa.Column("word", sa.Text, sa.CheckConstraint("word <> ''"), primary_key=True),
            sa.Column("added_at", sa.Text, nullable=False),
        )
    if "office_setting" not in existing:
        op.create_table(
            "office_setting",
            sa.Column("key", sa.Text, primary_key=True),
            sa.Column("value", sa.Text, nullable=False),
        )
    if bind.dialect.name == "postgresql":
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION releasedesk_notify()"
            )

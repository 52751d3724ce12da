"""A change counter per shared table, bumped by triggers: what a poll compares to tell which tables changed.

The tokens were each table's row count and newest time stamp. The glossary's and the office words' stamps have
one-second resolution, so a glossary entry edited twice within a second, together with a saved release, showed as
"releases changed" only, and the windows kept checking against the old entry; an edit that keeps a row's stamp
(a contact imported with its own older one) or a delete plus an insert within one stamp did the same. A counter
moves with every committed change, whoever makes it (a window, the command line, an older ReleaseDesk that only
knows the contacts, sqlite3 or psql), and becomes visible exactly when the change commits.

SQLite has row triggers only (one UPDATE of a counter per changed row; writers are serialised by the file lock
anyway). PostgreSQL gets statement triggers, like the NOTIFY ones of revision 0002: one bump per statement.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE = "change_counters"
COUNTED = (
    "releases",
    "contacts",
    "contact_tags",
    "tags",
    "profiles",
    "glossary_entry",
    "office_word",
    "office_setting",
)
"""The tables whose changes other windows react to (the ones revisions 0002 and 0003 announce on PostgreSQL)."""

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION releasedesk_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE {TABLE} SET counter = counter + 1 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("table_name", sa.Text, primary_key=True),
        sa.Column("counter", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.bulk_insert(sa.table(TABLE, sa.column("table_name", sa.Text)), [{"table_name": name} for name in COUNTED])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for name in COUNTED:
            op.execute(
                f"CREATE TRIGGER {name}_count AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {name} "
                "FOR EACH STATEMENT EXECUTE FUNCTION releasedesk_count_change()"
            )
        return
    for name in COUNTED:
        for event in ("insert", "update", "delete"):
            op.execute(
                f"CREATE TRIGGER {name}_count_{event} AFTER {event.upper()} ON {name} FOR EACH ROW BEGIN "
                f"UPDATE {TABLE} SET counter = counter + 1 WHERE table_name = '{name}'; END"
            )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name in COUNTED:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {name}_count ON {name}")
        else:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_count_{event}")
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS releasedesk_count_change()")
    op.drop_table(TABLE)

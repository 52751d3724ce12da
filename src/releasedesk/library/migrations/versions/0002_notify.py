"""PostgreSQL: announce every committed change to the shared tables (NOTIFY releasedesk_library, '<table>'), so open
windows refresh without polling. A statement trigger, so an import of thousands of rows sends one notice per table;
PostgreSQL also folds identical notices of one transaction into one. SQLite has no notices: nothing to do there.
Revision 0003 adds the same trigger to the tables it creates.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("releases", "contacts", "contact_tags", "tags", "profiles")

FUNCTION = """
CREATE OR REPLACE FUNCTION releasedesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('releasedesk_library', TG_TABLE_NAME);
    RETURN NULL;
END
$$
"""


def add_triggers(tables: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION releasedesk_notify()"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    add_triggers(TABLES)

"""The roles and grants docs/office-library.md gives an office server, tried on a real PostgreSQL: editors write rows
(and allocate numbers) without owning the schema; a print station's read-only role searches and reads, and a write
is refused in one line."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from library.helpers import make_release
from releasedesk.library.errors import LibraryError
from releasedesk.library.numbering import allocate
from releasedesk.library.store import Library

GRANTS = """
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO releasedesk_editors, releasedesk_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO releasedesk_editors;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO releasedesk_editors;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO releasedesk_readers;
"""


def test_editor_and_read_only_roles(pg_url: str) -> None:
    base, name = pg_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        for role in ("releasedesk_editors", "releasedesk_readers"):
            admin.execute(f"DROP ROLE IF EXISTS {role}_member")
            admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.execute("CREATE ROLE releasedesk_editors NOLOGIN")
        admin.execute("CREATE ROLE releasedesk_readers NOLOGIN")
        admin.execute("CREATE ROLE releasedesk_editors_member LOGIN IN ROLE releasedesk_editors")
        admin.execute("CREATE ROLE releasedesk_readers_member LOGIN IN ROLE releasedesk_readers")
    with Library(pg_url) as owner:  # the schema is created by the owner (here the superuser)
        owner.releases.add(make_release("寬頻成果", "Broadband results"))
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(GRANTS)
    editor_url = pg_url.replace("postgres@", "releasedesk_editors_member@")
    reader_url = pg_url.replace("postgres@", "releasedesk_readers_member@")
    try:
        with Library(editor_url) as editor:
            editor.releases.add(make_release("寬頻第二篇", "Second"))
            assert allocate(editor, "E-{seq:02}", date(2026, 1, 1)) == "E-01"
            editor.contacts().add(_person())
        with Library(reader_url) as reader:
            assert len(reader.releases.search("寬頻")) == 2
            assert reader.contacts().count() == 1
            with pytest.raises(LibraryError) as refused:
                reader.releases.add(make_release("不該寫入", "Must not be written"))
            assert "permission denied" in str(refused.value)
            assert "\n" not in str(refused.value)
            assert reader.releases.count() == 2
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for role in ("releasedesk_editors_member", "releasedesk_readers_member"):
                admin.execute(f"DROP ROLE IF EXISTS {role}")
            admin.execute("DROP ROLE IF EXISTS releasedesk_editors")
            admin.execute("DROP ROLE IF EXISTS releasedesk_readers")


def _person():
    from releasedesk.directory.contact import DirectoryContact
    from releasedesk.model.release import Bilingual

    return DirectoryContact(name=Bilingual("林怡君", "Lin Yi-chun"), tags=["press"])

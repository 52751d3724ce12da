"""Exporting and checking only read the library: one older than the glossary (revision 0002) is not migrated.

Reading the glossary for the writing checks used to open the full store, which upgrades the schema: an export on a
print station, or one run with an older library on a USB stick, changed the library. Now a library without the
glossary tables is said once, in one line, and the checks go on without a glossary.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from releasedesk.cli import main
from releasedesk.directory.repository import SqliteContactRepository
from releasedesk.fileformat import save_release
from releasedesk.library.engine import make_engine, write_transaction
from releasedesk.library.store import _alembic_config
from releasedesk.samples import load_sample

NOTE = "no glossary or word list in this library yet (an older one); the writing checks go on without them"


def library_at(url: str, revision: str) -> None:
    """A library as an older ReleaseDesk left it: migrated only up to `revision`."""
    engine = make_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            SqliteContactRepository(Path(engine.url.database or "")).close()  # the directory's own tables first
        with write_transaction(engine) as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _tables_and_revision(url: str) -> tuple[set[str], str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            if engine.dialect.name == "sqlite":
                names = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
            else:
                names = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                names = names.scalars()
            return set(names), str(revision)
    finally:
        engine.dispose()


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.rdrelease"
    save_release(load_sample("announcement"), path)
    return path


@pytest.mark.parametrize("command_line", ["export", "check"])
@pytest.mark.parametrize("named", [True, False], ids=["--db", "default-file"])
def test_an_older_sqlite_library_is_read_not_migrated(
    release_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command_line: str, named: bool
) -> None:
    from releasedesk.checks.cli import library_file

    db = tmp_path / "usb" / "old.sqlite3" if named else library_file()
    db.parent.mkdir(parents=True, exist_ok=True)
    library_at(str(db), "0002")
    before = db.read_bytes()
    folder = sorted(path.name for path in db.parent.iterdir())
    out = tmp_path / "out.txt"
    argv = [command_line, str(release_file), *(["--text", str(out)] if command_line == "export" else [])]
    assert main([*argv, *(["--db", str(db)] if named else [])]) == 0
    assert db.read_bytes() == before
    assert sorted(path.name for path in db.parent.iterdir()) == folder  # no journal, -wal or -shm left either
    notes = [line for line in capsys.readouterr().err.splitlines() if "glossary" in line]
    assert notes == [f"releasedesk: {db}: {NOTE}"]
    if command_line == "export":
        assert out.read_text(encoding="utf-8").strip()


def test_an_older_postgresql_library_is_read_not_migrated(
    release_file: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    library_at(pg_url, "0002")
    before = _tables_and_revision(pg_url)
    out = tmp_path / "out.txt"
    assert main(["export", str(release_file), "--text", str(out), "--db", pg_url]) == 0
    assert _tables_and_revision(pg_url) == before
    assert before[1] == "0002"
    notes = [line for line in capsys.readouterr().err.splitlines() if "glossary" in line]
    assert len(notes) == 1
    assert notes[0].endswith(NOTE)
    assert out.exists()


def test_a_current_postgresql_library_lends_its_glossary_without_being_written(
    release_file: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from releasedesk.checks.glossary import GlossaryEntry
    from releasedesk.checks.glossary_store import CheckStore

    with CheckStore(pg_url) as store:
        store.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair",)))
    assert main(["check", str(release_file), "--db", pg_url]) == 0
    assert "glossary" not in capsys.readouterr().err

"""`releasedesk contacts …` through the top-level command line, on real files."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from releasedesk.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository, default_db_path
from releasedesk.directory.vcard import read_vcard_file

if TYPE_CHECKING:
    from pathlib import Path


def test_import_list_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: list[DirectoryContact]
) -> None:
    db = tmp_path / "c.sqlite3"
    with SqliteContactRepository(tmp_path / "seed.sqlite3") as seed:
        for contact in samples:
            seed.add(contact)
    assert main(["contacts", "--db", str(tmp_path / "seed.sqlite3"), "export", str(tmp_path / "in.vcf")]) == EXIT_OK
    assert "wrote 3 contacts" in capsys.readouterr().out

    assert main(["contacts", "--db", str(db), "import", str(tmp_path / "in.vcf")]) == EXIT_OK
    assert "imported 3 contacts (3 new, 0 updated, 0 already there)" in capsys.readouterr().out
    assert main(["contacts", "--db", str(db), "import", str(tmp_path / "in.vcf")]) == EXIT_OK
    assert "imported 3 contacts (0 new, 0 updated, 3 already there)" in capsys.readouterr().out

    assert main(["contacts", "--db", str(db), "list", "發言人"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].split("\t")[1:3] == ["陳美玲", "Chen Mei-ling"]

    assert main(["contacts", "--db", str(db), "list"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 3

    out = tmp_path / "out.vcf"
    assert main(["contacts", "--db", str(db), "export", "--vcard", "4.0", "--query", "經濟部", str(out)]) == EXIT_OK
    exported = read_vcard_file(out)
    assert "VERSION:4.0" in out.read_text("utf-8")
    assert sorted(contact.name.zh for contact in exported.contacts) == ["王小明", "陳美玲"]


def test_import_with_malformed_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vcf = tmp_path / "x.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:王小明\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN\nEND:VCARD\n", "utf-8")
    db = tmp_path / "c.sqlite3"
    assert main(["contacts", "--db", str(db), "import", str(vcf)]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert "imported 1 contacts" in captured.out
    assert f"{vcf}:7: cannot read this line: FN" in captured.err
    with SqliteContactRepository(db) as repo:
        assert [contact.name.zh for contact in repo.all()] == ["王小明"]


def test_errors_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite3"
    assert main(["contacts", "--db", str(db), "import", str(tmp_path / "missing.vcf")]) == EXIT_ERROR
    assert "missing.vcf: cannot read" in capsys.readouterr().err
    not_db = tmp_path / "not.sqlite3"
    not_db.write_text("x" * 4096)
    assert main(["contacts", "--db", str(not_db), "list"]) == EXIT_ERROR
    assert "not a usable contact directory" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["contacts", "frobnicate"])
    assert exit_info.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as exit_info:
        main(["contacts", "export", str(tmp_path / "o.vcf"), "--vcard", "2.1"])
    assert exit_info.value.code == EXIT_USAGE


def test_default_database_is_the_users_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:陳美玲\nEND:VCARD\n", "utf-8")
    assert main(["contacts", "import", str(vcf)]) == EXIT_OK
    assert default_db_path().is_file()
    with SqliteContactRepository(default_db_path()) as repo:
        assert [contact.name.zh for contact in repo.all()] == ["陳美玲"]

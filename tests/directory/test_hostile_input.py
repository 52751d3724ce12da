"""The directory against old exports, read-only databases and hostile vCards: nothing reverted, one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from releasedesk.cli import EXIT_ERROR, EXIT_OK, main
from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.directory.vcard import MAX_LINE_CHARS, parse_vcards

if TYPE_CHECKING:
    from pathlib import Path


def _db_with(tmp_path: Path, samples: list[DirectoryContact]) -> Path:
    db = tmp_path / "c.sqlite3"
    with SqliteContactRepository(db) as repository:
        for contact in samples:
            repository.add(contact)
    return db


def test_reimporting_an_older_export_keeps_newer_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: list[DirectoryContact]
) -> None:
    db = _db_with(tmp_path, samples)
    old_export = tmp_path / "old.vcf"
    assert main(["contacts", "--db", str(db), "export", str(old_export)]) == EXIT_OK
    with SqliteContactRepository(db) as repository:
        wang = repository.search("王小明")[0]
        repository.update(replace(wang, mobile="0900-000-000"))  # edited after the export
    capsys.readouterr()
    assert main(["contacts", "--db", str(db), "import", str(old_export)]) == EXIT_OK
    assert "(0 new, 0 updated, 2 already there, 1 kept: newer in the directory)" in capsys.readouterr().out
    with SqliteContactRepository(db) as repository:
        assert repository.search("王小明")[0].mobile == "0900-000-000"
    assert main(["contacts", "--db", str(db), "import", "--replace-newer", str(old_export)]) == EXIT_OK
    assert "1 updated" in capsys.readouterr().out
    with SqliteContactRepository(db) as repository:
        assert repository.search("王小明")[0].mobile == "0912-345-678"


def test_foreign_card_rev_decides(tmp_path: Path, samples: list[DirectoryContact]) -> None:
    db = _db_with(tmp_path, samples[:1])
    with SqliteContactRepository(db) as repository:
        uid = repository.all()[0].uid

    def card(rev: str, phone: str) -> str:
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:{uid}",
            "FN:王小明",
            f"TEL;TYPE=WORK:{phone}",
            f"REV:{rev}",
            "END:VCARD",
        ]
        return "\r\n".join(lines) + "\r\n"

    older, newer = parse_vcards(card("20000101T000000Z", "1")), parse_vcards(card("29990101T000000Z", "2"))
    with SqliteContactRepository(db) as repository:
        assert repository.import_contacts(older.contacts).kept_newer == 1
        assert repository.all()[0].office_phone == "(02) 2366-1234 #56"
        assert repository.import_contacts(newer.contacts).updated == 1
        assert repository.all()[0].office_phone == "2"


def _make_immutable(path: Path) -> bool:
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("how", ["file mode 0444", "immutable folder"])
def test_read_only_database_can_be_listed_not_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: list[DirectoryContact], how: str
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    db = _db_with(folder, samples)
    for leftover in folder.glob("c.sqlite3-*"):  # a closed database in WAL mode leaves nothing else behind
        leftover.unlink()
    vcf = tmp_path / "in.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEND:VCARD\r\n", encoding="utf-8")
    before = db.read_bytes()
    if how == "file mode 0444":
        db.chmod(0o444)
    elif not _make_immutable(folder):
        pytest.skip("cannot make a folder immutable here")
    try:
        assert main(["contacts", "--db", str(db), "list"]) == EXIT_OK
        assert len(capsys.readouterr().out.splitlines()) == 3
        assert main(["contacts", "--db", str(db), "import", str(vcf)]) == EXIT_ERROR
        (line,) = capsys.readouterr().err.splitlines()
        assert "read-only" in line
        assert "nothing was changed" in line
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        os.chmod(db, 0o644)
    assert db.read_bytes() == before


def test_control_characters_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite3"
    vcf = tmp_path / "evil.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Evil\x1b[2J\x1b]0;owned\x07 Name\r\nEND:VCARD\r\nstray \x1b[31mred\r\n",
        encoding="utf-8",
    )
    assert main(["contacts", "--db", str(db), "import", str(vcf)]) == EXIT_ERROR  # the stray line is a problem
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "\\x1b[31mred" in captured.err
    assert main(["contacts", "--db", str(db), "list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "Evil[2J]0;owned Name" in out


# VmHWM is this program's own peak (ru_maxrss would include the forking pytest's size on Linux).
MEMORY_PROBE = """
import sys
from releasedesk.cli import main
code = main(["contacts", "--db", sys.argv[1], "import", sys.argv[2]])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(code, int(peak.split()[1]) // 1024)
"""


def test_huge_vcard_field_is_refused_in_one_line_without_eating_memory(tmp_path: Path) -> None:
    vcf = tmp_path / "huge.vcf"
    note = "x" * (10 * 1024 * 1024)
    folded = "\r\n ".join(note[i : i + 74] for i in range(0, len(note), 74))
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Note\r\nNOTE:" + folded + "\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Small\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(tmp_path / "c.sqlite3"), str(vcf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    code, peak_mib = (int(part) for part in probe.stdout.split()[-2:])
    assert code == EXIT_ERROR
    problem_lines = [line for line in probe.stderr.splitlines() if "too long" in line]
    assert len(problem_lines) == 1
    assert f"{MAX_LINE_CHARS:,}" in problem_lines[0]
    assert "huge.vcf:4:" in problem_lines[0]
    assert "imported 1 contacts (1 new" in probe.stdout  # the good card still comes in
    assert peak_mib < 400, f"peak memory {peak_mib} MiB"


def test_vcard_import_from_a_fifo_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    assert main(["contacts", "--db", str(tmp_path / "c.sqlite3"), "import", str(fifo)]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert "not a regular file" in line

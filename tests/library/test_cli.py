"""`releasedesk library …`, `releasedesk new --profile` and `releasedesk contacts --db URL` on both engines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from library.helpers import make_release
from library.test_profiles import mods
from releasedesk.cli import main
from releasedesk.fileformat import load_release, save_release
from releasedesk.library.store import Library
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from pathlib import Path


def test_add_search_list_get_and_versions(library_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "a.rdrelease"
    second = tmp_path / "b.rdrelease"
    save_release(make_release("綠能產業", "Green energy", number="N-1"), first)
    save_release(make_release("金融論壇", "Finance forum", status=Status.APPROVED), second)
    assert main(["library", "--db", library_url, "add", str(first), str(second), "--author", "amy"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"added 1: {first}", f"added 2: {second}"]

    edited = make_release("綠能產業新聞", "Green energy", number="N-1")
    save_release(edited, first)
    assert main(["library", "--db", library_url, "add", str(first)]) == 0
    assert capsys.readouterr().out.strip() == f"updated 1 (version 2): {first}"
    assert main(["library", "--db", library_url, "add", str(first)]) == 0
    assert capsys.readouterr().out.strip() == f"unchanged 1: {first}"

    assert main(["library", "--db", library_url, "search", "綠能"]) == 0
    assert capsys.readouterr().out == "1\tN-1\t2026-03-01\tdraft\t綠能產業新聞\tGreen energy\n"
    assert main(["library", "--db", library_url, "search", "forum", "--lang", "zh-TW"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["library", "--db", library_url, "list", "--status", "approved"]) == 0
    assert capsys.readouterr().out.split("\t")[0] == "2"

    out = tmp_path / "got.rdrelease"
    assert main(["library", "--db", library_url, "get", "1", str(out), "--version", "1"]) == 0
    assert load_release(out).content["zh-TW"].headline == "綠能產業"
    assert main(["library", "--db", library_url, "get", "1", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["library", "--db", library_url, "versions", "1"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["1", "2"]


def test_profiles_and_new_from_a_profile(library_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library(library_url) as library:
        library.profiles.save(mods())
    assert main(["library", "--db", library_url, "profiles", "export", "MODS", str(tmp_path / "m.toml")]) == 0
    assert main(["library", "--db", library_url, "profiles", "import", str(tmp_path / "m.toml")]) == 0
    assert main(["library", "--db", library_url, "profiles", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "MODS"
    out = tmp_path / "new.rdrelease"
    assert main(["new", "--profile", "MODS", "--db", library_url, str(out)]) == 0
    release = load_release(out)
    assert release.agency.zh == "數位服務部"
    assert release.number.endswith("-01")
    assert release.logo_image_id
    assert main(["new", "--profile", "Nope", "--db", library_url, str(tmp_path / "x.rdrelease")]) == 1
    assert "no agency profile named 'Nope'" in capsys.readouterr().err


def test_contacts_on_the_same_store(library_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "c.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lin Yi-chun\r\nN:Lin;Yi-chun;;;\r\nEND:VCARD\r\n", "utf-8")
    assert main(["contacts", "--db", library_url, "import", str(card)]) == 0
    assert main(["contacts", "--db", library_url, "list", "lin"]) == 0
    assert "Lin Yi-chun" in capsys.readouterr().out
    with Library(library_url) as library:
        assert library.contacts().count() == 1


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'l.sqlite3'}"
    (tmp_path / "bad.rdrelease").write_text("{", "utf-8")
    assert main(["library", "--db", db, "add", str(tmp_path / "bad.rdrelease")]) == 1
    assert main(["library", "--db", "mysql://x/y", "list"]) == 1
    assert main(["library", "--db", db, "get", "5", str(tmp_path / "o.rdrelease")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3
    assert all(line.startswith("releasedesk library: ") for line in errors)
    with pytest.raises(SystemExit) as usage:
        main(["library", "--db", db, "list", "--from", "yesterday"])
    assert usage.value.code == 2

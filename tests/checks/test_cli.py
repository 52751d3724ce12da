"""`releasedesk check --checks` and `releasedesk export --strict --checks` with real files and a real database."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_store import TAI_FORM, CheckStore
from releasedesk.cli import EXIT_OK, EXIT_PREFLIGHT, EXIT_USAGE, main
from releasedesk.fileformat import save_release
from releasedesk.model.richtext import text
from releasedesk.pairs.states import confirm_all
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    release = load_sample("announcement")
    zh, en = release.content["zh-TW"].body, release.content["en"].body
    zh[2] = replace(zh[2], runs=(text("本部今日发布新措施，，台灣民眾可上網查詢。"),))
    en[0] = replace(en[0], runs=(text("The Ministry of Digital Affair will recieve forms. "), *en[0].runs))
    confirm_all(release)  # the translations are confirmed: only the writing checks have something to say
    path = tmp_path / "flawed.rdrelease"
    save_release(release, path)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "directory.sqlite3"
    with CheckStore(path) as store:
        store.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair",)))
    return path


def test_check_prints_one_line_per_finding(flawed: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(flawed), "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    findings = [line for line in out if line.startswith(f"{flawed}: ")]
    assert findings == [
        f"{flawed}: zh-TW body ¶3: simplified character 发 → 發",
        f"{flawed}: zh-TW body ¶3: doubled punctuation ，， → ，",
        f"{flawed}: zh-TW body ¶3: 台 → 臺 (the office writes 臺)",
        f"{flawed}: en body ¶1: glossary: 'Ministry of Digital Affair' → official 'Ministry of Digital Affairs' "
        "(數位發展部)",
        f"{flawed}: en body ¶1: spelling: recieve → receive?",
    ]


def test_checks_option_picks_checks_and_office_settings_apply(
    flawed: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with CheckStore(db) as store:
        store.set_setting(TAI_FORM, "")
    assert main(["check", str(flawed), "--db", str(db), "--checks", "tai,spelling"]) == EXIT_OK
    findings = [line for line in capsys.readouterr().out.splitlines() if line.startswith(f"{flawed}: ")]
    assert findings == [f"{flawed}: en body ¶1: spelling: recieve → receive?"]


def test_bundled_sample_checks_clean(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "sample.rdrelease"
    save_release(load_sample("long-report"), path)
    assert main(["check", str(path)]) == EXIT_OK
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith(f"{path}: ")] == []


def test_unknown_check_is_a_usage_error(flawed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(flawed), "--checks", "grammar"]) == EXIT_USAGE
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("unknown check(s): grammar (choose from spelling, style, numerals, tai, glossary)")
    )


def test_export_lists_findings_and_blocks_only_for_named_checks(
    flawed: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.docx"
    base = ["export", str(flawed), "--docx", str(out), "--db", str(db), "--lang", "en", "--strict"]
    assert main(base) == EXIT_OK  # findings listed, but no check named: not blocking
    assert "warning: en body ¶1: spelling: recieve → receive?" not in capsys.readouterr().err  # no suggestions here
    assert out.exists()
    out.unlink()
    assert main([*base, "--checks", "style"]) == EXIT_OK  # the style finding is in the Chinese, not exported
    out.unlink()
    assert main([*base, "--checks", "spelling"]) == EXIT_PREFLIGHT
    err = capsys.readouterr().err
    assert "warning: en body ¶1: spelling: recieve" in err
    assert "refused by --strict: 1 preflight problem(s)" in err
    assert not out.exists()


def test_a_missing_database_is_one_line_and_creates_nothing(
    flawed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    assert main(["check", str(flawed), "--db", str(missing)]) == 1
    assert (
        capsys.readouterr().err
        == f"releasedesk: {missing}: no such database (the glossary and word list live in the library)\n"
    )
    assert not missing.exists()


def test_the_checks_find_the_library_file_the_directory_uses() -> None:
    from releasedesk.checks.cli import library_file
    from releasedesk.directory.repository import default_db_path

    assert library_file() == default_db_path()

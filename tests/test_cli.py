"""The command line, called as tests call it: `main(argv)` returning the documented exit codes."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from releasedesk import cli
from releasedesk.fileformat import load_release
from releasedesk.fileformat.migrations import SCHEMA_VERSION
from releasedesk.samples import load_sample, sample_names

if TYPE_CHECKING:
    from pathlib import Path


def test_new_writes_each_sample_and_check_accepts_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert {"announcement", "long-report"} <= set(sample_names())
    for name in sample_names():
        out = tmp_path / f"{name}.rdrelease"
        assert cli.main(["new", "--sample", name, str(out)]) == cli.EXIT_OK
        assert load_release(out) == load_sample(name)
        assert cli.main(["check", str(out)]) == cli.EXIT_OK
        assert f"ok: {out}" in capsys.readouterr().out


def test_new_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.rdrelease"
    out.write_text("my work")
    assert cli.main(["new", str(out)]) == cli.EXIT_ERROR
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "my work"
    assert cli.main(["new", "--force", str(out)]) == cli.EXIT_OK
    assert cli.main(["new", "--sample", "no-such-sample", str(tmp_path / "x")]) == cli.EXIT_ERROR
    assert "no sample named 'no-such-sample'" in capsys.readouterr().err


def test_check_reports_each_bad_file_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.rdrelease"
    bad.write_bytes(b'{"format": "releasedesk-release", "schema": 99, "release": {}}')
    good = tmp_path / "good.rdrelease"
    cli.main(["new", str(good)])
    capsys.readouterr()
    assert cli.main(["check", str(bad), str(good)]) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    error_lines = captured.err.strip().splitlines()
    newer = (
        f"written by a newer ReleaseDesk (file format 99; this version reads up to {SCHEMA_VERSION}): "
        "please update ReleaseDesk"
    )
    assert error_lines == [f"invalid: {bad}: {newer}"]
    assert f"ok: {good}" in captured.out


def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["export"])
    assert caught.value.code == cli.EXIT_USAGE
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as caught:
        cli.main(["export", "x.rdrelease", "--lang", "fr", "--pdf", "x.pdf"])
    assert caught.value.code == cli.EXIT_USAGE
    capsys.readouterr()
    assert cli.main(["export", "x.rdrelease"]) == cli.EXIT_USAGE
    assert "nothing to do" in capsys.readouterr().err


def test_export_of_a_missing_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.rdrelease"
    assert cli.main(["export", str(missing), "--pdf", str(tmp_path / "x.pdf")]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == f"releasedesk: {missing}: no such file\n"
    assert not (tmp_path / "x.pdf").exists()


def test_module_entry_point_runs_without_a_display(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "releasedesk", "check", str(tmp_path / "none.rdrelease")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": ""},
    )
    assert result.returncode == cli.EXIT_ERROR
    assert result.stderr.strip() == f"invalid: {tmp_path / 'none.rdrelease'}: no such file"


def test_export_page_size_and_template_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    sample = tmp_path / "a.rdrelease"
    cli.main(["new", str(sample)])
    letter = tmp_path / "letter.pdf"
    assert cli.main(["export", str(sample), "--pdf", str(letter), "--page-size", "Letter", "--lang", "en"]) == 0
    box = PdfReader(letter).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)

    template = tmp_path / "agency.toml"
    template.write_text('page_size = "Letter"\naccent_color = "#7A1F2B"\n[fonts]\ncjk = "TW-Kai"\n', encoding="utf-8")
    kai = tmp_path / "kai.pdf"
    assert cli.main(["export", str(sample), "--pdf", str(kai), "--pdf-template", str(template), "--lang", "zh-TW"]) == 0
    fonts = subprocess.run(["pdffonts", str(kai)], capture_output=True, text=True, check=True).stdout
    assert "TW-Kai" in fonts
    assert "TW-Sung" not in fonts

    broken = tmp_path / "broken.toml"
    broken.write_text("page_size = [", encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "never.pdf"
    assert cli.main(["export", str(sample), "--pdf", str(out), "--pdf-template", str(broken)]) == cli.EXIT_ERROR
    error = capsys.readouterr().err
    assert error.startswith(f"releasedesk: {broken}: not a valid TOML template")
    assert error.count("\n") == 1
    assert not out.exists()

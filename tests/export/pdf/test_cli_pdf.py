"""`releasedesk export --pdf` and `releasedesk check` through the real command line entry point."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from export.pdf.pdf_reread import body_text, squash
from releasedesk.cli import EXIT_ERROR, EXIT_OK, EXIT_PREFLIGHT, main
from releasedesk.fileformat import save_release
from releasedesk.model.richtext import Paragraph, text


def test_export_pdf_writes_a_readable_pdf(release, tmp_path, capsys):
    source = tmp_path / "release.rdrelease"
    save_release(release, source)
    out = tmp_path / "out.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--lang", "zh-TW"]) == EXIT_OK
    assert f"wrote {out}" in capsys.readouterr().out
    text = body_text(out.read_bytes(), release)
    assert squash(release.content["zh-TW"].headline) in text
    assert squash(release.content["en"].headline) not in text


def test_strict_export_refuses_when_preflight_finds_problems(release, tmp_path, capsys):
    release.embargo_until = datetime(2020, 1, 1, 9, 0, tzinfo=ZoneInfo("Asia/Taipei"))
    release.content["en"].headline = ""
    release.content["en"].body[0] = Paragraph((text("thumbs up \U0001f44d and a bell \x07"),))
    source = tmp_path / "release.rdrelease"
    save_release(release, source)
    out = tmp_path / "out.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--strict"]) == EXIT_PREFLIGHT
    err = capsys.readouterr().err
    assert "warning: en headline: missing" in err
    assert "warning: embargo: 2020-01-01T09:00+08:00 has already passed" in err
    assert "warning: en body, paragraph 1: no PDF font can draw U+1F44D" in err
    assert "warning: en body, paragraph 1: will be removed on export: U+0007" in err
    assert "refused by --strict" in err
    assert not out.exists()
    assert main(["export", str(source), "--pdf", str(out)]) == EXIT_OK  # warnings only without --strict
    assert out.read_bytes().startswith(b"%PDF-")


def test_unwritable_target_is_a_one_line_error(release, tmp_path, capsys):
    source = tmp_path / "release.rdrelease"
    save_release(release, source)
    assert main(["export", str(source), "--pdf", str(tmp_path / "no" / "such" / "dir.pdf")]) == EXIT_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("releasedesk: ")
    assert "cannot write the PDF" in err[-1]


def test_check_lists_preflight_warnings(release, tmp_path, capsys):
    release.contacts = []
    source = tmp_path / "release.rdrelease"
    save_release(release, source)
    assert main(["check", str(source)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "warning: zh-TW media contacts: none to print" in out
    assert "warning: en media contacts: none to print" in out

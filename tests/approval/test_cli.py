"""`releasedesk submit|approve|return|verify|history|diff|keys new|print` on real files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from releasedesk import cli
from releasedesk.approval.printlog import read_records
from releasedesk.fileformat import load_release, save_release
from releasedesk.samples import load_sample


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "office.toml"
    path.write_text('print_log = "print-log.jsonl"\n', encoding="utf-8")
    monkeypatch.setenv("RELEASEDESK_OFFICE", str(path))
    return path


@pytest.fixture
def release_file(tmp_path: Path, office: Path) -> Path:
    path = tmp_path / "fares.rdrelease"
    save_release(load_sample("announcement"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_submit_approve_verify(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "verify", str(release_file))
    assert (code, err.strip()) == (3, f"{release_file}: no approval (draft)")
    assert _run(capsys, "submit", str(release_file), "--by", "林美華")[0] == 0
    code, _, err = _run(capsys, "approve", str(release_file), "--by", "林美華")
    assert code == 1
    assert "two-person rule" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = _run(capsys, "approve", str(release_file), "--by", "王小明", "--note", "OK")
    assert code == 0
    assert "approved by 王小明" in out
    code, out, _ = _run(capsys, "verify", str(release_file))
    assert code == 0
    assert out.startswith(f"{release_file}: approved by 王小明")

    text = release_file.read_text(encoding="utf-8").replace("Digital Companion", "Digital Helper", 1)
    release_file.write_text(text, encoding="utf-8")  # by hand, in a text editor
    code, _, err = _run(capsys, "verify", str(release_file))
    assert code == 3
    assert "changed after approval (approved by 王小明" in err


def test_verify_with_trusted_keys(tmp_path: Path, release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "keys" / "wang.key"
    code, out, _ = _run(capsys, "keys", "new", "--name", "王小明", "--out", str(key))
    assert code == 0
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert Path(f"{key}.pub").is_file()
    other = tmp_path / "keys" / "other.key"
    _run(capsys, "keys", "new", "--name", "Other", "--out", str(other))
    _run(capsys, "submit", str(release_file), "--by", "林美華")
    code, out, _ = _run(capsys, "approve", str(release_file), "--by", "王小明", "--key", str(key))
    assert code == 0
    assert "signed ed25519:" in out
    assert _run(capsys, "verify", str(release_file), "--trusted", f"{key}.pub")[0] == 0
    code, _, err = _run(capsys, "verify", str(release_file), "--trusted", f"{other}.pub")
    assert code == 3
    assert "untrusted key" in err


def test_history_and_diff(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "submit", str(release_file), "--by", "林美華")
    _run(capsys, "approve", str(release_file), "--by", "王小明")
    release = load_release(release_file)
    release.content["en"].headline = release.content["en"].headline.replace("120", "150")
    release.agency.zh = "數位發展部"
    save_release(release, release_file)
    code, out, _ = _run(capsys, "history", str(release_file))
    lines = out.splitlines()
    assert code == 0
    assert "submitted" in lines[0]
    assert "林美華" in lines[0]
    assert "approved" in lines[1]
    assert "changed after approval" in lines[2]
    code, out, _ = _run(capsys, "diff", str(release_file))
    assert code == 0
    assert "agency (zh-TW): 數位[-服務-]{+發展+}部" in out.splitlines()
    assert any(
        line.startswith("headline (en): ") and "Expand to [-120-]{+150+} Community" in line for line in out.splitlines()
    )
    code, out, _ = _run(capsys, "diff", str(release_file), "--from", "1", "--to", "2")
    assert code == 0
    assert "no differences" in out
    assert _run(capsys, "diff", str(release_file), "--from", "9")[0] == 1


def test_print_refuses_every_unapproved_case(
    tmp_path: Path, release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "out.pdf"

    def refused() -> str:
        code, _, err = _run(capsys, "print", str(release_file), "--to-pdf", str(out_pdf))
        assert code == 3
        assert not out_pdf.exists()
        assert len(err.strip().splitlines()) == 1
        assert "refused to print" in err
        return err

    assert "no approval" in refused()
    text = release_file.read_text(encoding="utf-8").replace('"status": "draft"', '"status": "approved"')
    release_file.write_text(text, encoding="utf-8")
    assert "without an approval record" in refused()
    _run(capsys, "submit", str(release_file), "--by", "林美華")
    assert "in review" in refused()
    _run(capsys, "approve", str(release_file), "--by", "王小明")
    release = load_release(release_file)
    release.number += "-x"
    save_release(release, release_file)
    assert "changed after approval" in refused()
    release.number = release.number[:-2]
    save_release(release, release_file)
    code, _, err = _run(capsys, "print", str(release_file), "--to-pdf", str(out_pdf), "--trusted", "/nonexistent")
    assert code == 1
    assert "cannot read the trusted keys" in err
    keys = tmp_path / "trusted.pub"
    _run(capsys, "keys", "new", "--name", "王小明", "--out", str(tmp_path / "k"))
    keys.write_text(Path(f"{tmp_path / 'k'}.pub").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = _run(capsys, "print", str(release_file), "--to-pdf", str(out_pdf), "--trusted", str(keys))
    assert code == 3
    assert "not signed" in err
    assert not (tmp_path / "print-log.jsonl").exists()


def test_print_to_pdf_writes_the_approved_pdf_and_logs_it(
    tmp_path: Path, release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "submit", str(release_file), "--by", "林美華")
    _run(capsys, "approve", str(release_file), "--by", "王小明")
    out_pdf = tmp_path / "out.pdf"
    code, out, _ = _run(capsys, "print", str(release_file), "--to-pdf", str(out_pdf), "--copies", "2")
    assert code == 0
    assert out.startswith("printed")
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Digital Companion" in text
    assert "DRAFT" not in text
    records = read_records(tmp_path / "print-log.jsonl")
    assert len(records) == 1
    record = records[0]
    assert record.file == str(release_file.resolve())
    assert record.copies == 2
    assert record.printer == f"pdf:{out_pdf}"
    assert record.fingerprint.startswith("sha256:")
    assert record.by
    _run(capsys, "print", str(release_file), "--to-pdf", str(out_pdf))
    lines = (tmp_path / "print-log.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["fingerprint"] == record.fingerprint for line in lines)


def test_check_names_the_derived_standing(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = release_file.read_text(encoding="utf-8").replace('"status": "draft"', '"status": "approved"')
    release_file.write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(release_file))
    assert code == 0
    assert "  approval: no approval: marked approved without an approval record" in out.splitlines()


def test_passphrase_key_from_the_environment(
    tmp_path: Path, release_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "locked.key"
    monkeypatch.setenv("RELEASEDESK_KEY_PASSPHRASE", "s3cret")
    assert _run(capsys, "keys", "new", "--name", "王小明", "--out", str(key), "--passphrase")[0] == 0
    assert b"ENCRYPTED" in key.read_bytes()
    _run(capsys, "submit", str(release_file), "--by", "林美華")
    monkeypatch.setenv("RELEASEDESK_KEY_PASSPHRASE", "wrong")
    code, _, err = _run(capsys, "approve", str(release_file), "--by", "王小明", "--key", str(key))
    assert code == 1
    assert "wrong passphrase" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("RELEASEDESK_KEY_PASSPHRASE", "s3cret")
    assert _run(capsys, "approve", str(release_file), "--by", "王小明", "--key", str(key))[0] == 0
    assert _run(capsys, "verify", str(release_file), "--trusted", f"{key}.pub")[0] == 0

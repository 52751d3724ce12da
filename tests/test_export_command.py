"""`releasedesk export` with real files: every format from one release, batches into a folder, refusals."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from export.readers import html as html_reader
from export.readers import odt as odt_reader
from export.readers import text as text_reader
from export.readers.units import plan_units
from releasedesk import cli
from releasedesk.export.plan import plan_release
from releasedesk.samples import load_sample, sample_path

if TYPE_CHECKING:
    from pathlib import Path


def _copy(tmp_path: Path, name: str, as_name: str | None = None) -> Path:
    target = tmp_path / f"{as_name or name}.rdrelease"
    shutil.copyfile(sample_path(name), target)
    return target


def test_one_release_to_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _copy(tmp_path, "announcement")
    outs = {flag: tmp_path / f"out{ext}" for flag, ext in
            (("--pdf", ".pdf"), ("--docx", ".docx"), ("--odt", ".odt"), ("--html", ".html"),
             ("--html-email", ".mail.html"), ("--text", ".txt"))}  # fmt: skip
    argv = ["export", str(source), "--lang", "both"]
    for flag, out in outs.items():
        argv += [flag, str(out)]
    assert cli.main(argv) == cli.EXIT_OK
    assert all(out.stat().st_size > 0 for out in outs.values())
    expected = plan_units(plan_release(load_sample("announcement"), "both"))
    assert odt_reader.read_units(outs["--odt"]) == expected
    assert html_reader.read_units(outs["--html"]) == expected == html_reader.read_units(outs["--html-email"])
    assert text_reader.read_units(outs["--text"]) == [text_reader.comparable(unit) for unit in expected]
    assert outs["--pdf"].read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.count("wrote ") == 6


def test_batch_names_outputs_by_number_and_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _copy(tmp_path, "announcement"), _copy(tmp_path, "english-only")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["export", str(first), str(second), "--out-dir", str(out_dir), "--formats", "odt,html,txt", "--lang", "en"]
    assert cli.main(argv) == cli.EXIT_OK
    names = sorted(path.name for path in out_dir.iterdir())
    numbers = [load_sample(name).number for name in ("announcement", "english-only")]
    assert names == sorted(f"{number}-en{ext}" for number in numbers for ext in (".odt", ".html", ".txt"))
    release = load_sample("english-only")
    expected = plan_units(plan_release(release, "en"))
    assert odt_reader.read_units(out_dir / f"{release.number}-en.odt") == expected


def test_batch_default_formats_and_a_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _copy(tmp_path, "english-only")
    bad = tmp_path / "bad.rdrelease"
    bad.write_text("{not json")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert cli.main(["export", str(bad), str(good), "--out-dir", str(out_dir)]) == cli.EXIT_ERROR
    errors = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("warning:")]
    assert len(errors) == 1
    assert str(bad) in errors[0]
    assert "Traceback" not in errors[0]
    assert sorted(path.suffix for path in out_dir.iterdir()) == [".docx", ".html", ".odt", ".pdf", ".txt"]


def test_a_release_without_a_number_is_named_after_its_file(tmp_path: Path) -> None:
    release_path = _copy(tmp_path, "english-only", "my release")
    data = release_path.read_text(encoding="utf-8")
    number = load_sample("english-only").number
    release_path.write_text(data.replace(f'"{number}"', '""'), encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert cli.main(["export", str(release_path), "--out-dir", str(out_dir), "--formats", "txt"]) == cli.EXIT_OK
    assert [path.name for path in out_dir.iterdir()] == ["my release-en.txt"]  # it has English only


def test_a_name_says_the_languages_the_file_holds() -> None:
    """Both languages asked of an English-only release write English only, and the name says so (it had said
    `-zh-TW-en`, promising Chinese the file does not have); the window's suggestion uses the same rule."""
    from releasedesk.export.naming import release_file_name

    english, both = load_sample("english-only"), load_sample("announcement")
    assert release_file_name(english, "x", "both", "pdf") == f"{english.number}-en.pdf"
    assert release_file_name(both, "x", "both", "pdf") == f"{both.number}-zh-TW-en.pdf"
    assert release_file_name(both, "x", "zh-TW", "docx") == f"{both.number}-zh-TW.docx"
    assert release_file_name(english, "x", "zh-TW", "txt") == f"{english.number}-zh-TW.txt"  # refused later, by name


def test_inputs_releases_and_clashing_outputs_are_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _copy(tmp_path, "announcement")
    before = source.read_bytes()
    assert cli.main(["export", str(source), "--text", str(source)]) == cli.EXIT_ERROR
    assert "is the release being exported" in capsys.readouterr().err
    other = tmp_path / "other.rdrelease"
    other.write_text("keep me")
    assert cli.main(["export", str(source), "--html", str(other)]) == cli.EXIT_ERROR
    assert "is a ReleaseDesk release file" in capsys.readouterr().err
    assert source.read_bytes() == before
    assert other.read_text() == "keep me"
    twin = _copy(tmp_path, "announcement", "twin")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert cli.main(["export", str(source), str(twin), "--out-dir", str(out_dir), "--formats", "txt"]) == 2
    assert "two outputs would be written" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
    same = tmp_path / "same.html"
    assert cli.main(["export", str(source), "--html", str(same), "--html-email", str(same)]) == cli.EXIT_USAGE
    assert not same.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--formats", "odt"], "--formats needs --out-dir"),
        (["--out-dir", "OUT", "--formats", "odt,rtf"], "unknown format(s) rtf"),
        (["--out-dir", "OUT", "--pdf", "x.pdf"], "not both"),
        (["SECOND"], "several files need --out-dir"),
        ([], "nothing to do"),
    ],
)
def test_usage_mistakes_are_one_line(
    extra: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _copy(tmp_path, "announcement")
    (tmp_path / "OUT").mkdir()
    argv = ["export", str(source)]
    argv += [str(tmp_path / "OUT") if item == "OUT" else str(source) if item == "SECOND" else item for item in extra]
    assert cli.main(argv) == cli.EXIT_USAGE
    error = capsys.readouterr().err.strip()
    assert message in error
    assert len(error.splitlines()) == 1


def test_missing_out_dir_is_an_error_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _copy(tmp_path, "announcement")
    assert cli.main(["export", str(source), "--out-dir", str(tmp_path / "nope")]) == cli.EXIT_ERROR
    assert "no such folder" in capsys.readouterr().err


def test_page_size_reaches_odt_and_html(tmp_path: Path) -> None:
    import zipfile

    source = _copy(tmp_path, "english-only")
    odt, page = tmp_path / "letter.odt", tmp_path / "letter.html"
    argv = ["export", str(source), "--odt", str(odt), "--html", str(page), "--page-size", "Letter"]
    assert cli.main(argv) == cli.EXIT_OK
    with zipfile.ZipFile(odt) as package:
        assert 'fo:page-width="215.9mm"' in package.read("styles.xml").decode()
    assert "size: letter" in page.read_text(encoding="utf-8")


def test_strict_refuses_preflight_problems_not_a_draft(tmp_path: Path) -> None:
    """docs/export-formats.md: --strict is about preflight; an unapproved release exports, watermarked (the approval
    gate is `releasedesk verify`/`print`)."""
    from releasedesk.approval.state import approval_state

    source = _copy(tmp_path, "announcement")
    assert approval_state(load_sample("announcement")).watermark == "DRAFT"
    out = tmp_path / "draft.txt"
    assert cli.main(["export", str(source), "--strict", "--text", str(out)]) == cli.EXIT_OK
    assert out.read_text(encoding="utf-8").startswith("*** DRAFT ***")


def test_called_in_a_longer_lived_process_the_command_keeps_no_dictionary_thread(tmp_path: Path) -> None:
    """main() in tests or another program: the speller thread ends; only `releasedesk …` itself leaves it to exit."""
    import threading

    assert cli.main(["export", str(_copy(tmp_path, "announcement")), "--text", str(tmp_path / "out.txt")]) == 0
    for thread in threading.enumerate():
        if thread.name == "releasedesk-speller":
            thread.join(timeout=10)
            assert not thread.is_alive()


def test_the_one_command_process_exports_and_exits(tmp_path: Path) -> None:
    """`python -m releasedesk` keeps the dictionary to the end and still exits at once, with its exit code."""
    import subprocess
    import sys

    out = tmp_path / "out.pdf"
    argv = [sys.executable, "-m", "releasedesk", "export", str(_copy(tmp_path, "announcement")), "--pdf", str(out)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    missing = [sys.executable, "-m", "releasedesk", "export", str(tmp_path / "none.rdrelease"), "--pdf", str(out)]
    assert subprocess.run(missing, capture_output=True, timeout=120, check=False).returncode == 1


def test_a_pdf_export_reads_the_office_glossary_and_leaves_the_data_folder_as_it_was(tmp_path: Path) -> None:
    """The library file in the data folder holds the glossary the writing checks apply: `export --pdf` reads it
    (the deprecated name is reported) and creates or changes nothing there, as a user runs it (`python -m`)."""
    import os
    import subprocess
    import sys
    from dataclasses import replace

    from releasedesk.checks.cli import library_file
    from releasedesk.checks.glossary import GlossaryEntry
    from releasedesk.checks.glossary_store import CheckStore
    from releasedesk.fileformat import save_release
    from releasedesk.model.richtext import text

    library = library_file()
    library.parent.mkdir(parents=True)
    with CheckStore(library) as store:
        store.save(GlossaryEntry("數位發展部", "Ministry of Digital Affairs", ("Ministry of Digital Affair",)))
    release = load_sample("announcement")
    body = release.content["en"].body
    body[0] = replace(body[0], runs=(text("The Ministry of Digital Affair says so. "), *body[0].runs))
    source = tmp_path / "release.rdrelease"
    save_release(release, source)
    folder = library.parent

    def state() -> dict[str, tuple[int, int]]:
        return {path.name: (path.stat().st_mtime_ns, path.stat().st_size) for path in folder.iterdir()}

    before = state()
    argv = [sys.executable, "-m", "releasedesk", "export", str(source), "--pdf", str(tmp_path / "out.pdf")]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=180, check=False, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert "glossary: 'Ministry of Digital Affair' → official 'Ministry of Digital Affairs'" in result.stderr
    assert state() == before  # no -wal/-shm left beside the library, nothing written into it

"""A reader that goes away (`releasedesk check … | head -1`): status 1, no traceback, files complete or absent.

Each command runs in a real process whose stdout (and stderr) is a real pipe whose read end was closed before it
started, so every write there fails with EPIPE, the way it does once `head` has read its lines and left.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from releasedesk import samples
from releasedesk.fileformat import save_release

if TYPE_CHECKING:
    from pathlib import Path


def _run_reader_gone(*args: str, stderr_too: bool = False) -> tuple[int, str]:
    """`python -m releasedesk ARGS` with stdout a pipe nobody reads; (status, stderr unless it is that pipe too)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "releasedesk", *args],
            stdout=write_end,
            stderr=write_end if stderr_too else subprocess.PIPE,
            text=True,
            timeout=180,
            check=False,
        )
    finally:
        os.close(write_end)
    return result.returncode, result.stderr or ""


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.rdrelease"
    save_release(samples.load_sample(samples.DEFAULT_SAMPLE), path)
    return path


def test_check_into_a_closed_pipe_stops_quietly_with_status_1(release_file: Path) -> None:
    status, stderr = _run_reader_gone("check", str(release_file))
    assert (status, stderr) == (1, "")


def test_library_search_into_a_closed_pipe_stops_quietly_with_status_1(release_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "library.sqlite3")
    subprocess.run([sys.executable, "-m", "releasedesk", "library", "--db", db, "add", str(release_file)], check=True)
    status, stderr = _run_reader_gone("library", "--db", db, "search", "數位")
    assert (status, stderr) == (1, "")


def test_export_to_dev_stdout_into_a_closed_pipe_leaves_only_complete_files(release_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "out.pdf"
    status, stderr = _run_reader_gone("export", str(release_file), "--text", "/dev/stdout", "--pdf", str(pdf))
    assert (status, stderr) == (1, "")  # stopped at "wrote out.pdf", before the text: quietly
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.rdrelease", "out.pdf"]  # no temporary file left


def test_export_into_a_closed_pipe_says_so_in_one_line(release_file: Path) -> None:
    status, stderr = _run_reader_gone("export", str(release_file), "--text", "/dev/stdout")
    assert status == 1
    assert stderr.splitlines() == [
        "releasedesk: /dev/stdout: cannot write the text file (the program reading the pipe went away)"
    ]  # no "existing file left unchanged": a pipe holds no file


def test_stdout_and_stderr_both_gone_is_still_status_1(release_file: Path) -> None:
    status, _ = _run_reader_gone("export", str(release_file), "--text", "/dev/stdout", stderr_too=True)
    assert status == 1


def test_export_to_dev_stdout_writes_the_text_through_a_pipe(release_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "releasedesk", "export", str(release_file), "--text", "/dev/stdout", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Digital" in result.stdout
    assert result.stdout.rstrip().endswith("wrote /dev/stdout")


def test_dev_stdout_redirected_to_a_file_is_written_into_it_not_replaced(release_file: Path, tmp_path: Path) -> None:
    """`releasedesk export … --text /dev/stdout >> log`: the log keeps its lines, the text follows them."""
    log = tmp_path / "log.txt"
    log.write_text("earlier line\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as stdout:
        result = subprocess.run(
            [sys.executable, "-m", "releasedesk", "export", str(release_file), "--text", "/dev/stdout", "--lang", "en"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=180,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "earlier line"
    assert "Digital" in "\n".join(lines[1:])
    assert lines[-1] == "wrote /dev/stdout"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.rdrelease", "log.txt"]

"""`releasedesk export … --out-dir` on worker processes: the same files, lines and exit code as one after another."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from child_processes import children
from releasedesk import cli, export_command
from releasedesk.export import batchpool
from releasedesk.fileformat import save_release
from releasedesk.model.richtext import Paragraph, text
from releasedesk.samples import load_sample, sample_path

pytestmark = pytest.mark.skipif(not batchpool.can_fork(), reason="workers are forked")


def _releases(folder: Path) -> list[Path]:
    """Five releases: the three samples, one refused for a missing language, one with an odd English word each."""
    folder.mkdir()
    paths = []
    for name in ("announcement", "english-only", "long-report"):
        paths.append(folder / f"{name}.rdrelease")
        shutil.copyfile(sample_path(name), paths[-1])
    for number, word in ((4, "Blorptastic"), (5, "Quazzlewick")):
        release = load_sample("announcement")
        release.number = f"{release.number}-{number}"
        body = release.content["en"].body
        body[0] = replace(body[0], runs=(text(f"{word} says so. "), *body[0].runs))
        paths.append(folder / f"release-{number}.rdrelease")
        save_release(release, paths[-1])
    return paths


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], out_dir: Path) -> tuple[int, list[str], list[str]]:
    """Exit code, stdout and stderr lines of `releasedesk ARGV` with the output folder's name taken out."""
    status = cli.main(argv)
    captured = capsys.readouterr()
    return (
        status,
        captured.out.replace(str(out_dir), "OUT").splitlines(),
        captured.err.replace(str(out_dir), "OUT").splitlines(),
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_workers_write_the_same_bytes_and_say_the_same_lines_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    sources = _releases(tmp_path / "in")
    results = {}
    for jobs in ("1", "3"):
        out = tmp_path / f"out-{jobs}"
        out.mkdir()
        argv = ["export", *map(str, sources), "--out-dir", str(out), "--formats", "pdf,docx,odt,html,txt"]
        before = children()
        results[jobs] = (*_run([*argv, "--jobs", jobs], capsys, out), _files(out))
        assert children() <= before  # every worker reaped
    serial, parallel = results["1"], results["3"]
    assert serial[0] == parallel[0] == cli.EXIT_OK
    assert serial[1] == parallel[1]  # `wrote …`, in the same order
    assert len(serial[1]) == 25
    assert serial[2] == parallel[2]  # warnings, in the same order
    assert any(line.startswith(f"warning: {sources[4]}") for line in serial[2])
    assert serial[3] == parallel[3]  # byte for byte
    assert len(serial[3]) == 25


def test_refusals_strict_and_errors_give_the_same_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _releases(tmp_path / "in")
    for extra, code in ((["--strict"], cli.EXIT_PREFLIGHT), (["--lang", "zh-TW"], cli.EXIT_ERROR)):
        outcomes = []
        for jobs in ("1", "2"):
            out = tmp_path / f"out-{jobs}-{len(extra)}"
            out.mkdir()
            argv = ["export", *map(str, sources), "--out-dir", str(out), "--formats", "txt", "--jobs", jobs, *extra]
            outcomes.append((*_run(argv, capsys, out), sorted(path.name for path in out.iterdir())))
        assert outcomes[0] == outcomes[1]
        assert outcomes[0][0] == code
        assert not any("Traceback" in line for line in outcomes[0][2])


def test_a_worker_that_dies_costs_its_release_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _releases(tmp_path / "in")
    parent, real = os.getpid(), export_command.export_one

    def dying(run: object, path: Path, *rest: object) -> int:
        if os.getpid() != parent and path == sources[2]:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(run, path, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(export_command, "export_one", dying)
    out = tmp_path / "out"
    out.mkdir()
    before = children()
    status, lines, errors = _run(
        ["export", *map(str, sources), "--out-dir", str(out), "--formats", "txt", "--jobs", "2"], capsys, out
    )
    assert status == cli.EXIT_ERROR
    assert (
        f"releasedesk export: {sources[2]}: not exported: its worker process ended (killed by signal 9 (SIGKILL))"
        in (errors)
    )
    assert len(lines) == 4
    assert not any("Traceback" in line for line in errors)
    assert not [path for path in out.iterdir() if path.name.startswith(".")]
    assert children() <= before


def test_spelling_verdicts_learnt_in_workers_are_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Workers send their dictionary answers back; the parent saves them once (docs/export-formats.md, batch)."""
    from releasedesk.checks.spellcache import Verdicts

    sources = _releases(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    argv = ["export", *map(str, sources), "--out-dir", str(out), "--formats", "txt", "--jobs", "2"]
    assert cli.main(argv) == cli.EXIT_OK
    assert "Quazzlewick" in capsys.readouterr().err  # flagged: the dictionary was asked, in a worker
    remembered = Verdicts("en_US")
    assert remembered.get("Blorptastic") is False
    assert remembered.get("Quazzlewick") is False


def test_workers_plan_each_release_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/test_export_plans_once.py's count, across processes: each build appends a line to one file."""
    from typing import Any

    from releasedesk.export import plan as plan_package
    from releasedesk.export.plan import build as plan_build

    log = tmp_path / "builds.log"
    real = plan_build.build_plan

    def counted(release: Any, lang: Any = "both", **kwargs: Any) -> Any:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {release.number}\n")
        return real(release, lang, **kwargs)

    for module in (plan_build, plan_package):
        monkeypatch.setattr(module, "build_plan", counted)
    sources = _releases(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    argv = ["export", *map(str, sources), "--out-dir", str(out), "--formats", "pdf,txt", "--jobs", "2"]
    assert cli.main(argv) == cli.EXIT_OK
    builds = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    numbers = [load_sample(name).number for name in ("announcement", "english-only", "long-report")]
    numbers += [f"{numbers[0]}-{n}" for n in (4, 5)]
    assert sorted(number for _pid, number in builds) == sorted(numbers)  # once each, both formats from that plan
    assert len({pid for pid, _number in builds}) >= 2  # planned in the workers too
    assert len(list(out.iterdir())) == 10


def test_jobs_must_be_a_positive_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.rdrelease"
    shutil.copyfile(sample_path("english-only"), source)
    with pytest.raises(SystemExit) as stopped:
        cli.main(["export", str(source), "--out-dir", str(tmp_path), "--jobs", "0"])
    assert stopped.value.code == cli.EXIT_USAGE
    assert "argument --jobs: expected a whole number of processes, 1 or more, not '0'" in capsys.readouterr().err


def test_jobs_without_a_batch_is_a_usage_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.rdrelease"
    shutil.copyfile(sample_path("english-only"), source)
    assert cli.main(["export", str(source), "--text", str(tmp_path / "a.txt"), "--jobs", "2"]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.strip() == "releasedesk export: --jobs needs --out-dir DIR (a batch)"
    assert not (tmp_path / "a.txt").exists()


def _wait_for_workers(pid: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    listing = Path(f"/proc/{pid}/task/{pid}/children")
    while time.monotonic() < deadline:
        if len(listing.read_text().split()) >= 2:
            return
        time.sleep(0.01)
    raise AssertionError("no worker processes appeared")


@pytest.mark.slow
@pytest.mark.parametrize("whom", ["group", "parent"])
def test_ctrl_c_leaves_complete_files_only_and_says_so_in_one_line(tmp_path: Path, whom: str) -> None:
    """Ctrl+C reaches the whole process group; `kill -INT` only the parent: either way one line, exit 130, no
    temporary or partial file, no process left."""
    folder = tmp_path / "in"
    folder.mkdir()
    release = load_sample("long-report")
    sources = []
    for number in range(24):
        release.number = f"R-{number}"
        release.content["en"].body = [*release.content["en"].body, Paragraph((text(f"Paragraph {number}."),))]
        sources.append(folder / f"r{number}.rdrelease")
        save_release(release, sources[-1])
    out = tmp_path / "out"
    out.mkdir()
    argv = [sys.executable, "-m", "releasedesk", "export", *map(str, sources), "--out-dir", str(out)]
    argv += ["--formats", "pdf,docx", "--jobs", "2"]
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _wait_for_workers(child.pid)
        time.sleep(0.3)
        if whom == "group":
            os.killpg(child.pid, signal.SIGINT)
        else:
            os.kill(child.pid, signal.SIGINT)
        stdout, stderr = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if not line.startswith("warning:")]
    assert len(errors) == 1
    assert re.fullmatch(r"releasedesk export: interrupted: \d+ of 24 release\(s\) not exported", errors[0])
    written = {path.name for path in out.iterdir()}
    said = {Path(line.removeprefix("wrote ")).name for line in stdout.splitlines()}
    assert said <= written  # every `wrote` is true; a file renamed into place just as the signal came has no line
    assert len(written - said) <= 2  # (at most the one in hand of each worker)
    assert 2 <= len(written) < 48
    for name in written:
        data = (out / name).read_bytes()
        assert data.rstrip().endswith(b"%%EOF") if name.endswith(".pdf") else data.startswith(b"PK")
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # nobody left in its process group

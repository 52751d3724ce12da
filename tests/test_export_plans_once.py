"""One plan per release and language choice: the command line, a batch and the single entry count real builds."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any

import pytest

from releasedesk import cli
from releasedesk.export import export_release
from releasedesk.export import plan as plan_package
from releasedesk.export.plan import build as plan_build
from releasedesk.samples import load_sample, sample_path

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@pytest.fixture
def plan_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call of the real plan builder, by language choice (the builder still runs: only counted)."""
    calls: list[str] = []
    real = plan_build.build_plan

    def counted(release: Any, lang: Any = "both", **kwargs: Any) -> Any:
        calls.append(lang)
        return real(release, lang, **kwargs)

    for module in (plan_build, plan_package):  # the builder's own module and the package's re-export
        monkeypatch.setattr(module, "build_plan", counted)
    return calls


def _formats(folder: Path) -> list[str]:
    return sorted(path.suffix for path in folder.iterdir())


def test_batch_plans_each_release_once_for_five_formats(tmp_path: Path, plan_builds: list[str]) -> None:
    sources = []
    for name in ("announcement", "english-only"):
        sources.append(tmp_path / f"{name}.rdrelease")
        shutil.copyfile(sample_path(name), sources[-1])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["export", *map(str, sources), "--out-dir", str(out_dir), "--formats", "pdf,docx,odt,html,txt"]
    assert cli.main(argv) == cli.EXIT_OK
    assert _formats(out_dir) == sorted([".docx", ".html", ".odt", ".pdf", ".txt"] * 2)
    assert plan_builds == ["both", "both"]  # preflight and all five writers share each release's plan


def test_single_command_with_every_flag_plans_once(tmp_path: Path, plan_builds: list[str]) -> None:
    source = tmp_path / "release.rdrelease"
    shutil.copyfile(sample_path("announcement"), source)
    argv = ["export", str(source), "--lang", "en"]
    for flag, name in (("--pdf", "a.pdf"), ("--docx", "a.docx"), ("--odt", "a.odt"), ("--html", "a.html"),
                       ("--html-email", "a.mail.html"), ("--text", "a.txt")):  # fmt: skip
        argv += [flag, str(tmp_path / name)]
    assert cli.main(argv) == cli.EXIT_OK
    assert plan_builds == ["en"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "html", "html-email", "txt"])
def test_every_writer_renders_without_planning_again(tmp_path: Path, plan_builds: list[str], fmt: Any) -> None:
    """The window's and the approval station's entry: one plan per export, whatever the format."""
    export_release(load_sample("announcement"), fmt, tmp_path / "out", lang="zh-TW")
    assert plan_builds == ["zh-TW"]
    assert (tmp_path / "out").stat().st_size > 0


def test_the_counter_sees_a_second_plan(plan_builds: list[str]) -> None:
    """The count is real: planning the same release twice is two builds."""
    plan: Callable[..., Any] = plan_package.plan_release
    plan(load_sample("english-only"), "en")
    plan(load_sample("english-only"), "en")
    assert plan_builds == ["en", "en"]


def test_a_pdf_export_loads_only_what_it_needs(tmp_path: Path) -> None:
    """Start-up is most of a single export's time: no window, library, other writers, signatures or OpenCC's
    2.5 MB dictionary for a clean, unsigned Taiwanese release."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from releasedesk.cli import main\n"
        "assert main(sys.argv[1:]) == 0\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    source = sample_path("announcement")
    argv = [sys.executable, "-c", script, "export", str(source), "--pdf", str(tmp_path / "out.pdf")]
    loaded = set(subprocess.run(argv, check=True, capture_output=True, text=True).stdout.splitlines()[-1].split())
    assert "reportlab" in loaded  # the check sees what was imported
    unwanted = ("PySide6", "sqlalchemy", "docx", "odfdo", "cryptography", "opencc_purepy")
    assert not [name for name in unwanted if name in loaded]
    light = {"releasedesk.library", "releasedesk.library.address", "releasedesk.library.errors"}  # where it is
    assert not [
        name for name in loaded if name.startswith(("releasedesk.gui", "releasedesk.library")) and name not in light
    ]

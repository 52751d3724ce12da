"""Pair problems reach preflight and the command line: `check` lists them, `export --strict` refuses."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from releasedesk import cli
from releasedesk.export.preflight import preflight
from releasedesk.fileformat import save_release
from releasedesk.model import Paragraph, Release, Run
from releasedesk.model.richtext import text
from releasedesk.pairs.report import FIGURES, OUT_OF_DATE, TO_TRANSLATE, UNCONFIRMED, pair_problems
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _changed_sample() -> Release:
    """The announcement after the Chinese lead changed 120 → 150 sites, with a new English paragraph."""
    release = load_sample("announcement")
    block = release.content["zh-TW"].body[0]
    runs = tuple(Run(r.text.replace("120處", "150處"), r.marks, r.href) for r in block.runs)
    release.content["zh-TW"].body[0] = dataclasses.replace(block, runs=runs)
    release.content["en"].body.insert(3, Paragraph((text("Registration opens on the website."),), "new"))
    return release


def test_problems_name_language_block_and_excerpt() -> None:
    problems = pair_problems(_changed_sample())
    assert [p.code for p in problems] == [OUT_OF_DATE, FIGURES, TO_TRANSLATE]
    out_of_date, mismatch, untranslated = problems
    lead = "en body, block 1: out of date (the Chinese changed since confirmed): “…國22個縣市、共150處社區據點。”"
    assert str(out_of_date) == lead  # the excerpt starts just before the change
    assert str(mismatch) == "zh-TW body, block 1 / en body, block 1: figures disagree: 150 (zh-TW) ↔ 120 (en)"
    assert str(untranslated) == "en body, block 4: to translate into Chinese: “Registration opens on the website.”"


def test_the_samples_have_no_pair_problem() -> None:
    assert pair_problems(load_sample("long-report")) == []
    assert pair_problems(load_sample("announcement")) == []


def test_unconfirmed_pairs_are_one_line() -> None:
    release = load_sample("announcement")
    for pair in release.pairs.body:
        pair.record.confirmed = None
    (problem,) = pair_problems(release)
    assert problem.code == UNCONFIRMED
    assert problem.count == len(release.pairs.body)


def test_preflight_lists_pair_problems_whichever_language_is_exported() -> None:
    issues = preflight(_changed_sample(), "en", formats=("docx",))
    assert [i.code for i in issues if i.pair] == [OUT_OF_DATE, FIGURES, TO_TRANSLATE]


def test_check_prints_them_and_strict_export_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "changed.rdrelease"
    save_release(_changed_sample(), path)
    assert cli.main(["check", str(path)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "  warning: en body, block 1: out of date" in out
    assert "  warning: zh-TW body, block 1 / en body, block 1: figures disagree: 150 (zh-TW) ↔ 120 (en)" in out
    assert "  warning: en body, block 4: to translate into Chinese" in out
    result = cli.main(["export", str(path), "--docx", str(tmp_path / "x.docx"), "--strict"])
    assert result == cli.EXIT_PREFLIGHT
    assert not (tmp_path / "x.docx").exists()
    assert "figures disagree" in capsys.readouterr().err

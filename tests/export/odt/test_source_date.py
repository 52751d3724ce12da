"""ODT with SOURCE_DATE_EPOCH: the stated creation date and every package entry's date come from it, so two exports
of one release are byte-identical (as the PDF's and the DOCX's are)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

from releasedesk.export.odt import render_odt, render_plan
from releasedesk.export.plan import plan_release
from releasedesk.samples import load_sample, sample_path

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

EPOCH = "1700000000"  # 2023-11-14 22:13:20 UTC


def test_creation_date_and_entry_dates_are_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    data = render_odt(load_sample("announcement"), lang="en")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("meta.xml").decode("utf-8")
        dates = {info.date_time for info in package.infolist()}
    assert "<meta:creation-date>2023-11-14T22:13:20Z</meta:creation-date>" in meta
    assert dates == {(2023, 11, 14, 22, 13, 20)}


def test_two_commands_with_the_same_source_date_epoch_write_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes (no state shared), seconds apart: the bytes cannot depend on the clock."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    outputs = []
    for number in range(2):
        out = tmp_path / f"{number}.odt"
        argv = [sys.executable, "-m", "releasedesk", "export", str(sample_path("announcement")), "--odt", str(out)]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_an_invariant_plan_states_no_creation_date_and_dates_entries_1980() -> None:
    data = render_plan(plan_release(load_sample("announcement"), "zh-TW", invariant=True))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("meta.xml").decode("utf-8")
        dates = {info.date_time for info in package.infolist()}
    assert "creation-date" not in meta  # not the odfdo template's own date, months old
    assert dates == {(1980, 1, 1, 0, 0, 0)}

"""ODT with SOURCE_DATE_EPOCH: the stated creation date and every package entry's date come from it, so two exports
of one release are byte-identical (as the PDF's and the DOCX's are)."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from releasedesk.export.odt import render_odt, render_plan
from releasedesk.export.plan import plan_release
from releasedesk.samples import load_sample

if TYPE_CHECKING:
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


def test_an_invariant_plan_states_no_creation_date_and_dates_entries_1980() -> None:
    data = render_plan(plan_release(load_sample("announcement"), "zh-TW", invariant=True))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("meta.xml").decode("utf-8")
        dates = {info.date_time for info in package.infolist()}
    assert "creation-date" not in meta  # not the odfdo template's own date, months old
    assert dates == {(1980, 1, 1, 0, 0, 0)}

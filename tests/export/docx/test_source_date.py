"""DOCX with SOURCE_DATE_EPOCH: core properties and package entries carry its time; two runs are byte-identical."""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from releasedesk.export.docx import render_docx
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    import pytest

EPOCH = "1700000000"  # 2023-11-14 22:13:20 UTC


def test_core_dates_and_entry_dates_are_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    data = render_docx(load_sample("announcement"), lang="en")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml").decode("utf-8")
        dates = {info.date_time for info in package.infolist()}
        assert package.testzip() is None  # restamped in place: every entry still reads back whole
    assert re.findall(r"<dcterms:(created|modified)[^>]*>([^<]+)<", core) == [
        ("created", "2023-11-14T22:13:20Z"),
        ("modified", "2023-11-14T22:13:20Z"),
    ]
    assert dates == {(2023, 11, 14, 22, 13, 20)}

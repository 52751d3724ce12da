"""SOURCE_DATE_EPOCH read once for every writer; zip entries restamped in place without touching their data."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from releasedesk.errors import ExportError
from releasedesk.export.sourcedate import ZIP_EPOCH, creation_time, restamp_zip, source_date, zip_date_time
from releasedesk.samples import sample_path

if TYPE_CHECKING:
    from pathlib import Path


def test_unset_or_empty_means_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert source_date() is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", " ")
    assert source_date() is None
    assert abs((creation_time() - datetime.now(UTC)).total_seconds()) < 5


def test_the_variable_is_utc_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert creation_time() == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "9" * 30])
def test_a_malformed_value_is_one_line(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH") as caught:
        creation_time()
    assert "\n" not in str(caught.value)


def test_zip_dates_stay_in_the_range_a_zip_can_hold() -> None:
    assert zip_date_time(None) == ZIP_EPOCH
    assert zip_date_time(datetime(1970, 1, 1, tzinfo=UTC)) == ZIP_EPOCH
    assert zip_date_time(datetime(2023, 11, 14, 22, 13, 21, tzinfo=UTC)) == (2023, 11, 14, 22, 13, 20)
    assert zip_date_time(datetime(3000, 1, 1, tzinfo=UTC))[0] == 2107


def _package() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/x-test", compress_type=zipfile.ZIP_STORED)
        package.writestr("a/b.xml", "<x>" + "data " * 500 + "</x>", compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_restamp_changes_only_the_dates() -> None:
    original = _package()
    when = datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    stamped = restamp_zip(original, when)
    assert len(stamped) == len(original)
    with zipfile.ZipFile(io.BytesIO(stamped)) as package:
        assert package.testzip() is None
        assert [info.date_time for info in package.infolist()] == [(2023, 11, 14, 22, 13, 20)] * 2
        assert package.read("a/b.xml").startswith(b"<x>data ")
    assert restamp_zip(stamped, when) == stamped
    assert sum(a != b for a, b in zip(original, stamped, strict=True)) <= 16  # 4 bytes per header, 2 entries x 2


def test_a_package_it_does_not_understand_comes_back_unchanged() -> None:
    assert restamp_zip(b"not a zip", None) == b"not a zip"
    broken = bytearray(_package())
    directory = broken.find(b"PK\x01\x02")
    broken[directory : directory + 4] = b"XXXX"
    assert restamp_zip(bytes(broken), None) == bytes(broken)


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_two_commands_with_the_same_source_date_epoch_write_the_same_bytes(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes (no state shared), seconds apart: the bytes cannot depend on the clock."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = []
    for number in range(2):
        out = tmp_path / f"{number}.{fmt}"
        argv = [sys.executable, "-m", "releasedesk", "export", str(sample_path("announcement")), f"--{fmt}", str(out)]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]

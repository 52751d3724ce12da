"""SOURCE_DATE_EPOCH read once for every writer; zip entries restamped in place without touching their data."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from releasedesk.errors import ExportError
from releasedesk.export.sourcedate import ZIP_EPOCH, creation_time, restamp_zip, source_date, zip_date_time


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

"""The time an export says it was made: `SOURCE_DATE_EPOCH` when set (reproducible builds), otherwise now.

reportlab reads `SOURCE_DATE_EPOCH` itself for the PDF. The plan takes its creation time from `creation_time()`, and
the zip-packaged writers (DOCX, ODT) date their package entries with the plan's time (`zip_date_time`), so two
exports of one release with the same `SOURCE_DATE_EPOCH` are byte-identical. See reproducible-builds.org/specs.
"""

from __future__ import annotations

import os
import struct
from datetime import UTC, datetime

from releasedesk.errors import ExportError

VARIABLE = "SOURCE_DATE_EPOCH"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The earliest time a zip entry can carry: a plan without a time (invariant) and older epochs get this one."""
_ZIP_LAST_YEAR = 2107


def source_date() -> datetime | None:
    """`SOURCE_DATE_EPOCH` as an aware UTC time; None when unset or empty. A malformed value is an error in one line
    (the specification asks builds to stop rather than quietly use the current time)."""
    value = os.environ.get(VARIABLE, "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ExportError(f"{VARIABLE}={value[:40]!r} is not a whole number of seconds since 1970")
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (OverflowError, OSError, ValueError):
        raise ExportError(f"{VARIABLE}={value[:40]!r} is too far in the future") from None


def creation_time() -> datetime:
    """The creation time an export states: `SOURCE_DATE_EPOCH` when set, else the current time (UTC)."""
    return source_date() or datetime.now(UTC)


def zip_date_time(created: datetime | None) -> tuple[int, int, int, int, int, int]:
    """A zip entry's (year, month, day, hour, minute, second) for a creation time, in UTC, within the range the zip
    format can hold; `ZIP_EPOCH` when there is no time. Zip times have a resolution of two seconds."""
    if created is None:
        return ZIP_EPOCH
    utc = created.astimezone(UTC)
    if utc.year < ZIP_EPOCH[0]:
        return ZIP_EPOCH
    if utc.year > _ZIP_LAST_YEAR:
        return (_ZIP_LAST_YEAR, 12, 31, 23, 59, 58)
    return (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second - utc.second % 2)


_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"


def restamp_zip(package: bytes, created: datetime | None) -> bytes:
    """`package` with every entry dated `zip_date_time(created)`, without recompressing anything.

    A library that writes its zip with the current time (python-docx) gets its dates replaced in place: the date
    fields of each central-directory record and of the local header it points to. Zip64 and archive comments are
    not written by our libraries; a package this does not understand is returned unchanged.
    """
    year, month, day, hour, minute, second = zip_date_time(created)
    dos_time = (hour << 11) | (minute << 5) | (second // 2)
    dos_date = ((year - 1980) << 9) | (month << 5) | day
    stamp = struct.pack("<HH", dos_time, dos_date)
    end = package.rfind(_END)
    if end < 0 or len(package) < end + 22:
        return package
    entries, _size, directory = struct.unpack_from("<HII", package, end + 10)
    out = bytearray(package)
    offset = directory
    for _ in range(entries):
        if package[offset : offset + 4] != _CENTRAL:
            return package
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", package, offset + 28)
        (local,) = struct.unpack_from("<I", package, offset + 42)
        if package[local : local + 4] != _LOCAL:
            return package
        out[offset + 12 : offset + 16] = stamp
        out[local + 10 : local + 14] = stamp
        offset += 46 + name_len + extra_len + comment_len
    return bytes(out)

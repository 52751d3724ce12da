"""The print log: one JSON line per print (who, when, file, fingerprint, printer, copies), appended atomically.

Each line is written with a single `write` on an O_APPEND descriptor under an exclusive lock and fsynced, so two
print stations sharing a log never interleave or lose a line, and a crash leaves whole lines only.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from releasedesk.errors import ReleaseDeskError

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class PrintRecord:
    """One line of the print log: who printed which version of which file, when, where and how many."""

    by: str
    at: str
    """ISO 8601 with offset."""
    file: str
    fingerprint: str
    printer: str
    copies: int


def append_record(log: Path, record: PrintRecord) -> None:
    """Append one record to the log as one JSON line."""
    line = (json.dumps(asdict(record), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        raise ReleaseDeskError(f"{log}: cannot write the print log ({error.strerror or error})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        written = os.write(fd, line)
        if written != len(line):
            raise OSError(f"short write ({written} of {len(line)} bytes)")
        os.fsync(fd)
    except OSError as error:
        raise ReleaseDeskError(
            f"{log}: cannot write the print log ({getattr(error, 'strerror', None) or error})"
        ) from None
    finally:
        os.close(fd)


def read_records(log: Path) -> list[PrintRecord]:
    """Every record of the log, oldest first; none when there is no log yet."""
    if not log.exists():
        return []
    return [PrintRecord(**json.loads(line)) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]

"""The test process's own child processes, read from /proc: a batch or a pool must leave none behind."""

from __future__ import annotations

import os
from pathlib import Path


def children() -> set[int]:
    """This process's child processes, zombies included (they stay children until reaped)."""
    found: set[int] = set()
    for listing in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        found |= {int(pid) for pid in listing.read_text().split()}
    return found

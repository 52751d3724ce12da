"""The per-user cache folder for work that is the same on every run: parsed fonts, the font listing, image checks.

Everything in it can be rebuilt: a missing, unreadable, truncated or foreign file means "do the work again", and a
folder that cannot be written only costs the next run that work. Files are written atomically. Entries nobody has
used for a month go, and the cache stays under a size bound (cachesweep.py): the first look into the cache in a
process sweeps it when the last sweep is a day old, and reading an entry marks it used.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

MARK_USED_AFTER = 24 * 3600
"""Reading an entry whose modification time is older than this refreshes it: the sweep sees it is still used even
where the file system does not keep access times (`noatime`)."""
_looked: set[Path] = set()


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/releasedesk` (default `~/.cache/releasedesk`); the first call for a folder in a process also
    sweeps it when due (one `stat` when not: cachesweep.sweep_when_due)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    root = Path(base) / "releasedesk"
    if root not in _looked:
        _looked.add(root)
        _sweep_when_due(root)
    return root


def _sweep_when_due(root: Path) -> None:
    from releasedesk.cachesweep import sweep_when_due  # small: os, time and contextlib only

    with contextlib.suppress(OSError, ValueError):  # the cache is only an accelerator: never fail because of it
        sweep_when_due(root)


def read(folder: str, name: str) -> bytes | None:
    """The cached bytes of `folder/name`, or None; the entry is marked used (`mark_used`).

    Every reader of the cache goes through here, so the sweep (cachesweep.py) sees each entry that is still read,
    whoever reads it: an entry read some other way on a `noatime` disk would look unused and go after 30 days.
    """
    try:
        path = cache_root() / folder / name
        with open(path, "rb") as handle:
            data = handle.read()
            modified = os.fstat(handle.fileno()).st_mtime
    except (OSError, RuntimeError):  # RuntimeError: no home folder to find the cache in
        return None
    mark_used(path, modified)
    return data


def mark_used(path: Path, modified: float) -> None:
    """Refresh the modification time of an entry just read when it is over a day old (one `utime` a day at most):
    the sweep keeps what was used in the last 30 days even where the disk keeps no access times."""
    if time.time() - modified > MARK_USED_AFTER:
        with contextlib.suppress(OSError):
            os.utime(path)


def write(folder: str, name: str, data: bytes) -> None:
    """Store `data` as `folder/name`, atomically; failing is silent (the cache is only an accelerator)."""
    with contextlib.suppress(OSError, ValueError, RuntimeError):
        from releasedesk.atomicfile import write_atomic

        path = cache_root() / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)


def stamp(path: str) -> str:
    """`path:mtime_ns:size`, or `path:-` when it is missing: the key part saying a cache entry's source changed."""
    try:
        status = os.stat(path)
    except OSError:
        return f"{path}:-"
    return f"{path}:{status.st_mtime_ns}:{status.st_size}"

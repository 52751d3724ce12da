"""Stale entries leave the per-user cache (usercache.py): at most once a day, by when each entry was last used.

Entry names are hashes of their keys (format version, font path and date, library versions), so a name does not say
which version of ReleaseDesk wrote it, and another installed version may still use an entry this one never will.
What every user of an entry leaves behind is its use: reading updates the file's access time (Linux's default
`relatime` does, at most once a day) and `usercache.read` also refreshes its modification time. So an entry nobody
has used for `MAX_AGE` — an earlier format's, a removed font's, an old image's — goes, and while the cache is larger
than `MAX_BYTES` the least recently used go first, never one used within `IN_USE`.

Removing is safe beside other processes: the entry is renamed aside, and deleted only if what was renamed is the
very file judged stale and unused since (same inode, size and times); otherwise it is put back. A reader that has
opened an entry keeps reading it after it is removed (POSIX), and writers replace entries by rename (atomicfile).
One process sweeps at a time (a lock on the marker file); nothing here raises on an unwritable or vanished folder.
"""

from __future__ import annotations

import contextlib
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

MARKER = ".swept"
"""In the cache's root: its modification time is when the last sweep finished; it is also the sweep's lock."""
SWEEP_EVERY = 24 * 3600
MAX_AGE = 30 * 24 * 3600
"""An entry nobody has used for this long is stale."""
MAX_BYTES = 256 * 1024 * 1024
"""Above this the least recently used entries go, down to `LOW_WATER` of it. A typical cache holds ~15 MB."""
LOW_WATER = 0.75
IN_USE = 3600
"""An entry used this recently is never removed, whatever the size."""
TEMP_AGE = 24 * 3600
"""A writer's temporary file (or a sweep's renamed entry) this old belongs to a process that died."""
ASIDE = "~sweep~"
"""In the name of an entry renamed aside to be removed (`.NAME~sweep~PID~RANDOM`)."""


class Entry:
    """A cache file as judged; `identity` is (inode, size, mtime_ns, atime_ns): the file removed must be this one,
    unused since."""

    __slots__ = ("identity", "last_used", "path", "size")

    def __init__(self, path: Path, size: int, last_used: float, identity: tuple[int, int, int, int]) -> None:
        self.path = path
        self.size = size
        self.last_used = last_used
        self.identity = identity


class Swept:
    """What a sweep did (for the tests). A plain class: this module is imported on the export
    command's path (once a day), where `dataclasses` may not be loaded yet."""

    def __init__(self) -> None:
        self.removed = 0
        self.kept = 0
        self.bytes_left = 0


def _identity(status: os.stat_result) -> tuple[int, int, int, int]:
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_atime_ns)


def _files(folder: Path) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            found = list(entries)
    except OSError:
        return
    for entry in found:
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                yield from _files(folder / entry.name)
            elif entry.is_file(follow_symlinks=False) and entry.name != MARKER:
                yield entry


def _is_temporary(name: str) -> bool:
    """atomicfile's `.NAME~HOST~…~RANDOM.tmp`, or an entry a sweep renamed aside and did not finish with."""
    return name.startswith(".") and (name.endswith(".tmp") or ASIDE in name)


def remove_if_unchanged(entry: Entry) -> bool:
    """Delete `entry` if the file at its path is still the one judged, unused since; else leave it (or put it back)."""
    aside = entry.path.with_name(f".{entry.path.name}{ASIDE}{os.getpid()}~{os.urandom(4).hex()}")
    try:
        os.rename(entry.path, aside)
    except OSError:
        return False  # gone already, or the folder is not writable
    try:
        unchanged = _identity(os.lstat(aside)) == entry.identity
    except OSError:
        return False
    if unchanged:
        with contextlib.suppress(OSError):
            os.unlink(aside)
            return True
        return False
    with contextlib.suppress(OSError):  # replaced or read meanwhile: back, unless a newer one is there already
        os.link(aside, entry.path)
    with contextlib.suppress(OSError):
        os.unlink(aside)
    return False


def sweep(
    root: Path,
    *,
    now: float | None = None,
    max_age: float = MAX_AGE,
    max_bytes: int = MAX_BYTES,
    in_use: float = IN_USE,
) -> Swept:
    """Remove what nobody used for `max_age`, then the least recently used while the cache exceeds `max_bytes`."""
    now = time.time() if now is None else now
    result = Swept()
    kept: list[Entry] = []
    for found in _files(root):
        try:
            status = found.stat(follow_symlinks=False)
        except OSError:
            continue
        last_used = max(status.st_atime, status.st_mtime)
        entry = Entry(root / os.path.relpath(found.path, root), status.st_size, last_used, _identity(status))
        limit = TEMP_AGE if _is_temporary(found.name) else max_age
        if now - last_used > limit and remove_if_unchanged(entry):
            result.removed += 1
        else:
            kept.append(entry)
    total = sum(entry.size for entry in kept)
    result.kept = len(kept)
    if total > max_bytes:
        for entry in sorted(kept, key=lambda entry: entry.last_used):
            if total <= max_bytes * LOW_WATER or now - entry.last_used < in_use:
                break
            if remove_if_unchanged(entry):
                result.removed += 1
                result.kept -= 1
                total -= entry.size
    result.bytes_left = total
    return result


def _locked(handle: int) -> bool:
    try:
        import fcntl
    except ImportError:  # not POSIX: removals are idempotent, two sweeps at once only repeat work
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def sweep_when_due(root: Path, *, every: float = SWEEP_EVERY) -> Swept | None:
    """Sweep `root` when the last sweep is `every` seconds old (or there was none); None when not due, when another
    process is sweeping, or when the folder cannot be written (nothing could be removed anyway). Not due costs one
    `stat`."""
    marker = root / MARKER
    try:
        if time.time() - marker.stat().st_mtime < every:
            return None
    except FileNotFoundError:
        if not root.is_dir():
            return None  # nothing cached yet; creating the folder is the writers' business
    except OSError:
        return None
    try:
        handle = os.open(marker, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        if not _locked(handle):
            return None
        status = os.fstat(handle)
        if status.st_size and time.time() - status.st_mtime < every:
            return None  # another process finished a sweep while this one looked
        result = sweep(root)
        with contextlib.suppress(OSError):
            os.pwrite(handle, _DONE, 0)  # a marker with content is a finished sweep; writing dates it
            os.utime(handle)
        return result
    finally:
        os.close(handle)


_DONE = b"swept\n"

__all__ = ["MARKER", "MAX_AGE", "MAX_BYTES", "Swept", "remove_if_unchanged", "sweep", "sweep_when_due"]

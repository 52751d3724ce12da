"""Atomic file writes: a reader of the target sees the old file or the new one, never a half-written one."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from releasedesk.processes import pid_alive

BACKUP_SUFFIX = "~"


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `name.ext~` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform/filesystem lets a directory be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path | str, *, keep_backup: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only when the block ends without error.

    The temporary file lives in the target's folder so the final rename never crosses filesystems. With
    `keep_backup`, the replaced version is kept as `backup_path(path)` (itself swapped in atomically).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    _remove_orphans(folder, path.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # mkstemp makes 0600; a saved file gets the usual permissions
            os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
            if keep_backup:
                _replace_backup(path)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _umask() -> int:
    """The process umask, read without changing it where the system allows (setting it races other threads)."""
    with contextlib.suppress(OSError, ValueError, StopIteration), open("/proc/self/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_orphans(folder: Path, name: str) -> None:
    """Delete temporary files left by saves whose process died (killed mid-save); live writers keep theirs."""
    for orphan in folder.glob(f".{glob.escape(name)}.*.tmp"):
        pid_text = orphan.name[len(name) + 2 :].split(".", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not pid_alive(int(pid_text)):
            with contextlib.suppress(OSError):
                orphan.unlink()


def _replace_backup(path: Path) -> None:
    """Copy the current file to its backup name through a temporary file, so the backup is never partial."""
    backup = backup_path(path)
    _remove_orphans(path.parent, backup.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            os.unlink(tmp)
            os.link(path, tmp)  # cheap and complete: the old inode stays as the backup after the replace
        except OSError:
            shutil.copy2(path, tmp)
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(path: Path | str, data: bytes | Callable[[BinaryIO], None], *, keep_backup: bool = False) -> None:
    """Write bytes (or let a callback write into the file) atomically."""
    with atomic_writer(path, keep_backup=keep_backup) as handle:
        if callable(data):
            data(handle)
        else:
            handle.write(data)

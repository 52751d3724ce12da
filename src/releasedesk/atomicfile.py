"""Atomic file writes: a reader of the target sees the old file or the new one, never a half-written one.

Temporary files are named `.NAME~HOST.MACHINE~PIDNS~PID~START~RANDOM.tmp`, so a folder shared by several computers (or
containers) can be cleaned safely: a writer removes only temporary files of its own host whose process is known to
be dead, or, when it cannot look into their PID namespace, that are older than `TEMP_MAX_AGE`. Another computer's
temporary file is never touched.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from releasedesk.oserrors import ReadOnlyTargetError, reason
from releasedesk.processes import Liveness, ProcessId

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

BACKUP_SUFFIX = "~"
TEMP_MAX_AGE = 15 * 60  # seconds: no save takes this long, so an older temporary file is an orphan
MUTEX_WAIT = 10.0  # seconds a save waits for another process's replace step before giving up
MUTEX_MAX_AGE = 120  # a replace-step mutex older than this is left from a crash, whoever held it


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `name.ext~` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_target(path: Path | str) -> Path:
    """The file a write to `path` really replaces: a symlink is written through to its (final) target."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def is_read_only(path: Path) -> bool:
    """True when `path` exists and is marked read-only (no write bit, or not writable by us).

    The permission bits are read directly, because root may write anything and would otherwise ignore them.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


_STANDARD_STREAMS = ("/dev/stdout", "/dev/stderr")
_DESCRIPTORS = ("/dev/fd/", "/proc/self/fd/")


def is_stream(path: Path | str) -> bool:
    """True when `path` is a pipe, terminal, socket or device (links followed), or names one of this process's open
    files (`/dev/stdout`, even when the shell points it at a file: replacing that file would lose what `>>` added
    before): written in place, never replaced."""
    try:
        name = os.path.abspath(path)
        if name in _STANDARD_STREAMS or name.startswith(_DESCRIPTORS):
            return os.path.exists(name)
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform/filesystem lets a directory be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _machine_token(me: ProcessId) -> str:
    """The host name plus a piece of the machine id: two computers that share a host name still differ."""
    return f"{me.host}.{me.machine_id[:12]}" if me.machine_id else me.host


def _temp_prefix(name: str, me: ProcessId) -> str:
    return f".{name}~{_machine_token(me)}~{me.pid_ns}~{me.pid}~{me.start}~"


def _make_temp(folder: Path, name: str) -> tuple[int, Path]:
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(name, ProcessId.current()), suffix=".tmp", dir=folder)
    return fd, Path(tmp_name)


@contextlib.contextmanager
def atomic_writer(
    path: Path | str,
    *,
    keep_backup: bool = False,
    replace_read_only: bool = False,
    check: Callable[[Path], None] | None = None,
    warnings: list[str] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only when the block ends without error.

    The temporary file lives in the target's folder so the final rename never crosses filesystems; a symlink is
    followed, so its target is replaced and the link stays. With `keep_backup`, the replaced version is kept as
    `backup_path(path)`; a backup that cannot be made is added to `warnings` (the save itself still happens). A
    read-only target raises `ReadOnlyTargetError` unless `replace_read_only`. `check(target)` runs just before the
    replace, under a short mutex shared by every ReleaseDesk process, so check-then-replace is not a race.
    """
    if is_stream(path):  # a pipe, terminal or device (`--text /dev/stdout`): nothing to replace, written through
        with open(path, "ab") as stream:  # appended: a `>> log` behind /dev/stdout keeps what it held
            yield stream
        return
    path = write_target(path)
    folder = path.parent if str(path.parent) else Path()
    if not replace_read_only and is_read_only(path):
        raise ReadOnlyTargetError(path)
    remove_orphans(folder, path.name)
    fd, tmp = _make_temp(folder, path.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # mkstemp makes 0600; a saved file gets the usual permissions
            os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with _replace_mutex(path) if check is not None else contextlib.nullcontext():
            if check is not None:
                check(path)
            if keep_backup and path.exists():
                try:
                    _replace_backup(path)
                except OSError as error:
                    if warnings is not None:
                        warnings.append(f"the previous version could not be kept as {backup_path(path).name} "
                                        f"({reason(error)})")  # fmt: skip
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


def _temp_owner(orphan: Path, name: str, me: ProcessId) -> ProcessId | None:
    """The writer recorded in a temporary file's name (on this boot of a same-named host), or None if not ours."""
    parts = orphan.name[len(name) + 2 :].split("~")
    if len(parts) != 5 or not all(part.isdigit() for part in parts[1:4]):
        return None
    if parts[0] != _machine_token(me):
        return None  # another computer's: its processes cannot be seen from here
    return ProcessId(me.host, int(parts[2]), int(parts[3]), int(parts[1]), me.boot_id, me.machine_id)


def remove_orphans(folder: Path, name: str) -> list[Path]:
    """Delete temporary files of `name` left by dead writers on this host; return what was removed.

    Kept: another host's files (its processes cannot be seen from here), live writers' files, and files of writers
    in a PID namespace we cannot look into until they are older than TEMP_MAX_AGE.
    """
    me = ProcessId.current()
    removed: list[Path] = []
    for orphan in folder.glob(f".{glob.escape(name)}~*.tmp"):
        owner = _temp_owner(orphan, name, me)
        if owner is None or owner.is_same_process(me):
            continue
        state = owner.liveness()
        if state is Liveness.ALIVE:
            continue
        if state is Liveness.UNKNOWN:
            try:
                if time.time() - orphan.stat().st_mtime < TEMP_MAX_AGE:
                    continue
            except OSError:
                continue
        with contextlib.suppress(OSError):
            orphan.unlink()
            removed.append(orphan)
    return removed


def _replace_backup(path: Path) -> None:
    """Copy the current file to its backup name through a temporary file, so the backup is never partial."""
    backup = backup_path(path)
    if backup.is_dir() and not backup.is_symlink():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(backup))
    with contextlib.suppress(OSError):
        if os.path.samefile(path, backup):  # a save killed after its backup step: the backup is already this file
            return
    remove_orphans(path.parent, backup.name)
    fd, tmp = _make_temp(path.parent, backup.name)
    os.close(fd)
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


def mutex_path(path: Path) -> Path:
    """The lock file that serialises saves of `path` between processes (hidden, beside it)."""
    return path.with_name(f".~save.{path.name}#")


@contextlib.contextmanager
def _replace_mutex(path: Path) -> Iterator[None]:
    """Hold `.~save.NAME#` (created exclusively) for the moment of check + replace; break it if its holder is dead."""
    mutex = mutex_path(path)
    me = ProcessId.current()
    payload = json.dumps(me.__dict__).encode("utf-8")
    deadline = time.monotonic() + MUTEX_WAIT
    while True:
        try:
            fd = os.open(mutex, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _mutex_abandoned(mutex):
                with contextlib.suppress(OSError):
                    mutex.unlink()
                continue
            if time.monotonic() > deadline:
                raise BlockingIOError(
                    errno.EAGAIN, "another program is saving this file right now", str(path)
                ) from None
            time.sleep(0.02)
            continue
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        break
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            mutex.unlink()


def _mutex_abandoned(mutex: Path) -> bool:
    try:
        age = time.time() - mutex.stat().st_mtime
    except OSError:
        return False  # gone already: the next exclusive create decides
    try:
        holder = ProcessId(**json.loads(mutex.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return age > 2  # being written this instant, or damaged: wait a little
    return age > MUTEX_MAX_AGE or holder.liveness() is Liveness.DEAD


def write_atomic(
    path: Path | str,
    data: bytes | Callable[[BinaryIO], None],
    *,
    keep_backup: bool = False,
    replace_read_only: bool = False,
) -> list[str]:
    """Write bytes (or let a callback write into the file) atomically; returns warnings (a backup not kept)."""
    warnings: list[str] = []
    with atomic_writer(path, keep_backup=keep_backup, replace_read_only=replace_read_only, warnings=warnings) as out:
        if callable(data):
            data(out)
        else:
            out.write(data)
    return warnings

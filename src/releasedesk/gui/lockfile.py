"""A lock file beside an open release, so a second person (or window) opening it is warned who has it.

Qt-free: the window decides what to say; this module only knows who holds a file and whether that holder is alive.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from releasedesk.atomicfile import write_atomic
from releasedesk.processes import pid_alive


def lock_path(path: Path) -> Path:
    """`.~lock.NAME#` beside the file: the LibreOffice convention, hidden in file managers."""
    return path.with_name(f".~lock.{path.name}#")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return os.environ.get("USER", "unknown")


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def current(cls) -> LockOwner:
        return cls(_user(), socket.gethostname(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    @property
    def is_stale(self) -> bool:
        """A lock left by a process that no longer runs on this machine (a crash); other hosts cannot be checked."""
        return self.host == socket.gethostname() and not pid_alive(self.pid)

    def describe(self) -> str:
        return f"{self.user}@{self.host} (pid {self.pid})"


def read_lock(path: Path) -> LockOwner | None:
    """Who holds `path`, or None when nobody does (or the lock file is unreadable, which we treat as absent)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def foreign_holder(path: Path) -> LockOwner | None:
    """The live holder of `path` other than this process, if any."""
    owner = read_lock(path)
    if owner is None or owner.is_this_process or owner.is_stale:
        return None
    return owner


class FileLock:
    """This process's claim on one file; `release()` removes the lock only if it is still ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.owner = LockOwner.current()

    def acquire(self) -> bool:
        """Write the lock; False when the folder is not writable (the file can still be edited and saved elsewhere)."""
        data = json.dumps(self.owner.__dict__).encode("utf-8")
        try:
            write_atomic(lock_path(self.path), data)
        except OSError:
            return False
        return True

    def release(self) -> None:
        owner = read_lock(self.path)
        if owner is not None and owner.is_this_process:
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()

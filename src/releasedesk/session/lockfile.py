"""A lock file beside an open release, so a second person (or window) opening it is warned who has it.

Qt-free: the window decides what to say; this module only knows who holds a file and whether that holder is alive.
The lock is created exclusively (`O_EXCL`: of two instances starting together exactly one gets it), names its owner
by user, host, machine, pid and process start time (a reused pid is not a live owner), and is refreshed while the
file is open, so its age tells how long ago the holder was last seen. A live lock is never replaced or deleted by
another instance; a lock from another computer is taken over only by `take_over()`, the user's explicit choice.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from releasedesk.atomicfile import write_atomic
from releasedesk.oserrors import reason
from releasedesk.processes import Liveness, ProcessId

if TYPE_CHECKING:
    from pathlib import Path

WRITING_GRACE = 5.0  # seconds an empty or half-written lock counts as "being created right now"
BREAK_MAX_AGE = 30.0  # a stale-lock breaker's own marker older than this was left by a crash


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
    """Who holds a file's lock: user, process and since when."""

    user: str
    process: ProcessId
    since: str  # UTC, ISO 8601: when the file was opened
    seen: float = field(default=0.0, compare=False)  # the lock file's mtime: the holder's last sign of life

    @classmethod
    def current(cls) -> LockOwner:
        return cls(_user(), ProcessId.current(), datetime.now(UTC).isoformat(timespec="seconds"), time.time())

    @property
    def host(self) -> str:
        return self.process.host

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def is_this_process(self) -> bool:
        return self.process.is_same_process(ProcessId.current())

    @property
    def liveness(self) -> Liveness:
        return Liveness.ALIVE if self.is_this_process else self.process.liveness()

    @property
    def is_stale(self) -> bool:
        """Left by a process known to have ended (a crash); another computer's holder is never known dead."""
        return self.liveness is Liveness.DEAD

    @property
    def on_other_computer(self) -> bool:
        return not self.process.same_machine(ProcessId.current())

    def age_seconds(self, now: float | None = None) -> float:
        """Seconds since the holder last refreshed the lock."""
        return max(0.0, (time.time() if now is None else now) - self.seen)

    def describe(self) -> str:
        return f"{self.user}@{self.host} (pid {self.pid})"

    def to_json(self) -> bytes:
        data = {"user": self.user, "since": self.since, **asdict(self.process)}
        return json.dumps(data).encode("utf-8")


def _parse(data: bytes, seen: float) -> LockOwner | None:
    try:
        raw = json.loads(data.decode("utf-8"))
        process = ProcessId(
            str(raw["host"]),
            int(raw["pid"]),
            int(raw.get("start", 0)),
            int(raw.get("pid_ns", 0)),
            str(raw.get("boot_id", "")),
            str(raw.get("machine_id", "")),
        )
        return LockOwner(str(raw["user"]), process, str(raw.get("since", "")), seen)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _read_raw(path: Path) -> tuple[bytes, float] | None:
    try:
        lock = lock_path(path)
        with open(lock, "rb") as handle:
            return handle.read(64 * 1024), os.fstat(handle.fileno()).st_mtime
    except OSError:
        return None


def read_lock(path: Path) -> LockOwner | None:
    """Who holds `path`, or None when nobody does (or the lock file is unreadable, which we treat as absent)."""
    raw = _read_raw(path)
    return None if raw is None else _parse(*raw)


def foreign_holder(path: Path) -> LockOwner | None:
    """The holder of `path` other than this process that may still be alive, if any."""
    owner = read_lock(path)
    if owner is None or owner.is_this_process or owner.is_stale:
        return None
    return owner


class LockState(Enum):
    """The outcome of trying to take a file's lock."""

    ACQUIRED = "acquired"
    HELD = "held"  # someone else holds it (holder may be None: being created this instant)
    UNWRITABLE = "unwritable"


@dataclass(frozen=True)
class LockAttempt:
    """A lock attempt's outcome, the holder when someone else has it, and why when it failed."""

    state: LockState
    holder: LockOwner | None = None
    reason: str = ""


class FileLock:
    """This process's claim on one file; `release()` removes the lock only if it is still ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.owner = LockOwner.current()
        self.held = False

    def acquire(self) -> LockAttempt:
        """Create the lock exclusively; a stale one (its holder known dead) is broken first, a live one never."""
        lock = lock_path(self.path)
        for _ in range(50):
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                raw = _read_raw(self.path)
                if raw is None:
                    continue  # removed meanwhile: try again
                holder = _parse(*raw)
                if holder is not None and holder.is_this_process:
                    self.held = True
                    return LockAttempt(LockState.ACQUIRED, holder)
                if holder is None and time.time() - raw[1] < WRITING_GRACE:
                    return LockAttempt(LockState.HELD, None)  # another instance is writing it right now
                if holder is not None and not holder.is_stale:
                    return LockAttempt(LockState.HELD, holder)
                _break_stale(lock, raw[0])
                continue
            except OSError as error:
                return LockAttempt(LockState.UNWRITABLE, reason=reason(error))
            try:
                os.write(fd, self.owner.to_json())
                os.fsync(fd)
            except OSError as error:
                os.close(fd)
                with contextlib.suppress(OSError):
                    lock.unlink()
                return LockAttempt(LockState.UNWRITABLE, reason=reason(error))
            os.close(fd)
            self.held = True
            return LockAttempt(LockState.ACQUIRED, self.owner)
        return LockAttempt(LockState.HELD, read_lock(self.path))

    def take_over(self) -> LockAttempt:
        """Replace whatever lock there is with ours: only on the user's explicit choice (e.g. a crashed colleague)."""
        try:
            write_atomic(lock_path(self.path), self.owner.to_json(), replace_read_only=True)
        except OSError as error:
            return LockAttempt(LockState.UNWRITABLE, reason=reason(error))
        self.held = True
        return LockAttempt(LockState.ACQUIRED, self.owner)

    def still_ours(self) -> bool:
        owner = read_lock(self.path)
        return self.held and owner is not None and owner.is_this_process

    def refresh(self) -> None:
        """Show we are still here: the lock's age is the time since the holder was last seen."""
        if self.still_ours():
            with contextlib.suppress(OSError):
                os.utime(lock_path(self.path))

    def release(self) -> None:
        if self.still_ours():
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
        self.held = False


def _break_stale(lock: Path, stale: bytes) -> None:
    """Remove a dead holder's lock, unless another instance replaced it meanwhile (then it is live: keep it).

    Check-and-delete is done under a second exclusive marker, so two instances breaking the same stale lock cannot
    delete the fresh lock one of them has just made.
    """
    marker = lock.with_name(lock.name + ".break")
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - marker.stat().st_mtime > BREAK_MAX_AGE:
                marker.unlink()
        time.sleep(0.01)
        return
    except OSError:
        return
    os.close(fd)
    try:
        with contextlib.suppress(OSError):
            if lock.read_bytes() == stale:
                lock.unlink()
    finally:
        with contextlib.suppress(OSError):
            marker.unlink()

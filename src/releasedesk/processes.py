"""Whether a process still runs: how lock files and temporary files of crashed or killed sessions are recognised.

A pid alone is not an identity: pids are reused, two PID namespaces (containers) on one host can each have a pid 7,
and two computers can share a host name. `ProcessId` adds the process start time, the PID namespace, the boot id
and the machine id, so "is it still alive?" is answered only where it can be answered, and honestly otherwise.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from enum import Enum


def pid_alive(pid: int) -> bool:
    """True while process `pid` exists on this machine (also when it belongs to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def process_start(pid: int) -> int:
    """The start time of `pid` in clock ticks since boot (Linux /proc); 0 when unknown or gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[19])  # field 22 of stat(5), counted after the ") " that ends the command name
    except (OSError, IndexError, ValueError):
        return 0


def _read(path: str) -> str:
    with contextlib.suppress(OSError), open(path, encoding="ascii", errors="replace") as handle:
        return handle.read().strip()
    return ""


def _pid_namespace() -> int:
    with contextlib.suppress(OSError):
        return os.stat("/proc/self/ns/pid").st_ino
    return 0


def host_name() -> str:
    """The host name as a token safe inside a file name."""
    if hasattr(os, "uname"):  # POSIX: what socket.gethostname() returns, without importing socket (~3-10 ms)
        name = os.uname().nodename
    else:
        import socket

        name = socket.gethostname()
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) or "unknown-host"


class Liveness(Enum):
    """Whether a process holding a lock is still running (UNKNOWN when it cannot be told)."""

    ALIVE = "alive"
    DEAD = "dead"
    UNKNOWN = "unknown"  # another computer or a PID namespace we cannot look into


@dataclass(frozen=True)
class ProcessId:
    """Who a process is, in enough detail that a reused pid or a same-named host is not mistaken for it."""

    host: str
    pid: int
    start: int = 0
    pid_ns: int = 0
    boot_id: str = ""
    machine_id: str = ""

    @classmethod
    def current(cls) -> ProcessId:
        pid = os.getpid()
        return cls(
            host_name(),
            pid,
            process_start(pid),
            _pid_namespace(),
            _read("/proc/sys/kernel/random/boot_id"),
            _read("/etc/machine-id"),
        )

    def same_machine(self, other: ProcessId) -> bool:
        if self.machine_id and other.machine_id:
            return self.machine_id == other.machine_id and self.host == other.host
        return self.host == other.host  # older records: the host name is all we have

    def is_same_process(self, other: ProcessId) -> bool:
        return (
            self.same_machine(other)
            and self.pid == other.pid
            and self.pid_ns == other.pid_ns
            and self.boot_id == other.boot_id
            and (not self.start or not other.start or self.start == other.start)
        )

    def liveness(self) -> Liveness:
        """Whether this (recorded) process still runs, as seen from the current process."""
        me = ProcessId.current()
        if not self.same_machine(me):
            return Liveness.UNKNOWN
        if self.boot_id and me.boot_id and self.boot_id != me.boot_id:
            return Liveness.DEAD  # the machine restarted since
        if self.pid_ns and me.pid_ns and self.pid_ns != me.pid_ns:
            return Liveness.UNKNOWN
        if not pid_alive(self.pid):
            return Liveness.DEAD
        if self.start and process_start(self.pid) not in (0, self.start):
            return Liveness.DEAD  # the pid was reused by another program
        return Liveness.ALIVE

"""The Qt-free lock and recovery modules on their own: exclusive locks, real owners, races between instances."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import datetime
from typing import TYPE_CHECKING

from releasedesk.fileformat import save_release
from releasedesk.processes import ProcessId, process_start
from releasedesk.samples import load_sample
from releasedesk.session.lockfile import FileLock, LockState, foreign_holder, lock_path, read_lock
from releasedesk.session.recovery import RecoveryStore

if TYPE_CHECKING:
    from pathlib import Path

DEAD_PID = 2**22 + 12345  # above Linux's default pid_max: never a live process


def _lock_record(**fields: object) -> str:
    me = ProcessId.current()
    record = {"user": "mei", "since": "2026-11-24T09:00:00+00:00", **me.__dict__}
    record.update(fields)
    return json.dumps(record)


def test_lock_round_trip_and_release_only_removes_our_own(tmp_path):
    target = tmp_path / "r.rdrelease"
    lock = FileLock(target)
    assert lock.acquire().state is LockState.ACQUIRED
    assert read_lock(target) == lock.owner
    assert foreign_holder(target) is None  # ours
    parent = os.getppid()
    lock_path(target).write_text(_lock_record(pid=parent, start=process_start(parent)), encoding="utf-8")
    assert foreign_holder(target).pid == parent
    lock.release()
    assert lock_path(target).exists()  # not ours any more: left alone


def test_live_lock_is_never_replaced_and_a_reused_pid_is_not_live(tmp_path):
    target = tmp_path / "r.rdrelease"
    parent = os.getppid()
    live = _lock_record(pid=parent, start=process_start(parent))
    lock_path(target).write_text(live, encoding="utf-8")
    attempt = FileLock(target).acquire()
    assert attempt.state is LockState.HELD
    assert attempt.holder.pid == parent
    assert lock_path(target).read_text(encoding="utf-8") == live
    # the same pid with another start time: the holder is gone and the pid now belongs to another program
    lock_path(target).write_text(_lock_record(pid=parent, start=process_start(parent) + 7), encoding="utf-8")
    assert FileLock(target).acquire().state is LockState.ACQUIRED


def test_old_style_lock_of_a_dead_process_and_a_damaged_lock_are_stale(tmp_path):
    target = tmp_path / "r.rdrelease"
    old = {"user": "x", "host": socket.gethostname(), "pid": DEAD_PID, "since": ""}
    lock_path(target).write_text(json.dumps(old), encoding="utf-8")
    assert FileLock(target).acquire().state is LockState.ACQUIRED
    lock_path(target).write_text("{not json", encoding="utf-8")
    assert FileLock(target).acquire().state is LockState.HELD  # may be being written this instant
    old_time = time.time() - 60
    os.utime(lock_path(target), (old_time, old_time))
    assert FileLock(target).acquire().state is LockState.ACQUIRED  # damaged and old: left by a crash


def test_other_computer_lock_is_kept_until_taken_over_on_purpose(tmp_path):
    target = tmp_path / "r.rdrelease"
    same_name = _lock_record(pid=DEAD_PID, machine_id="0" * 32)  # same host name, another machine
    lock_path(target).write_text(same_name, encoding="utf-8")
    attempt = FileLock(target).acquire()
    assert attempt.state is LockState.HELD
    assert attempt.holder.on_other_computer
    assert not attempt.holder.is_stale  # its pid cannot be checked from here
    old = time.time() - 3 * 3600
    os.utime(lock_path(target), (old, old))
    assert 3 * 3600 - 5 < read_lock(target).age_seconds() < 3 * 3600 + 60
    lock = FileLock(target)
    assert lock.acquire().state is LockState.HELD  # no matter how old: never expires by itself
    assert lock.take_over().state is LockState.ACQUIRED
    assert read_lock(target).is_this_process
    lock.release()
    assert not lock_path(target).exists()


def test_unwritable_folder_is_reported(tmp_path):
    target = tmp_path / "gone" / "r.rdrelease"
    attempt = FileLock(target).acquire()
    assert attempt.state is LockState.UNWRITABLE
    assert "folder does not exist" in attempt.reason


RACER = """
import sys, time
from pathlib import Path
from releasedesk.session.lockfile import FileLock
start_at = float(sys.argv[2])
lock = FileLock(Path(sys.argv[1]))
while time.time() < start_at:
    pass
print(lock.acquire().state.value, flush=True)
sys.stdin.readline()
lock.release()
"""


def _race(target: Path, instances: int) -> list[str]:
    start_at = str(time.time() + 1.5)  # every instance spins until the same moment, then acquires
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(target), start_at],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(instances)
    ]
    states = [proc.stdout.readline().strip() for proc in procs]
    for proc in procs:
        proc.communicate("\n", timeout=30)
    return states


def test_instances_started_together_get_exactly_one_lock(tmp_path):
    target = tmp_path / "r.rdrelease"
    for _ in range(2):
        states = _race(target, 6)
        assert sorted(states) == ["acquired"] + ["held"] * 5, states
        assert not lock_path(target).exists()  # the winner removed its own lock, nobody else touched it


def test_instances_breaking_one_stale_lock_together_get_exactly_one_lock(tmp_path):
    target = tmp_path / "r.rdrelease"
    for _ in range(2):
        lock_path(target).write_text(_lock_record(pid=DEAD_PID, start=1), encoding="utf-8")
        states = _race(target, 6)
        assert sorted(states) == ["acquired"] + ["held"] * 5, states


def test_recovery_orphans_skip_live_other_processes(tmp_path):
    store = RecoveryStore(tmp_path)
    store.save(load_sample(), None)
    meta = tmp_path / f"{store.session_id}.json"
    data = json.loads(meta.read_text())
    data["pid"] = os.getppid()  # a live process that is not us: still running, not a crash
    meta.write_text(json.dumps(data))
    assert RecoveryStore(tmp_path).orphans() == []
    data["pid"] = 2**22 + 4321  # no such process: a crash
    meta.write_text(json.dumps(data))
    (entry,) = RecoveryStore(tmp_path).orphans()
    assert entry.load() == load_sample()
    assert entry.title == "untitled"


def test_recovery_remembers_the_version_it_was_based_on(tmp_path):
    original = tmp_path / "r.rdrelease"
    stamp = save_release(load_sample(), original).stamp
    store = RecoveryStore(tmp_path / "recovery")
    store.save(load_sample(), original, stamp)
    meta = tmp_path / "recovery" / f"{store.session_id}.json"
    data = json.loads(meta.read_text())
    data["pid"] = DEAD_PID
    meta.write_text(json.dumps(data))
    (entry,) = RecoveryStore(tmp_path / "recovery").orphans()
    assert entry.original == original
    assert entry.original_stamp == stamp
    assert datetime.fromisoformat(entry.saved_at).utcoffset() is not None  # stored in UTC; dialogs show local time

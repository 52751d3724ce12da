"""The Qt-free lock and recovery modules on their own."""

from __future__ import annotations

import json
import os
import socket

from releasedesk.gui.lockfile import FileLock, foreign_holder, lock_path, read_lock
from releasedesk.gui.recovery import RecoveryStore
from releasedesk.samples import load_sample


def test_lock_round_trip_and_release_only_removes_our_own(tmp_path):
    target = tmp_path / "r.rdrelease"
    lock = FileLock(target)
    assert lock.acquire()
    assert read_lock(target) == lock.owner
    assert foreign_holder(target) is None  # ours
    other = {"user": "u", "host": socket.gethostname(), "pid": os.getppid(), "since": "s"}
    lock_path(target).write_text(json.dumps(other), encoding="utf-8")
    assert foreign_holder(target).pid == os.getppid()
    lock.release()
    assert lock_path(target).exists()  # not ours any more: left alone


def test_unreadable_lock_counts_as_absent(tmp_path):
    target = tmp_path / "r.rdrelease"
    lock_path(target).write_text("{not json", encoding="utf-8")
    assert read_lock(target) is None and foreign_holder(target) is None


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
    assert entry.load() == load_sample() and entry.title == "untitled"

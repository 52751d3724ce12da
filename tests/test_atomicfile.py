from __future__ import annotations

import os
import subprocess
import time
from typing import TYPE_CHECKING

import pytest

from releasedesk.atomicfile import TEMP_MAX_AGE, atomic_writer, backup_path, write_atomic
from releasedesk.oserrors import ReadOnlyTargetError
from releasedesk.processes import ProcessId, process_start

if TYPE_CHECKING:
    from pathlib import Path


def test_failed_write_leaves_target_and_folder_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:  # noqa: PT012 - the crash must be inside the writer
        handle.write(b"half")
        raise RuntimeError("exporter crashed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_replaces_and_keeps_mode_and_backup(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"v1")
    target.chmod(0o640)
    write_atomic(target, b"v2", keep_backup=True)
    assert target.read_bytes() == b"v2"
    assert backup_path(target).read_bytes() == b"v1"
    assert target.stat().st_mode & 0o777 == 0o640
    write_atomic(target, lambda handle: handle.write(b"v3"), keep_backup=True)
    assert (target.read_bytes(), backup_path(target).read_bytes()) == (b"v3", b"v2")


def _temp_name(name: str, *, host: str | None = None, pid_ns: int | None = None, pid: int, start: int) -> str:
    me = ProcessId.current()
    token = host or f"{me.host}.{me.machine_id[:12]}"
    return f".{name}~{token}~{me.pid_ns if pid_ns is None else pid_ns}~{pid}~{start}~rAnd0m.tmp"


def test_orphans_only_of_this_hosts_dead_writers_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "r.rdrelease"
    dead_pid = 2**22 + 12345  # above Linux's default pid_max, so never a live process
    parent = os.getppid()
    files = {
        "dead": _temp_name("r.rdrelease", pid=dead_pid, start=1),
        "live": _temp_name("r.rdrelease", pid=parent, start=process_start(parent)),
        "reused pid": _temp_name("r.rdrelease", pid=parent, start=process_start(parent) + 1),
        "other host": _temp_name("r.rdrelease", host="elsewhere.0123456789ab", pid=dead_pid, start=1),
        "other namespace, fresh": _temp_name("r.rdrelease", pid_ns=1, pid=dead_pid, start=1),
        "other namespace, old": _temp_name("r.rdrelease", pid_ns=2, pid=dead_pid, start=1),
        "other file": _temp_name("other", pid=dead_pid, start=1),
    }
    for name in files.values():
        (tmp_path / name).write_bytes(b"partial")
    old = time.time() - TEMP_MAX_AGE - 60
    os.utime(tmp_path / files["other namespace, old"], (old, old))
    old = time.time() - 24 * 3600
    os.utime(tmp_path / files["other host"], (old, old))  # even a day old: another computer's file is not ours
    write_atomic(target, b"new")
    left = {label for label, name in files.items() if (tmp_path / name).exists()}
    assert left == {"live", "other host", "other namespace, fresh", "other file"}


def test_backup_that_cannot_be_made_is_a_warning_not_silence(tmp_path: Path) -> None:
    target = tmp_path / "r.rdrelease"
    target.write_bytes(b"v1")
    backup_path(target).mkdir()
    warnings = write_atomic(target, b"v2", keep_backup=True)
    assert target.read_bytes() == b"v2"
    assert len(warnings) == 1
    assert "r.rdrelease~" in warnings[0]
    assert "folder" in warnings[0]
    backup_path(target).rmdir()
    backup_path(target).write_bytes(b"old backup")
    if subprocess.run(["chattr", "+i", str(backup_path(target))], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file immutable here")
    try:
        warnings = write_atomic(target, b"v3", keep_backup=True)
    finally:
        subprocess.run(["chattr", "-i", str(backup_path(target))], capture_output=True)
    assert target.read_bytes() == b"v3"
    assert backup_path(target).read_bytes() == b"old backup"
    assert len(warnings) == 1
    assert "permission" in warnings[0]
    assert write_atomic(target, b"v4", keep_backup=True) == []
    assert backup_path(target).read_bytes() == b"v3"


def test_read_only_file_is_replaced_only_on_request(tmp_path: Path) -> None:
    target = tmp_path / "r.rdrelease"
    target.write_bytes(b"v1")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTargetError):
        write_atomic(target, b"v2")
    assert target.read_bytes() == b"v1"
    assert [p.name for p in tmp_path.iterdir()] == ["r.rdrelease"]
    write_atomic(target, b"v2", replace_read_only=True)
    assert target.read_bytes() == b"v2"
    assert target.stat().st_mode & 0o777 == 0o444


def test_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "r.rdrelease"
    real.write_bytes(b"v1")
    link = tmp_path / "link.rdrelease"
    link.symlink_to(real)
    write_atomic(link, b"v2", keep_backup=True)
    assert link.is_symlink()
    assert real.read_bytes() == b"v2"
    assert backup_path(real).read_bytes() == b"v1"  # the backup sits beside the real file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.rdrelease", "real"]


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.pdf", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.pdf").stat().st_mode & 0o777 == 0o640


def test_a_pipe_is_written_through_not_replaced(tmp_path: Path) -> None:
    """`--text /dev/stdout`, a named pipe, /dev/null: there is no file to replace (root could replace a device)."""
    import threading

    from releasedesk.atomicfile import is_stream

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert is_stream(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]

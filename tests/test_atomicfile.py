from __future__ import annotations

import os
from pathlib import Path

import pytest

from releasedesk.atomicfile import atomic_writer, backup_path, write_atomic


def test_failed_write_leaves_target_and_folder_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
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


def test_orphans_of_dead_writers_are_removed_but_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "r.rdrelease"
    dead_pid = 2**22 + 12345  # above Linux's default pid_max, so never a live process
    dead = tmp_path / f".r.rdrelease.{dead_pid}.abc.tmp"
    live = tmp_path / f".r.rdrelease.{os.getppid()}.abc.tmp"
    other = tmp_path / f".other.{dead_pid}.abc.tmp"
    for path in (dead, live, other):
        path.write_bytes(b"partial")
    write_atomic(target, b"new")
    assert not dead.exists()
    assert live.exists() and other.exists()


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.pdf", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.pdf").stat().st_mode & 0o777 == 0o640

"""The per-user cache sheds what nobody uses and stays bounded, safely beside other processes using it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from typing import TYPE_CHECKING

import pytest

from releasedesk import cachesweep, usercache
from releasedesk.atomicfile import write_atomic
from releasedesk.cachesweep import Entry, remove_if_unchanged, sweep, sweep_when_due

if TYPE_CHECKING:
    from pathlib import Path

DAY = 24 * 3600


def _content(name: str, size: int) -> bytes:
    return name.encode() + b"." * max(0, size - len(name))


def _mark_swept_today(root: Path) -> None:
    (root / cachesweep.MARKER).write_bytes(b"swept\n")


def _entry(root: Path, name: str, size: int = 100, days_unused: float = 0) -> Path:
    """A cache file last used `days_unused` ago (reading it in a test would make it used now: use `_content`)."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_content(name, size))
    when = time.time() - days_unused * DAY
    os.utime(path, (when, when))
    return path


def _judged(path: Path) -> Entry:
    status = os.lstat(path)
    identity = (status.st_ino, status.st_size, status.st_mtime_ns, status.st_atime_ns)
    return Entry(path, status.st_size, max(status.st_atime, status.st_mtime), identity)


def test_what_nobody_used_for_a_month_goes(tmp_path: Path) -> None:
    root = tmp_path / "releasedesk"
    old_format = _entry(root, "fonts/0123-earlier-version.marshal", days_unused=45)
    removed_font = _entry(root, "fonts/4567-font-gone.marshal", days_unused=31)
    in_use = _entry(root, "fonts/89ab-current.marshal", days_unused=29)
    verdicts = _entry(root, "spelling/en_US-cdef.marshal", days_unused=2)
    crashed_writer = _entry(root, "images/.x.marshal~host~1~2~3~abc.tmp", days_unused=2)
    writing_now = _entry(root, "images/.y.marshal~host~1~2~3~def.tmp")
    result = sweep(root)
    assert (result.removed, result.kept) == (3, 3)
    assert [path.exists() for path in (old_format, removed_font, crashed_writer)] == [False] * 3
    assert [path.exists() for path in (in_use, verdicts, writing_now)] == [True] * 3


def test_reading_an_entry_marks_it_used(tmp_path: Path) -> None:
    """Also where the file system keeps no access times: `usercache.read` refreshes the modification time."""
    root = usercache.cache_root()
    entry = _entry(root, "images/still-used.marshal", days_unused=40)
    forgotten = _entry(root, "images/forgotten.marshal", days_unused=40)
    assert usercache.read("images", "still-used.marshal") == entry.read_bytes()
    assert time.time() - entry.stat().st_mtime < 60
    sweep(root)
    assert entry.exists()
    assert not forgotten.exists()


def test_size_is_bounded_least_recently_used_first_but_never_what_is_in_use(tmp_path: Path) -> None:
    root = tmp_path / "releasedesk"
    paths = [_entry(root, f"images/{n:02}.marshal", size=1000, days_unused=10 - n) for n in range(10)]
    fresh = [_entry(root, f"fonts/{n}.marshal", size=1000) for n in range(3)]
    result = sweep(root, max_bytes=8000)
    assert result.bytes_left <= 8000 * cachesweep.LOW_WATER
    assert [path.exists() for path in paths] == [False] * 7 + [True] * 3  # the oldest went first
    assert all(path.exists() for path in fresh)
    result = sweep(root, max_bytes=1000)  # the bound is below what was used within the hour: only that stays
    assert result.removed == 3
    assert all(path.exists() for path in fresh)
    assert result.bytes_left == 3000


def test_an_entry_replaced_or_read_after_it_was_judged_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "releasedesk"
    replaced = _entry(root, "images/a.marshal", days_unused=40)
    judged = _judged(replaced)
    write_atomic(replaced, b"new verdict")  # another process wrote it between the look and the removal
    assert not remove_if_unchanged(judged)
    assert replaced.read_bytes() == b"new verdict"
    read = _entry(root, "images/b.marshal", days_unused=40)
    judged = _judged(read)
    old = time.time() - 40 * DAY
    os.utime(read, (time.time(), old))  # someone read it (its access time moved)
    assert not remove_if_unchanged(judged)
    assert read.exists()
    assert sorted(path.name for path in (root / "images").iterdir()) == ["a.marshal", "b.marshal"]  # none aside
    assert remove_if_unchanged(_judged(read))
    assert not read.exists()


def test_one_sweep_a_day_and_none_in_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    root = tmp_path / "releasedesk"
    old = _entry(root, "images/old.marshal", days_unused=40)
    assert sweep_when_due(root) is not None
    assert not old.exists()
    again = _entry(root, "images/again.marshal", days_unused=40)
    assert sweep_when_due(root) is None  # swept today already: one stat
    assert again.exists()
    marker = root / cachesweep.MARKER
    os.utime(marker, (time.time() - 2 * DAY, time.time() - 2 * DAY))
    if subprocess.run(["chattr", "+i", str(root / "images")], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root on a file system that has it)")
    try:
        result = sweep_when_due(root)  # the entry cannot be removed: no error, nothing half done
        assert result is not None
        assert result.removed == 0
        assert again.exists()
    finally:
        subprocess.run(["chattr", "-i", str(root / "images")], capture_output=True)
    assert sweep_when_due(tmp_path / "never-created") is None
    assert not (tmp_path / "never-created").exists()


_OTHER_VERSION = """
import sys, time
from releasedesk import usercache
name, payload, seconds = sys.argv[1], sys.argv[2].encode(), float(sys.argv[3])
reads = rebuilt = wrong = 0
stop = time.time() + seconds
n = 0
while time.time() < stop:
    data = usercache.read("fonts", name)
    reads += 1
    if data is None:
        rebuilt += 1
        usercache.write("fonts", name, payload)
    elif data != payload:
        wrong += 1
    if reads == 1:
        print("ready", flush=True)
    n += 1
    mine = f"scratch-{n % 20}.marshal"
    usercache.write("images", mine, mine.encode() * 50)
    got = usercache.read("images", mine)
    wrong += got is not None and got != mine.encode() * 50
print(reads, rebuilt, wrong)
"""

_SWEEPER = """
import sys, time
from pathlib import Path
from releasedesk.cachesweep import MAX_BYTES, sweep
root, seconds, hard = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "hard"
stop = time.time() + seconds
sweeps = removed = 0
while time.time() < stop:
    # hard: as hard as a sweep can be, nothing protected; else the day's sweep
    removed += (sweep(root, max_bytes=4000, in_use=0) if hard else sweep(root)).removed
    sweeps += 1
print(sweeps, removed)
"""


def _start(script: str, *args: str, cache: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    argv = [sys.executable, "-c", textwrap.dedent(script), *args]
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _side_by_side(cache: Path, entry: Path, how: str) -> tuple[int, int, int, int, int]:
    """(reads, rebuilt, wrong) of the entry's user and (sweeps, removed) of the sweeper, run at the same time."""
    _mark_swept_today(cache / "releasedesk")  # the user's own first look does not sweep: the sweeper does
    user = _start(_OTHER_VERSION, entry.name, _content(f"fonts/{entry.name}", 100).decode(), "2.0", cache=cache)
    assert user.stdout is not None
    assert user.stdout.readline().strip() == "ready"  # it has used its entry once: the sweeper starts now
    sweeper = _start(_SWEEPER, str(cache / "releasedesk"), "1.2", how, cache=cache)
    user_out, user_err = user.communicate(timeout=60)
    sweeper_out, sweeper_err = sweeper.communicate(timeout=60)
    assert user.returncode == 0, user_err[-2000:]
    assert sweeper.returncode == 0, sweeper_err[-2000:]
    reads, rebuilt, wrong = map(int, user_out.split())
    sweeps, removed = map(int, sweeper_out.split())
    assert min(reads, sweeps) > 20  # they really ran side by side
    return reads, rebuilt, wrong, sweeps, removed


def test_the_days_sweep_never_removes_an_entry_another_version_still_uses(tmp_path: Path) -> None:
    """Another version reads its month-old font entry (and writes and reads entries of its own) while a second
    process sweeps over and over: the entry it uses is never removed, an earlier format's nobody uses is."""
    cache = tmp_path / "cache"
    root = cache / "releasedesk"
    theirs = _entry(root, "fonts/other-version.marshal", days_unused=40)
    earlier = _entry(root, "fonts/earlier-format.marshal", days_unused=40)
    _reads, rebuilt, wrong, _sweeps, removed = _side_by_side(cache, theirs, "daily")
    assert (rebuilt, wrong) == (0, 0)  # its entry was there at every read
    assert removed == 1
    assert not earlier.exists()
    assert theirs.read_bytes() == _content("fonts/other-version.marshal", 100)


def test_a_sweeper_never_makes_another_process_read_a_wrong_entry(tmp_path: Path) -> None:
    """The hardest sweep (a tiny bound, nothing protected) beside a process writing and reading: entries vanish and
    are rebuilt, but what is read is always whole and right, and nothing is left renamed aside."""
    cache = tmp_path / "cache"
    root = cache / "releasedesk"
    theirs = _entry(root, "fonts/other-version.marshal", days_unused=40)
    _reads, rebuilt, wrong, _sweeps, removed = _side_by_side(cache, theirs, "hard")
    assert wrong == 0
    assert min(removed, rebuilt) > 0  # the sweeper really took entries from under the reader
    assert sweep(root).bytes_left < cachesweep.MAX_BYTES
    assert [path.name for path in root.rglob("*") if cachesweep.ASIDE in path.name] == []


def test_a_new_process_sweeps_the_cache_on_its_first_look(tmp_path: Path) -> None:
    """The path every command takes: the first `cache_root()` of a process sweeps when the last sweep is a day old."""
    cache = tmp_path / "cache"
    root = cache / "releasedesk"
    stale = _entry(root, "images/stale.marshal", days_unused=60)
    kept = _entry(root, "images/kept.marshal", days_unused=1)
    script = "from releasedesk import usercache; print(usercache.read('images', 'kept.marshal') is not None)"
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.split() == ["True"]
    assert not stale.exists()
    assert kept.exists()
    assert (root / cachesweep.MARKER).exists()

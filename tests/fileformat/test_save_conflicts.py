"""Two processes saving the same release: nothing is overwritten silently, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from releasedesk.fileformat import (
    ReadOnlyReleaseError,
    SaveConflictError,
    file_stamp,
    load_release,
    load_release_stamped,
    save_release,
)
from releasedesk.model import Bilingual, Image, LanguageContent, Release

if TYPE_CHECKING:
    from pathlib import Path

STEP = """
import sys
from pathlib import Path
from releasedesk.fileformat import SaveConflictError, load_release_stamped, save_release
path, tag = Path(sys.argv[1]), sys.argv[2]
release, stamp = load_release_stamped(path)
print("loaded", flush=True)
sys.stdin.readline()
release.number = tag
try:
    save_release(release, path, expected=stamp)
except SaveConflictError as error:
    print("conflict:", error, flush=True)
else:
    print("saved", flush=True)
"""

# Each writer adds its own contacts one by one: load, add, save with the stamp it loaded, and on a conflict load
# again and redo the edit (what a person does after "reload"). Any lost update shows as a missing contact.
WRITER = """
import os, sys
print("pid", os.getpid(), file=sys.stderr)
from pathlib import Path
from releasedesk.fileformat import SaveConflictError, load_release_stamped, save_release
from releasedesk.model import Bilingual, Contact
path, tag, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conflicts = 0
for n in range(rounds):
    while True:
        release, stamp = load_release_stamped(path)
        release.contacts.append(Contact(name=Bilingual(en=f"{tag}-{n}")))
        try:
            save_release(release, path, expected=stamp)
            break
        except SaveConflictError:
            conflicts += 1
print(f"done {conflicts}", flush=True)
"""


def _release(image_kib: int = 0) -> Release:
    images = [Image("big", "image/png", bytes(range(256)) * 4 * image_kib)] if image_kib else []
    return Release(
        agency=Bilingual("部", "Ministry"),
        number="0",
        content={"en": LanguageContent("Headline")},
        images=images,
    )


def _start(script: str, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*prefix, sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_save_from_a_stale_copy_is_refused_and_the_first_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(_release(), path)
    a, b = _start(STEP, str(path), "A"), _start(STEP, str(path), "B")
    assert a.stdout
    assert b.stdout
    assert a.stdin
    assert b.stdin
    assert a.stdout.readline().strip() == "loaded"
    assert b.stdout.readline().strip() == "loaded"
    b.stdin.write("\n")
    b.stdin.flush()
    assert b.stdout.readline().strip() == "saved"
    a.stdin.write("\n")
    a.stdin.flush()
    answer = a.stdout.readline().strip()
    a.wait(), b.wait()
    assert answer.startswith("conflict:")
    assert "changed by someone else" in answer
    assert load_release(path).number == "B"  # B's edit is on disk, not only in the backup


def test_conflict_carries_what_is_on_disk_now(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(_release(), path)
    release, stamp = load_release_stamped(path)
    other = _release()
    other.number = "theirs"
    theirs = save_release(other, path).stamp
    with pytest.raises(SaveConflictError) as error:
        save_release(release, path, expected=stamp)
    assert error.value.current == theirs
    assert "\n" not in str(error.value)
    assert load_release(path).number == "theirs"
    # a touched file with the same bytes is not a conflict
    path.touch()
    assert save_release(other, path, expected=theirs).stamp.same_content(file_stamp(path))


def test_deleted_or_newly_created_file_is_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    stamp = save_release(_release(), path).stamp
    path.unlink()
    with pytest.raises(SaveConflictError, match="deleted or moved"):
        save_release(_release(), path, expected=stamp)
    assert not path.exists()
    save_release(_release(), path)
    with pytest.raises(SaveConflictError, match="created meanwhile"):
        save_release(_release(), path, expected=None)  # Save As into a name that appeared after the check


def test_read_only_release_is_kept_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    stamp = save_release(_release(), path).stamp
    path.chmod(0o444)
    changed = _release()
    changed.number = "new"
    with pytest.raises(ReadOnlyReleaseError, match="read-only"):
        save_release(changed, path, expected=stamp)
    assert load_release(path).number == "0"
    save_release(changed, path, expected=stamp, replace_read_only=True)
    assert load_release(path).number == "new"
    assert path.stat().st_mode & 0o777 == 0o444


def test_backup_failure_comes_back_as_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(_release(), path)
    (tmp_path / "r.rdrelease~").mkdir()
    result = save_release(_release(), path)
    assert result.warnings
    assert "r.rdrelease~" in result.warnings[0]


def _run_writers(path: Path, writers: int, rounds: int, namespaces: bool = False) -> list[int]:
    procs = []
    for i in range(writers):
        # In its own PID namespace each writer would be pid 1; starting a few programs first gives the writers
        # different pids, so each sees the other's temporary files under a pid that is not running in its view.
        burn = "/bin/true; " * (3 * i)
        prefix = (
            ("unshare", "--pid", "--fork", "--mount-proc", "sh", "-c", burn + 'exec "$0" "$@"') if namespaces else ()
        )
        procs.append(_start(WRITER, str(path), f"w{i}", str(rounds), prefix=prefix))
    outputs = [proc.communicate(timeout=240) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-2000:]
        assert out.startswith("done"), (out, err[-2000:])
    return [int(out.split()[1]) for out, _ in outputs]


def test_two_processes_editing_one_file_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(_release(), path)
    _run_writers(path, writers=2, rounds=15)
    names = sorted(contact.name.en for contact in load_release(path).contacts)
    assert names == sorted(f"w{i}-{n}" for i in range(2) for n in range(15))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.rdrelease", "r.rdrelease~"]


def _can_unshare() -> bool:
    probe = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="PID namespaces are Linux")
def test_writers_in_two_pid_namespaces_on_one_folder_lose_nothing(tmp_path: Path) -> None:
    """Each writer sees only its own processes, as two computers on one shared folder do: large saves, no failures."""
    if not _can_unshare():
        pytest.skip("unshare --pid is not permitted here")
    path = tmp_path / "r.rdrelease"
    # ~4 MiB of base64: each save takes long enough that the old clean-up rule (delete temporary files whose pid is
    # not running, as seen from here) deleted the other writer's live file mid-save in 4 runs out of 4.
    save_release(_release(image_kib=3 * 1024), path)
    conflicts = _run_writers(path, writers=2, rounds=6, namespaces=True)
    names = sorted(contact.name.en for contact in load_release(path).contacts)
    assert names == sorted(f"w{i}-{n}" for i in range(2) for n in range(6))
    print(f"conflicts seen and resolved: {conflicts}")

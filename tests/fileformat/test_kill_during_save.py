"""Killing a process at any moment of a save leaves the old or the new release on disk, whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from releasedesk.fileformat import load_release, save_release
from releasedesk.model import Bilingual, Image, LanguageContent, Paragraph, Release
from releasedesk.model.richtext import text

if TYPE_CHECKING:
    from pathlib import Path

SAVER = """
import sys
from pathlib import Path
from releasedesk.fileformat import load_release, save_release
path, a, b = (Path(p) for p in sys.argv[1:4])
releases = [load_release(a), load_release(b)]
print("ready", flush=True)
i = 0
while True:
    save_release(releases[i % 2], path)
    i += 1
    print("saved", flush=True)
"""
"""Says when each save is done, so the kills land after a chosen number of saves however slow the machine is (a
fixed random sleep measured in seconds saw only the first release when a loaded machine made each save slower)."""


def _release(tag: str, size: int) -> Release:
    body = [Paragraph((text(f"{tag} 段落 {n} " * 20),)) for n in range(size)]
    return Release(
        agency=Bilingual(f"{tag}部", f"Ministry {tag}"),
        number=tag,
        content={"zh-TW": LanguageContent(f"{tag}標題", body=body)},
        images=[Image("img", "image/png", bytes(range(256)) * size * 8)],
    )


def test_kill_at_random_moments_never_damages_the_file(tmp_path: Path) -> None:
    first, second = _release("A", 400), _release("B", 900)  # different sizes: a torn write would show
    a, b = tmp_path / "a.src", tmp_path / "b.src"
    save_release(first, a, keep_backup=False)
    save_release(second, b, keep_backup=False)
    target = tmp_path / "target.rdrelease"
    save_release(first, target)
    rng = random.Random(20261124)
    seen: set[str] = set()
    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(target), str(a), str(b)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 3)):  # whole saves first: A, B, A...
            assert child.stdout.readline().strip() == "saved"
        time.sleep(rng.uniform(0.0, 0.05))  # then anywhere in the next save (a few ms to ~100 ms each)
        child.send_signal(signal.SIGKILL)
        child.wait()
        loaded = load_release(target)
        assert loaded in (first, second)
        seen.add(loaded.number)
        backup = target.with_name(target.name + "~")
        if backup.exists():
            assert load_release(backup) in (first, second)
    assert seen == {"A", "B"}, "the kills should land between different saves"
    save_release(first, target)  # the next save clears what killed saves left behind
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.src", "b.src", "target.rdrelease", "target.rdrelease~"]

"""Every reader of the per-user cache marks what it reads as used, and none trusts a truncated entry.

The sweep (cachesweep.py) removes entries unused for 30 days, judging by their access and modification times. On a
disk mounted `noatime` only the modification time that `usercache.read` refreshes tells it an entry is read: the
tests put the access time back after reading, as such a disk would leave it.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import TYPE_CHECKING

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from releasedesk import cachesweep, usercache
from releasedesk.export.pdf import discovery, facecache, watermark
from releasedesk.export.pdf.fonts import find_font

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

DAY = 24 * 3600
FC_LIST = shutil.which("fc-list")


def _read_face() -> object:
    found = find_font("Liberation Sans")
    assert found is not None
    return facecache.load(TTFontFace, found.path, found.index).charWidths


def _read_listing() -> object:
    if FC_LIST is None:
        pytest.skip("fontconfig is not installed")
    return discovery.fc_list_output(FC_LIST)


def _read_outline() -> object:
    watermark.outlines.cache_clear()  # the process's own copy would hide the file
    return watermark.outlines("DRAFT", "Liberation Sans", "bold")


READERS: dict[str, tuple[Callable[[], object], str]] = {
    "face": (_read_face, "*.marshal"),
    "listing": (_read_listing, "fontconfig-*.txt"),
    "outline": (_read_outline, "outline-*.json"),
}


@pytest.fixture
def fonts_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "releasedesk" / "fonts"


def _entry(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


@pytest.mark.parametrize("kind", READERS)
def test_an_entry_read_every_day_survives_the_sweep_and_an_unused_one_goes(fonts_cache: Path, kind: str) -> None:
    read, pattern = READERS[kind]
    read()  # writes the entry
    used = _entry(fonts_cache, pattern)
    unused = used.with_name("0" * 40 + used.suffix)  # the same kind of entry (an older font's), nobody reads
    shutil.copyfile(used, unused)
    long_ago = time.time() - 40 * DAY
    for path in (used, unused):
        os.utime(path, (long_ago, long_ago))
    read()  # today's read, from the cache
    os.utime(used, (long_ago, used.stat().st_mtime))  # noatime: the read left the access time as it was
    result = cachesweep.sweep(fonts_cache.parent)
    assert used.exists()
    assert not unused.exists()
    assert result.removed == 1


@pytest.mark.parametrize("kind", READERS)
@pytest.mark.parametrize("keep", [0, 1, 0.5, -1])
def test_a_truncated_entry_is_ignored_and_written_again(fonts_cache: Path, kind: str, keep: float) -> None:
    read, pattern = READERS[kind]
    expected = read()
    entry = _entry(fonts_cache, pattern)
    whole = entry.read_bytes()
    cut = int(len(whole) * keep) if isinstance(keep, float) else keep if keep >= 0 else len(whole) - 1
    entry.write_bytes(whole[:cut])  # what a crash in the middle of a non-atomic write would leave
    assert read() == expected
    assert _entry(fonts_cache, pattern).read_bytes() == whole


def test_usercache_read_marks_an_old_entry_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    usercache.write("spelling", "x.marshal", b"data")
    path = tmp_path / "releasedesk" / "spelling" / "x.marshal"
    os.utime(path, (0, time.time() - 2 * DAY))
    assert usercache.read("spelling", "x.marshal") == b"data"
    assert time.time() - path.stat().st_mtime < 60

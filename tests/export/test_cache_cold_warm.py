"""The per-user cache (parsed fonts, the font listing, image verdicts and image objects) changes speed, never output.

Each run is a new process, as a user's commands are: the first fills an empty cache, the second reads it, the third
finds every cache file damaged. All three PDFs must be the same bytes, and the damaged files are replaced.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from typing import TYPE_CHECKING

from releasedesk.samples import sample_path

if TYPE_CHECKING:
    from pathlib import Path

_RENDER = """
import sys
from pathlib import Path
from releasedesk.export.pdf import PdfOptions, render_pdf
from releasedesk.fileformat import load_release
sys.stdout.buffer.write(render_pdf(load_release(Path(sys.argv[1])), options=PdfOptions(invariant=True)))
"""


def _render(cache: Path) -> bytes:
    env = {"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(cache.parent)}
    source = str(sample_path("announcement"))
    return subprocess.run([sys.executable, "-c", _RENDER, source], env=env, capture_output=True, check=True).stdout


def test_cold_warm_and_damaged_caches_give_the_same_pdf(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = _render(cache)
    files = sorted(path for path in cache.rglob("*") if path.is_file())
    names = {path.parent.name + "/" + path.name.split("-")[0] for path in files}
    assert {"fonts/fontconfig", "images/xobject"} <= names  # what the first run stored
    assert any(path.suffix == ".marshal" and path.parent.name == "fonts" for path in files)
    stored = {path: hashlib.sha256(path.read_bytes()).digest() for path in files}
    warm = _render(cache)
    assert warm == cold
    assert {path: hashlib.sha256(path.read_bytes()).digest() for path in files} == stored  # read, not rewritten
    for path in files:
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # truncated: a crash or a full disk
    assert _render(cache) == cold
    assert all(hashlib.sha256(path.read_bytes()).digest() == digest for path, digest in stored.items())


def test_a_damaged_image_verdict_is_checked_again(tmp_path: Path) -> None:
    """A verdict file that is not one this version wrote is ignored: the image is decoded again, the file replaced."""
    script = """
import io, sys
from PIL import Image
from releasedesk.export.imagecheck import check_image
buffer = io.BytesIO()
Image.frombytes("RGB", (64, 48), bytes(i * 7 % 251 for i in range(64 * 48 * 3))).save(buffer, "PNG")
data = buffer.getvalue() if sys.argv[1] == "whole" else buffer.getvalue()[: len(buffer.getvalue()) // 2]
check = check_image(data)
print(check.state.value, check.width, check.height, check.format)
"""
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}

    def run(which: str) -> str:
        return subprocess.run([sys.executable, "-c", script, which], env=env, capture_output=True, text=True).stdout

    assert run("whole") == "ok 64 48 PNG\n"
    assert run("cut") == "damaged 64 48 \n"
    verdicts = sorted((tmp_path / "cache" / "releasedesk" / "images").iterdir())
    assert len(verdicts) == 2
    for path in verdicts:
        path.write_bytes(b"\x00not a verdict")
    assert run("whole") == "ok 64 48 PNG\n"
    assert run("cut") == "damaged 64 48 \n"
    assert all(path.read_bytes() != b"\x00not a verdict" for path in verdicts)

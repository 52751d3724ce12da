"""The per-user cache folder for work that is the same on every run: parsed fonts, the font listing, image checks.

Everything in it can be rebuilt: a missing, unreadable, truncated or foreign file means "do the work again", and a
folder that cannot be written only costs the next run that work. Files are written atomically.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/releasedesk` (default `~/.cache/releasedesk`)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "releasedesk"


def read(folder: str, name: str) -> bytes | None:
    """The cached bytes of `folder/name`, or None."""
    try:
        return (cache_root() / folder / name).read_bytes()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to find the cache in
        return None


def write(folder: str, name: str, data: bytes) -> None:
    """Store `data` as `folder/name`, atomically; failing is silent (the cache is only an accelerator)."""
    with contextlib.suppress(OSError, ValueError, RuntimeError):
        from releasedesk.atomicfile import write_atomic

        path = cache_root() / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)


def stamp(path: str) -> str:
    """`path:mtime_ns:size`, or `path:-` when it is missing: the key part saying a cache entry's source changed."""
    try:
        status = os.stat(path)
    except OSError:
        return f"{path}:-"
    return f"{path}:{status.st_mtime_ns}:{status.st_size}"

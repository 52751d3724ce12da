"""Autosave copies in a recovery folder, and finding the ones a crashed session left behind.

Qt-free: the window passes the folder (QStandardPaths AppDataLocation/recovery) and decides when to save.
Each session writes `<id>.rdrelease` (the release, in the normal file format) and `<id>.json` (where it came from,
and the stamp of the version on disk it was based on); a clean close deletes both, so whatever remains from a process
that is no longer running is a crash to recover. The stamp lets the window see, before it saves a recovered release,
that the original was changed on disk meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.atomicfile import write_atomic
from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import FILE_SUFFIX, FileStamp, dumps, load_release
from releasedesk.oserrors import reason
from releasedesk.processes import pid_alive

if TYPE_CHECKING:
    from releasedesk.model.release import Release


def _stamp_out(stamp: FileStamp | None) -> dict[str, object] | None:
    return None if stamp is None else {"size": stamp.size, "mtime_ns": stamp.mtime_ns, "sha256": stamp.sha256}


def _stamp_in(data: object) -> FileStamp | None:
    if not isinstance(data, dict):
        return None
    return FileStamp(int(data["size"]), int(data["mtime_ns"]), str(data["sha256"]))


def _host() -> str:
    """This computer's name; `socket` is imported here, not while the window starts (~5 ms)."""
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class RecoveryEntry:
    """One autosaved release left behind by a session."""

    session_id: str
    data_path: Path
    original: Path | None
    saved_at: str
    host: str
    pid: int
    original_stamp: FileStamp | None = None  # the version on disk the unsaved work was based on (None: new file)

    def load(self) -> Release:
        return load_release(self.data_path)

    @property
    def title(self) -> str:
        return self.original.name if self.original else "untitled"


class RecoveryStore:
    """Autosaved copies of open releases, kept for recovery after a crash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.session_id = f"{os.getpid()}-{os.urandom(4).hex()}"  # uuid4().hex[:8]'s randomness, without uuid's import

    def _paths(self, session_id: str) -> tuple[Path, Path]:
        return self.folder / f"{session_id}{FILE_SUFFIX}", self.folder / f"{session_id}.json"

    def save(self, release: Release, original: Path | None, original_stamp: FileStamp | None = None) -> Path:
        """Write this session's copy atomically; raises ReleaseFileError when the folder is unwritable."""
        data_path, meta_path = self._paths(self.session_id)
        meta = {
            "original": str(original) if original else None,
            "original_stamp": _stamp_out(original_stamp),
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "host": _host(),
            "pid": os.getpid(),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(data_path, dumps(release))
            write_atomic(meta_path, json.dumps(meta).encode("utf-8"))
        except OSError as error:
            raise ReleaseFileError(self.folder, f"cannot write the recovery copy ({reason(error)})") from None
        return data_path

    def discard(self, session_id: str | None = None) -> None:
        for path in self._paths(session_id or self.session_id):
            with contextlib.suppress(OSError):
                path.unlink()

    def orphans(self) -> list[RecoveryEntry]:
        """Copies from sessions that ended without closing cleanly, newest first."""
        entries: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return entries
        for meta_path in self.folder.glob("*.json"):
            session_id = meta_path.stem
            data_path = self.folder / f"{session_id}{FILE_SUFFIX}"
            if session_id == self.session_id or not data_path.is_file():
                continue
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                entry = RecoveryEntry(
                    session_id,
                    data_path,
                    Path(meta["original"]) if meta.get("original") else None,
                    str(meta.get("saved_at", "")),
                    str(meta.get("host", "")),
                    int(meta.get("pid", 0)),
                    _stamp_in(meta.get("original_stamp")),
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if entry.host == _host() and entry.pid != os.getpid() and pid_alive(entry.pid):
                continue  # another ReleaseDesk is still running and owns this copy
            entries.append(entry)
        return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)

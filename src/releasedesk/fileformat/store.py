"""Reading and writing release files: validated, migrated, atomic, with a backup of the previous version."""

from __future__ import annotations

import json
import re
from pathlib import Path

from releasedesk import __version__
from releasedesk.atomicfile import write_atomic
from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import migrations
from releasedesk.fileformat.codec import FormatProblem, release_from_dict, release_to_dict
from releasedesk.fileformat.history_codec import history_from_dict, history_to_dict
from releasedesk.model.release import Release

FORMAT_NAME = "releasedesk-release"
FILE_SUFFIX = ".rdrelease"
MAX_FILE_BYTES = 512 * 1024 * 1024
HISTORY_SINCE = 2
"""The schema that added the top-level `history` (approval records); renumber with migrations._approval_records."""

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(release: Release) -> bytes:
    """The file's bytes: UTF-8 JSON, readable (not ASCII-escaped) and diff-friendly."""
    document = {
        "format": FORMAT_NAME,
        "schema": migrations.SCHEMA_VERSION,
        "generator": f"ReleaseDesk {__version__}",
        "release": release_to_dict(release),
    }
    history = history_to_dict(release)
    if history is not None:
        document["history"] = history
    text = json.dumps(document, ensure_ascii=False, indent=1)
    # A lone surrogate is not a character (no UTF-8 form, and JSON would fuse an adjacent pair into another
    # character): it is saved as U+FFFD. Every real character, controls included, round-trips exactly.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return text.encode("utf-8") + b"\n"


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """JSON allows `"status": "draft", "status": "approved"`; which one counts is up to the reader, so refuse it."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def loads(data: bytes, path: Path | str | None = None) -> Release:
    """Parse, check, migrate and build a release; every problem is one `ReleaseFileError`."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReleaseFileError(path, f"not a ReleaseDesk release file (not UTF-8 text at byte {error.start})") from None
    if not text.strip():
        raise ReleaseFileError(path, "the file is empty")
    try:
        document = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except _DuplicateKey as error:
        raise ReleaseFileError(
            path, f"damaged or hand-edited file: the key {error.key!r} appears twice in one object"
        ) from None
    except RecursionError:
        raise ReleaseFileError(path, "damaged file (nested too deeply)") from None
    except json.JSONDecodeError as error:
        hint = "truncated or damaged file" if error.pos >= len(text.rstrip()) - 1 else "damaged file"
        raise ReleaseFileError(path, f"{hint} (JSON error at line {error.lineno}, column {error.colno})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ReleaseFileError(path, "not a ReleaseDesk release file (no 'releasedesk-release' format marker)")
    version = document.get("schema")
    if type(version) is not int:
        raise ReleaseFileError(path, "damaged file (the schema version is missing or not a number)")
    if version > migrations.SCHEMA_VERSION:
        raise ReleaseFileError(
            path,
            f"written by a newer ReleaseDesk (file format {version}; this version reads up to "
            f"{migrations.SCHEMA_VERSION}): please update ReleaseDesk",
        )
    if version < migrations.OLDEST_READABLE:
        raise ReleaseFileError(path, f"file format {version} is not a known ReleaseDesk version")
    known = {"format", "schema", "generator", "release"} | ({"history"} if version >= HISTORY_SINCE else set())
    unknown = sorted(set(document) - known)
    if unknown:
        raise ReleaseFileError(path, f"invalid release file: unknown top-level field {unknown[0]!r}")
    try:
        document = migrations.migrate(document, version)
        release = release_from_dict(document.get("release"))
        release.history = history_from_dict(document.get("history"), release)
        return release
    except FormatProblem as problem:
        raise ReleaseFileError(path, f"invalid release at {problem.where}: {problem.problem}") from None
    except RecursionError:
        raise ReleaseFileError(path, "damaged file (nested too deeply)") from None


def load_release(path: Path | str) -> Release:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ReleaseFileError(path, f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ReleaseFileError(path, "is a folder, not a release file") from None
    except FileNotFoundError:
        raise ReleaseFileError(path, "no such file") from None
    except PermissionError:
        raise ReleaseFileError(path, "permission denied: cannot read the file") from None
    except OSError as error:
        raise ReleaseFileError(path, f"cannot read the file ({error.strerror or error})") from None
    return loads(data, path)


def save_release(release: Release, path: Path | str, *, keep_backup: bool = True) -> None:
    """Save atomically; the replaced version stays beside the file as `NAME~`."""
    path = Path(path)
    data = dumps(release)
    try:
        write_atomic(path, data, keep_backup=keep_backup)
    except PermissionError:
        raise ReleaseFileError(path, "permission denied: cannot write here") from None
    except FileNotFoundError:
        raise ReleaseFileError(path, "the folder does not exist") from None
    except OSError as error:
        raise ReleaseFileError(path, f"cannot save ({error.strerror or error})") from None

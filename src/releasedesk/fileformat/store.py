"""Reading and writing release files: validated, migrated, atomic, with a backup of the previous version.

Saving knows what it replaces: `load_release_stamped` returns a `FileStamp` of the bytes read, and
`save_release(..., expected=stamp)` refuses (`SaveConflictError`) when the file on disk is no longer what was read,
so a colleague's save is never overwritten silently. Reading takes only regular files, checks the size before
reading, and holds the document to limits (integer size, nesting, string length, no duplicate keys, no NaN).
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from releasedesk import __version__
from releasedesk.atomicfile import atomic_writer
from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import limits, migrations
from releasedesk.fileformat.codec import release_from_dict, release_to_dict
from releasedesk.fileformat.history_codec import history_from_dict, history_to_dict
from releasedesk.fileformat.json_reader import FormatProblem
from releasedesk.fileformat.limits import LimitError, parse_json
from releasedesk.model.textclean import replace_lone_surrogates
from releasedesk.oserrors import NotRegularFileError, ReadOnlyTargetError, reason
from releasedesk.safeio import FileTooLargeError, read_regular_file

if TYPE_CHECKING:
    from releasedesk.model.release import Release

FORMAT_NAME = "releasedesk-release"
FILE_SUFFIX = ".rdrelease"
MAX_FILE_BYTES = limits.MAX_FILE_BYTES
HISTORY_SINCE = 3
"""The schema that added the top-level `history` (approval records, migrations._approval_records)."""


class SaveConflictError(ReleaseFileError):
    """The file on disk is not the version this save expected to replace; `current` is what is there now."""

    def __init__(self, path: Path, problem: str, current: FileStamp | None) -> None:
        super().__init__(path, problem)
        self.current = current


class ReadOnlyReleaseError(ReleaseFileError):
    """The release is marked read-only; replacing it needs `replace_read_only=True` (the user's explicit choice)."""


@dataclass(frozen=True)
class FileStamp:
    """What a file held when it was read or written: size, modification time and a hash of the bytes."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, info: os.stat_result) -> FileStamp:
        return cls(len(data), info.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: FileStamp | None) -> bool:
        return other is not None and self.size == other.size and self.sha256 == other.sha256


class _Unchecked(enum.Enum):
    UNCHECKED = "unchecked"


UNCHECKED = _Unchecked.UNCHECKED
"""`save_release(expected=UNCHECKED)`: replace whatever is there (the command line's `new --force`, tests)."""


@dataclass(frozen=True)
class SaveResult:
    """A finished save: the file's new stamp and any warnings (e.g. the backup could not be kept)."""

    stamp: FileStamp
    warnings: list[str] = field(default_factory=list)


def dumps(release: Release, *, compact: bool = False) -> bytes:
    """The file's bytes: UTF-8 JSON, readable (not ASCII-escaped) and diff-friendly.

    `compact`: no indentation, for the preview's worker (ten times faster: json's C encoder does no indenting).
    """
    document = {
        "format": FORMAT_NAME,
        "schema": migrations.SCHEMA_VERSION,
        "generator": f"ReleaseDesk {__version__}",
        "release": release_to_dict(release),
    }
    history = history_to_dict(release)
    if history is not None:
        document["history"] = history
    text = json.dumps(document, ensure_ascii=False, **({"separators": (",", ":")} if compact else {"indent": 1}))
    return encoded(text) + b"\n"


def encoded(text: str) -> bytes:
    """A file's JSON text as its bytes. A lone surrogate is not a character (no UTF-8 form, and JSON would fuse an
    adjacent pair into another character): it is saved as U+FFFD. Every real character, controls included,
    round-trips exactly. Works character by character, so pieces of a text may be encoded apart (preview/encoder)."""
    return replace_lone_surrogates(text).encode("utf-8")


def loads(data: bytes, path: Path | str | None = None) -> Release:
    """Parse, check, migrate and build a release; every problem is one `ReleaseFileError`."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReleaseFileError(path, f"not a ReleaseDesk release file (not UTF-8 text at byte {error.start})") from None
    if not text.strip():
        raise ReleaseFileError(path, "the file is empty")
    try:
        document = parse_json(text)
    except LimitError as limit:
        raise ReleaseFileError(path, f"damaged or hostile file: {limit}") from None
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


def _read(path: Path) -> tuple[bytes, os.stat_result]:
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except (NotRegularFileError, FileTooLargeError) as error:
        raise ReleaseFileError(path, reason(error)) from None
    except IsADirectoryError:
        raise ReleaseFileError(path, "is a folder, not a release file") from None
    except FileNotFoundError:
        raise ReleaseFileError(path, "no such file") from None
    except PermissionError:
        raise ReleaseFileError(path, "permission denied: cannot read the file") from None
    except OSError as error:
        raise ReleaseFileError(path, f"cannot read the file ({reason(error)})") from None


def load_release(path: Path | str) -> Release:
    """Read a release file (see `load_release_stamped`)."""
    return load_release_stamped(path)[0]


def load_release_stamped(path: Path | str) -> tuple[Release, FileStamp]:
    """The release and the stamp of exactly the bytes it was built from (for a later `save_release(expected=)`)."""
    path = Path(path)
    data, info = _read(path)
    return loads(data, path), FileStamp.of(data, info)


def file_stamp(path: Path | str) -> FileStamp | None:
    """The stamp of the file now on disk, or None when there is none (missing, or not a readable regular file)."""
    try:
        data, info = read_regular_file(path, MAX_FILE_BYTES)
    except OSError:
        return None
    return FileStamp.of(data, info)


def _conflict_check(expected: FileStamp | None) -> Any:
    def check(target: Path) -> None:
        current = file_stamp(target)
        if expected is None and current is not None:
            raise SaveConflictError(target, "a file of this name was created meanwhile: not overwritten", current)
        if expected is not None and current is None:
            raise SaveConflictError(target, "the file was deleted or moved since it was opened: not saved", None)
        if expected is not None and not expected.same_content(current):
            raise SaveConflictError(target, "the file was changed by someone else since it was opened", current)

    return check


def save_release(
    release: Release,
    path: Path | str,
    *,
    keep_backup: bool = True,
    expected: FileStamp | Literal[_Unchecked.UNCHECKED] | None = UNCHECKED,
    replace_read_only: bool = False,
) -> SaveResult:
    """Save atomically; the replaced version stays beside the file as `NAME~`.

    `expected` is what the caller believes is on disk (None: nothing): when the file is something else, nothing is
    written and `SaveConflictError` says so. A backup that could not be made comes back in `warnings`.
    """
    path = Path(path)
    data = dumps(release)
    warnings: list[str] = []
    check = None if expected is UNCHECKED else _conflict_check(expected)
    try:
        with atomic_writer(
            path, keep_backup=keep_backup, replace_read_only=replace_read_only, check=check, warnings=warnings
        ) as handle:
            handle.write(data)
    except ReadOnlyTargetError:
        raise ReadOnlyReleaseError(path, "the file is read-only: not replaced") from None
    except BlockingIOError as error:
        raise ReleaseFileError(path, f"cannot save ({reason(error)}); try again") from None
    except PermissionError:
        raise ReleaseFileError(path, "permission denied: cannot write here") from None
    except FileNotFoundError:
        raise ReleaseFileError(path, "the folder does not exist") from None
    except OSError as error:
        raise ReleaseFileError(path, f"cannot save ({reason(error)})") from None
    try:
        info = os.stat(path)
    except OSError as error:  # replaced a moment ago: only a vanished disk gets here
        raise ReleaseFileError(path, f"saved, but cannot be read back ({reason(error)})") from None
    return SaveResult(FileStamp.of(data, info), warnings)

"""A private copy of a directory file to import from: importing reads a file, it never changes it.

Opening a directory file for use migrates it and sets WAL mode, and opening it as a library adds the library's
tables: right for the file the program works in, wrong for an older file being moved into a library (it belongs to
another computer, or to an older version still installed there). The import works on a copy in a temporary folder,
made through SQLite's backup API from a read-only connection, so the copy is consistent even while another program
writes the file.

`immutable=1` reads the file without creating anything beside it; it is used only when no `-wal` file is there
(everything is in the main file) and the file did not change while it was copied. Otherwise (a program has it open in
WAL mode) a `mode=ro` connection reads the WAL too; SQLite may then leave its `-shm` index beside the file, which
never changes the file itself.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.directory.contact import DirectoryError

if TYPE_CHECKING:
    from collections.abc import Iterator


def _stamp(path: Path) -> tuple[int, int, int]:
    status = path.stat()
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _backup(uri: str, target: Path) -> None:
    source = sqlite3.connect(uri, uri=True, timeout=10.0)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


def _copy(path: Path, target: Path) -> None:
    uri = "file:" + urllib.parse.quote(str(path.resolve()))
    if not Path(f"{path}-wal").exists():
        before = _stamp(path)
        _backup(uri + "?mode=ro&immutable=1", target)
        if _stamp(path) == before and not Path(f"{path}-wal").exists():
            return
        target.unlink()  # written meanwhile: read it again, with locks this time
    _backup(uri + "?mode=ro", target)


@contextlib.contextmanager
def private_copy(path: Path | str) -> Iterator[Path]:
    """A copy of the directory file `path` for this import only; removed (with its side files) afterwards."""
    path = Path(path)
    if not path.is_file():
        raise DirectoryError(f"{path}: no such directory file")
    folder = Path(tempfile.mkdtemp(prefix="releasedesk-import-"))
    try:
        target = folder / "directory.sqlite3"
        try:
            _copy(path, target)
            check = sqlite3.connect(target)
            try:
                check.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                check.close()
        except (OSError, sqlite3.Error) as error:
            raise DirectoryError(f"{path}: cannot be read as a contact directory ({error})") from None
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["private_copy"]

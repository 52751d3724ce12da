"""Reading a file that may be hostile: only a regular file, no larger than a limit, without hanging on a pipe."""

from __future__ import annotations

import errno
import os
import stat
from typing import TYPE_CHECKING

from releasedesk.oserrors import NotRegularFileError

if TYPE_CHECKING:
    from pathlib import Path


class FileTooLargeError(OSError):
    """Larger than the caller's limit: refused before (or while) reading, so memory stays bounded."""

    def __init__(self, path: object, limit: int) -> None:
        self.reason = f"the file is larger than {limit // 2**20} MiB"
        super().__init__(errno.EFBIG, self.reason, str(path))


def read_regular_file(path: Path | str, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most `limit` bytes, and its status.

    Opened non-blocking, so a FIFO cannot hang the open; a device (`/dev/zero`), pipe or socket is refused before
    any read, and the read stops at the limit even if the file grows meanwhile.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path)
        if info.st_size > limit:
            raise FileTooLargeError(path, limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileTooLargeError(path, limit)
        return b"".join(chunks), info
    finally:
        os.close(fd)

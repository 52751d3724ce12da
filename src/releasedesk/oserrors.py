"""One line for an operating-system error that says what happened, not what the user might guess."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.EISDIR: "the path is a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied (the file or folder may be protected)",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EBUSY: "the file is in use by another program",
    errno.ETXTBSY: "the file is in use by another program",
    errno.EIO: "input/output error (a damaged disk or a lost network connection)",
    errno.EXDEV: "cannot move the file across disks",
    errno.EPIPE: "the program reading the pipe went away",
}


def reason(error: OSError) -> str:
    """What went wrong, in words a person can act on."""
    own = getattr(error, "reason", None)
    if isinstance(own, str):
        return own
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return error.strerror or str(error) or type(error).__name__


class ReadOnlyTargetError(PermissionError):
    """The file to replace is marked read-only: replacing it needs the user's explicit choice."""

    reason = "the file is read-only"

    def __init__(self, path: object) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class NotRegularFileError(OSError):
    """A path that is a device, pipe or socket, not a regular file: reading it could hang or never end."""

    reason = "not a regular file (a device, pipe or socket): not read"

    def __init__(self, path: object) -> None:
        super().__init__(errno.EINVAL, self.reason, str(path))

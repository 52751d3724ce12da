"""The release file format: one self-contained UTF-8 JSON file per release (see docs/file-format.md)."""

from releasedesk.fileformat.store import (
    FILE_SUFFIX,
    FORMAT_NAME,
    UNCHECKED,
    FileStamp,
    ReadOnlyReleaseError,
    SaveConflictError,
    SaveResult,
    dumps,
    file_stamp,
    load_release,
    load_release_stamped,
    loads,
    save_release,
)

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "UNCHECKED",
    "FileStamp",
    "ReadOnlyReleaseError",
    "SaveConflictError",
    "SaveResult",
    "dumps",
    "file_stamp",
    "load_release",
    "load_release_stamped",
    "loads",
    "save_release",
]

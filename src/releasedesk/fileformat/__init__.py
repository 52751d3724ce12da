"""The release file format: one self-contained UTF-8 JSON file per release (see docs/file-format.md)."""

from releasedesk.fileformat.store import FILE_SUFFIX, FORMAT_NAME, dumps, load_release, loads, save_release

__all__ = ["FILE_SUFFIX", "FORMAT_NAME", "dumps", "load_release", "loads", "save_release"]

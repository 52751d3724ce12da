"""The bundled sample releases: the default that the app and the command line open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import FILE_SUFFIX, load_release
from releasedesk.resources import resource

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.model.release import Release

DEFAULT_SAMPLE = "announcement"


def samples_dir() -> Path:
    """The bundled sample releases' folder."""
    return resource("samples")


def sample_names() -> list[str]:
    """The names of the bundled samples."""
    return sorted(path.name.removesuffix(FILE_SUFFIX) for path in samples_dir().glob(f"*{FILE_SUFFIX}"))


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    """The file of the sample `name`; ReleaseFileError when there is no such sample."""
    path = samples_dir() / f"{name}{FILE_SUFFIX}"
    if not path.is_file():
        raise ReleaseFileError(None, f"no sample named {name!r} (available: {', '.join(sample_names()) or 'none'})")
    return path


def load_sample(name: str = DEFAULT_SAMPLE) -> Release:
    """The sample `name`, loaded."""
    return load_release(sample_path(name))

"""Where the window's directory lives: the data folder the command line uses too (releasedesk.appdirs)."""

from __future__ import annotations

from pathlib import Path

from releasedesk.directory.repository import ContactRepository, default_db_path
from releasedesk.library.open_directory import open_repository


def directory_db_path() -> Path:
    """The directory's default file (one computation for the window and the command line)."""
    return default_db_path()


def open_directory(path: Path | None = None) -> ContactRepository:
    """The directory in the library the settings name (the data folder's file by default); raises DirectoryError
    with a one-line reason when it cannot be opened."""
    if path is None:
        from releasedesk.gui.settings import Settings

        return open_repository(Settings().library_url or directory_db_path())
    return open_repository(path)

"""Where the window's directory lives: QStandardPaths' AppDataLocation (the same place the command line uses)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from releasedesk.directory.repository import DB_FILENAME, ContactRepository, default_db_path
from releasedesk.library.open_directory import open_repository


def directory_db_path() -> Path:
    """The application's data folder as Qt sees it; the core's computed default when Qt has none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DB_FILENAME if folder else default_db_path()


def open_directory(path: Path | None = None) -> ContactRepository:
    """The directory in the library the settings name (the data folder's file by default); raises DirectoryError
    with a one-line reason when it cannot be opened."""
    if path is None:
        from releasedesk.gui.settings import Settings

        return open_repository(Settings().library_url or directory_db_path())
    return open_repository(path)

"""The project's own error types: each carries one line a person can act on."""

from __future__ import annotations

from pathlib import Path


class ReleaseDeskError(Exception):
    """Base of every error ReleaseDesk reports to a user instead of a traceback."""


class ReleaseFileError(ReleaseDeskError):
    """A release file cannot be read or written; names the file and the problem."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path is not None else problem)


class ExportError(ReleaseDeskError):
    """An export could not be written (unwritable target, missing fonts, strict preflight)."""

"""The library's errors: one line a person can act on, never a driver traceback."""

from __future__ import annotations

from releasedesk.errors import ReleaseDeskError


class LibraryError(ReleaseDeskError):
    """The library database cannot be reached, read or written, or refuses what was asked."""


class LibraryConflict(LibraryError):
    """Someone else saved the same release or profile since it was read: nothing was written, reload and retry."""

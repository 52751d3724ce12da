"""One undo history for the whole release: form fields, both languages, contacts, replace-all (see history.py)."""

from __future__ import annotations

from releasedesk.gui.undo.history import ReleaseHistory

__all__ = ["ReleaseHistory"]

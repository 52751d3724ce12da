"""The office library in the window: File → New from a profile or a sample, the release library dialog (search as
you type, open, new from this release), agency profiles (with the logo), and the release's own logo."""

from __future__ import annotations

from releasedesk.gui.library.controller import LibraryController
from releasedesk.gui.library.menus import LibraryMenus

__all__ = ["LibraryController", "LibraryMenus"]

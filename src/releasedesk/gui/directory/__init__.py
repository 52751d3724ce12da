"""The contact directory in the window: a dialog to search, edit, import/export and pick contacts for a release.

`DirectoryDialog` works on any `ContactRepository`; `DirectoryLink` attaches it to the release's contacts panel
("Add from directory…", "changed in the directory since" flags and updates).
"""

from __future__ import annotations

from releasedesk.gui.directory.dialog import DirectoryDialog
from releasedesk.gui.directory.link import DirectoryLink, open_directory

__all__ = ["DirectoryDialog", "DirectoryLink", "open_directory"]

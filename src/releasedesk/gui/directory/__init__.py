"""The contact directory in the window: a dialog to search, edit, import/export and pick contacts for a release.

`DirectoryDialog` works on any `ContactRepository`; `DirectoryLink` attaches it to the release's contacts panel
("Add from directory…", "changed in the directory since" flags and updates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from releasedesk.gui.directory.link import DirectoryLink, open_directory

if TYPE_CHECKING:
    from releasedesk.gui.directory.dialog import DirectoryDialog

__all__ = ["DirectoryDialog", "DirectoryLink", "open_directory"]


def __getattr__(name: str) -> Any:
    """The dialog (vCard, its list model) loads when first used, not with the window."""
    if name == "DirectoryDialog":
        from releasedesk.gui.directory.dialog import DirectoryDialog

        return DirectoryDialog
    raise AttributeError(name)

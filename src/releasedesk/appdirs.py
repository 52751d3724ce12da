"""Where ReleaseDesk keeps its data: computed once, without Qt, for the window and the command line alike.

It is the folder QStandardPaths.AppDataLocation gives once `gui.app` has named the application (organisation and
application "ReleaseDesk"); tests/gui/directory/test_dialog.py checks the two agree, so the window needs no Qt call
to find the directory, the library or the recovery copies, and `releasedesk contacts` finds the same ones.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "ReleaseDesk"
APPLICATION = "ReleaseDesk"


def app_data_dir() -> Path:
    """The per-user data folder (not created here: whoever writes first makes it)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION

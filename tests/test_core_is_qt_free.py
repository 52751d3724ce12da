"""The core never imports Qt: it must run in a command line, a server or a test without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import releasedesk

CHECK = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "PyQt")))
print(",".join(qt))
"""


def core_modules(path: list[str] = releasedesk.__path__, prefix: str = "releasedesk.") -> list[str]:
    """Every module below releasedesk except gui/, found without importing anything."""
    names = []
    for info in pkgutil.iter_modules(path, prefix):
        if info.name in ("releasedesk.gui", "releasedesk.__main__"):
            continue
        names.append(info.name)
        if info.ispkg:
            names += core_modules([str(Path(path[0]) / info.name.rsplit(".", 1)[1])], info.name + ".")
    return names


def test_core_modules_do_not_import_qt() -> None:
    modules = core_modules()
    for expected in ("releasedesk.model.release", "releasedesk.fileformat.store", "releasedesk.cli"):
        assert expected in modules
    result = subprocess.run([sys.executable, "-c", CHECK, *modules], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout.strip()}"

"""The core never imports Qt: it must run in a command line, a server or a test without a display.

And the other way round: every module under gui/ imports Qt itself. A gui/ module without Qt is core code in the
wrong place, where the first test cannot guard it (move it to model/, session/, export/… instead).
"""

from __future__ import annotations

import ast
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


GUI = Path(releasedesk.__file__).parent / "gui"
QT_FREE_IN_GUI: dict[str, str] = {
    # Package markers: docstrings and re-exports of their package's Qt modules, nothing of their own.
    "__init__.py": "a package's __init__ (in any folder) only names what the package offers",
}


def imports_qt(path: Path) -> bool:
    """Whether the file imports PySide6 anywhere (a late import inside a function counts: app.py loads Qt late)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "PySide6" for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").split(".")[0] == "PySide6":
            return True
    return False


def test_every_gui_module_imports_qt_itself() -> None:
    modules = sorted(GUI.rglob("*.py"))
    assert len(modules) > 50
    strays = [str(p.relative_to(GUI)) for p in modules if p.name not in QT_FREE_IN_GUI and not imports_qt(p)]
    assert not strays, f"Qt-free modules under gui/ (move them into the core): {strays}"


def test_the_qt_detector_sees_late_imports_and_ignores_mentions(tmp_path: Path) -> None:
    late, mention = tmp_path / "late.py", tmp_path / "mention.py"
    late.write_text("def f():\n    from PySide6.QtWidgets import QApplication\n")
    mention.write_text('"""Works around PySide6 6.12."""\nimport sys\n')
    assert imports_qt(late)
    assert not imports_qt(mention)

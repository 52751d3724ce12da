"""Canary for gui/pyside_imports.py: PySide6's import hook is where we expect it, and ReleaseDesk uses no features."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - installs shibokensupport.feature

import releasedesk
from releasedesk.gui.pyside_imports import speed_up_feature_scan

HOOK = "_mod_uses_pyside"


def test_the_hook_exists_and_is_replaced_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert callable(getattr(feature, HOOK, None))  # PySide6 renamed or dropped it: revisit the module
    assert speed_up_feature_scan()
    replaced = getattr(feature, HOOK)
    assert speed_up_feature_scan()
    assert getattr(feature, HOOK) is replaced  # idempotent: no wrapper around a wrapper


def test_only_modules_that_import_features_count(tmp_path: Path) -> None:
    speed_up_feature_scan()
    check = getattr(sys.modules["shibokensupport.feature"], HOOK)
    plain = tmp_path / "plain.py"
    plain.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    featured = tmp_path / "featured.py"
    featured.write_text("from __feature__ import true_property\n", encoding="utf-8")
    for path, expected in ((plain, False), (featured, True)):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        assert check(module) is expected
    assert check(sys) is False  # built in: PySide's own answer


def test_releasedesk_imports_no_pyside_features() -> None:
    """The shortcut is only right while no module switches PySide features (snake_case, true_property)."""
    root = Path(releasedesk.__file__).parent
    switching = re.compile(r"^\s*from __feature__ import", re.MULTILINE)
    using = [path.relative_to(root).as_posix() for path in root.rglob("*.py") if switching.search(path.read_text())]
    assert using == []

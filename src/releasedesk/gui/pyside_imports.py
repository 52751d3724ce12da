"""A cheaper form of PySide6's import hook, the one place that touches `shibokensupport.feature`.

After PySide6 is imported, every module imported later goes through `shibokensupport.feature.feature_imported`,
which marks it 0 ("uses PySide": its attribute lookups on Qt types check which `from __feature__ import
snake_case/true_property` set applies) when `"PySide6" in inspect.getsource(module)`, else -1 ("ignore this
module"). Nothing in ReleaseDesk imports `__feature__`, so the check buys nothing here, and it costs start-up
time: the source lookups plus the per-lookup feature checks of the ~300 modules the window imports took about
30-40 ms of the GUI thread's CPU (measured 2026-11-30, eight paired launches of benchmarks/gui.py's launch child
with and without this: 0.449 against 0.484 s median). Here a module counts as using PySide's features only when
its .py file mentions `__feature__` (a plain byte search); no file, not .py or unreadable: PySide's own check.
tests/gui/test_pyside_imports.py is the canary: it fails if PySide6 renames the hook, and if ReleaseDesk starts
importing `__feature__` (then this shortcut must go).
"""

from __future__ import annotations

import sys
from typing import Any

import PySide6  # noqa: F401 - importing it installs shibokensupport.feature, the hook replaced here


def _feature_module() -> Any:
    return sys.modules.get("shibokensupport.feature")


def speed_up_feature_scan() -> bool:
    """Replace `_mod_uses_pyside` by a byte search for `__feature__` (idempotent); False when there is no hook."""
    feature = _feature_module()
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "releasedesk_fast", False):
        return True

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"__feature__" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.releasedesk_fast = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # noqa: SLF001 - the fenced touch
    return True

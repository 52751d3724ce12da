"""Pair tests copy and cut through the real clipboard: empty it after each test.

An editor copy leaves a Python-made QMimeData on the clipboard; if it is still there when the process ends, Qt and
Python both delete it and the test run ends in a segmentation fault (seen without pairs too: copy, then quit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.clipboard().clear()

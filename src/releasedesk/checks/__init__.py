"""Writing checks: zh-TW house style, English spelling and the office's bilingual glossary (no Qt here).

`runner.check_release` checks a whole release; `runner.Checker.check_text` checks one piece of text (the window
calls it per changed block, off the GUI thread).
"""

from __future__ import annotations

from releasedesk.checks.findings import CHECKS, Finding, Location

__all__ = ["CHECKS", "Finding", "Location"]

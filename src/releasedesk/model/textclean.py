"""The one rule for which characters a release may carry into XML-based files (DOCX, PDF markup, our JSON)."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL and C1 controls, lone surrogates, and the XML non-characters.
_UNCARRIABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair on its own: not a character (no UTF-8 form; JSON would fuse two into another one)."""


def replace_lone_surrogates(value: str) -> str:
    """Each lone surrogate as U+FFFD: how the file saves one (fileformat/store.py) and so how the approval's
    canonical form reads one (approval/canonical.py), so that a save never changes what was approved."""
    return LONE_SURROGATE.sub("\ufffd", value)


def clean_text(value: str) -> str:
    """Remove characters XML 1.0 and PDF text cannot carry; keeps CJK untouched (no NFC: it rewrites names)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNCARRIABLE.sub("", value)


def uncarriable_characters(value: str) -> list[str]:
    """The characters `clean_text` would drop, for reporting them to the user."""
    return _UNCARRIABLE.findall(value.replace("\r", "\n"))

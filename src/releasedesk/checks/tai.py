"""臺/台 consistency: the office writes one form (default 臺, the Ministry of Education's standard form).

Names whose official form uses the other character are left alone: the glossary's Chinese terms and a few
well-known names below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.checks.findings import Finding

if TYPE_CHECKING:
    from collections.abc import Iterable

FORMS = ("臺", "台")
KNOWN_NAMES = ("臺灣台語", "台語", "兄台", "天台", "台積電", "台塑", "台電", "台糖", "台灣大哥大", "台灣高鐵", "颱")
"""Official names written with 台 (臺灣台語 is the Ministry of Education's own name for the language)."""


def tai_form(text: str, preferred: str, names: Iterable[str] = ()) -> list[Finding]:
    """Every 台 (or 臺, when the office prefers 台) outside the known names and the glossary's terms."""
    if preferred not in FORMS:
        return []
    other = FORMS[1] if preferred == FORMS[0] else FORMS[0]
    if other not in text:
        return []
    protected = bytearray(len(text))
    for name in (*KNOWN_NAMES, *names):
        if other not in name:
            continue
        start = text.find(name)
        while start >= 0:
            protected[start : start + len(name)] = b"\x01" * len(name)
            start = text.find(name, start + 1)
    return [
        Finding(
            "tai-form", index, index + 1, other, (preferred,), f"{other} → {preferred} (the office writes {preferred})"
        )
        for index, char in enumerate(text)
        if char == other and not protected[index]
    ]

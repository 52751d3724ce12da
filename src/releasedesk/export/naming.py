"""The file name of an export — the window's suggestion and the batch command's — from the release number and language.

One rule for both, safe on every file system.
"""

from __future__ import annotations

import re

from releasedesk.export import EXTENSIONS, Format

_LANG_SUFFIX = {"zh-TW": "zh-TW", "en": "en", "both": "zh-TW-en"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_file_name(number: str, fallback_stem: str, lang: str, fmt: Format) -> str:
    """`MODA-2026-118-en.pdf`: the number (else the release file's name, else `release`) and the language."""
    stem = _UNSAFE.sub("-", number.strip()).strip(" .-") or fallback_stem.strip() or "release"
    return f"{stem[:120]}-{_LANG_SUFFIX.get(lang, lang)}{EXTENSIONS[fmt]}"

"""The file name of an export — the window's suggestion and the batch command's — from the release number and language.

One rule for both, safe on every file system.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from releasedesk.export import EXTENSIONS, Format
from releasedesk.export.layout import section_languages

if TYPE_CHECKING:
    from releasedesk.export.layout import LangChoice
    from releasedesk.model.release import Release

_LANG_SUFFIX = {"zh-TW": "zh-TW", "en": "en", "both": "zh-TW-en"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def release_file_name(release: Release, fallback_stem: str, choice: LangChoice, fmt: Format) -> str:
    """The name for exporting `release` in `choice`, named after the languages it will hold: an English-only release
    exported with both languages is `…-en`, not `…-zh-TW-en`."""
    written = section_languages(release, choice)
    lang = "both" if len(written) > 1 else written[0] if written else choice
    return export_file_name(release.number, fallback_stem, lang, fmt)


def export_file_name(number: str, fallback_stem: str, lang: str, fmt: Format) -> str:
    """`MODA-2026-118-en.pdf`: the number (else the release file's name, else `release`) and the language."""
    stem = _UNSAFE.sub("-", number.strip()).strip(" .-") or fallback_stem.strip() or "release"
    return f"{stem[:120]}-{_LANG_SUFFIX.get(lang, lang)}{EXTENSIONS[fmt]}"

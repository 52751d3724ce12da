"""Every touch of opencc-purepy: its converters and the dictionaries in its wheel (read, never copied).

Loaded once, lazily (about 0.1 s), and shared by every thread: the converters keep no state between calls.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources

_LOCK = threading.Lock()


@dataclass(frozen=True)
class OpenccData:
    s2t: object
    """Simplified → Traditional (characters and phrases), for the suggestion in context (头发 → 頭髮)."""
    t2tw: object
    """Traditional → Taiwan standard variants (裏 → 裡, 爲 → 為)."""
    simplified_only: frozenset[str]
    """Characters that STCharacters maps and that are not themselves among their traditional forms (发, not 台)."""
    tw_phrases: dict[str, str]
    """TWPhrases: mainland vocabulary → Taiwan vocabulary (軟件 → 軟體)."""
    tw_phrases_longest: int


def _simplified_only() -> frozenset[str]:
    text = resources.files("opencc_purepy").joinpath("dicts", "STCharacters.txt").read_text(encoding="utf-8")
    chars = set()
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key and not key.startswith("#") and key not in values.split():
            chars.add(key)
    return frozenset(chars)


@cache
def _load() -> OpenccData:
    from opencc_purepy import OpenCC

    s2t = OpenCC("s2t")
    phrases, longest = s2t.dictionary.tw_phrases
    return OpenccData(s2t, OpenCC("t2tw"), _simplified_only(), dict(phrases), int(longest))


def opencc_data() -> OpenccData:
    with _LOCK:
        return _load()

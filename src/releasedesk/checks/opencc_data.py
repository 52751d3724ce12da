"""Every touch of opencc-purepy: its converters and the dictionaries in its wheel (read, never copied).

The small tables the checks always need (which characters are simplified-only, TWPhrases, the keys of TWVariants)
are read from the wheel's text dictionaries on first use (a few milliseconds). The converters load opencc-purepy's
whole 2.5 MB JSON dictionary (about 0.1 s), so they are built only for a text that can change: one with a
simplified character, or one containing a TWVariants key. A clean Taiwanese release never pays for them.
Shared by every thread: the converters keep no state between calls.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc_purepy import OpenCC as Converter

_LOCK = threading.Lock()


def _dictionary(name: str) -> str:
    """A text dictionary of the installed opencc-purepy, found without importing the package."""
    spec = importlib.util.find_spec("opencc_purepy")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc_purepy is not installed")
    return (Path(next(iter(spec.submodule_search_locations))) / "dicts" / name).read_text(encoding="utf-8")


def _entries(name: str) -> dict[str, str]:
    """key → first value of an OpenCC text dictionary (`key<TAB>value [value…]`), as opencc-purepy reads it."""
    table: dict[str, str] = {}
    for line in _dictionary(name).splitlines():
        key, _, values = line.partition("\t")
        if key and not key.startswith("#") and values.split():
            table[key] = values.split()[0]
    return table


@dataclass(frozen=True)
class OpenccData:
    """The OpenCC converters and tables the Chinese style checks need."""

    simplified_only: frozenset[str]
    """Characters that STCharacters maps and that are not themselves among their traditional forms (发, not 台)."""
    tw_phrases: dict[str, str]
    """TWPhrases: mainland vocabulary → Taiwan vocabulary (軟件 → 軟體)."""
    tw_phrases_longest: int
    tw_phrase_lengths: dict[str, tuple[int, ...]]
    """First character → the lengths (2 or more, longest first) of TWPhrases keys starting with it: most characters
    start none, so the longest-match scan asks one dict per character instead of one per possible length."""
    variant_keys: tuple[str, ...]
    """The keys of TWVariants and TWVariantsPhrases: t2tw leaves a text without any of them unchanged."""
    _converters: dict[str, Converter] = field(default_factory=dict, compare=False, repr=False)

    def _converter(self, config: str) -> Converter:
        with _LOCK:
            converter = self._converters.get(config)
            if converter is None:
                from opencc_purepy import OpenCC

                converter = self._converters[config] = OpenCC(config)
            return converter

    @property
    def s2t(self) -> Converter:
        """Simplified → Traditional (characters and phrases), for the suggestion in context (头发 → 頭髮)."""
        return self._converter("s2t")

    @property
    def t2tw(self) -> Converter:
        """Traditional → Taiwan standard variants (裏 → 裡, 爲 → 為)."""
        return self._converter("t2tw")

    def has_variant(self, text: str) -> bool:
        """Whether t2tw could change `text` at all (a key of its dictionaries occurs in it)."""
        return any(key in text for key in self.variant_keys)


def _simplified_only() -> frozenset[str]:
    chars = set()
    for line in _dictionary("STCharacters.txt").splitlines():
        key, _, values = line.partition("\t")
        if key and not key.startswith("#") and key not in values.split():
            chars.add(key)
    return frozenset(chars)


@cache
def _load() -> OpenccData:
    phrases = _entries("TWPhrases.txt")
    variants = {**_entries("TWVariantsPhrases.txt"), **_entries("TWVariants.txt")}
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        if len(key) > 1:
            lengths.setdefault(key[0], set()).add(len(key))
    return OpenccData(
        _simplified_only(),
        phrases,
        max(map(len, phrases), default=0),
        {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()},
        tuple(key for key, value in variants.items() if key != value),
    )


def opencc_data() -> OpenccData:
    """The shared OpenCC data, loaded on first use (about 0.1 s)."""
    with _LOCK:
        return _load()

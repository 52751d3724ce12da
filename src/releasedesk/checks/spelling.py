"""English spelling with the system's Hunspell dictionaries through pyenchant (libenchant), US or UK.

Not flagged: URLs, e-mail addresses and domain names; words in capitals (acronyms) or with digits or inner capitals;
Taiwanese given names in their hyphenated form beside a surname (Lin Shu-wei); the bundled Taiwan word list, the
office's word list and every word of the glossary's English names.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from releasedesk.checks.findings import URL_PATTERN, Finding
from releasedesk.errors import ReleaseDeskError
from releasedesk.resources import resource

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

VARIANTS = ("en_US", "en_GB")

_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|['’](?=[A-Za-z])|-(?=[A-Za-z0-9]))*['’]?")
_NAME_PART = re.compile(r"[A-Z][a-z]{1,5}")
_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


class SpellingUnavailable(ReleaseDeskError):
    """No Hunspell dictionary or no libenchant: the spelling check cannot run (the others still do)."""


def base_words() -> frozenset[str]:
    """The bundled Taiwan word list (resources/checks/en-words.txt)."""
    text = resource("checks", "en-words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _words_of(names: Iterable[str]) -> set[str]:
    return {word for name in names for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", name)}


class Speller:
    """One Hunspell dictionary plus accepted words; thread-safe (libenchant is not, so calls take a lock)."""

    def __init__(self, variant: str = "en_US", words: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        if variant not in VARIANTS:
            raise SpellingUnavailable(f"unknown English variant {variant!r} (use {' or '.join(VARIANTS)})")
        try:
            import enchant

            self._dict = enchant.Dict(variant)
        except ImportError as error:
            raise SpellingUnavailable(f"spelling check unavailable: {error}") from error
        except Exception as error:  # enchant.errors.DictNotFoundError, or no libenchant on the system
            raise SpellingUnavailable(f"spelling check unavailable: no {variant} dictionary ({error})") from error
        self.variant = variant
        self._lock = threading.Lock()
        self._accepted = set(base_words()) | set(words) | _words_of(names)
        self._lower = {word.lower() for word in self._accepted}
        self._cache: dict[str, bool] = {}

    def accept(self, word: str) -> None:
        """Take `word` as correct from now on (the office word list grew)."""
        with self._lock:
            self._accepted.add(word)
            self._lower.add(word.lower())
            self._cache.clear()

    def forget(self, word: str) -> None:
        with self._lock:
            self._accepted.discard(word)
            self._lower = {accepted.lower() for accepted in self._accepted}
            self._cache.clear()

    def known(self, word: str) -> bool:
        with self._lock:
            cached = self._cache.get(word)
            if cached is None:
                cached = word in self._accepted or word.lower() in self._lower or self._dict.check(word)
                self._cache[word] = cached
            return cached

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Hunspell's suggestions, best first (30–80 ms a word: call it for one word, not for a document)."""
        with self._lock:
            return list(self._dict.suggest(word)[:limit])  # list(): enchant is untyped

    def check(self, text: str, *, suggest: bool = False) -> list[Finding]:
        """Misspelt words in `text`; with `suggest`, each carries Hunspell's suggestions (slow: command line)."""
        findings = []
        for start, end in self._unknown(text):
            word = text[start:end]
            suggestions = tuple(self.suggest(word)) if suggest else ()
            hint = f" → {suggestions[0]}?" if suggestions else ""
            findings.append(Finding("misspelt", start, end, word, suggestions, f"spelling: {word}{hint}"))
        return findings

    def _unknown(self, text: str) -> Iterator[tuple[int, int]]:
        masked = URL_PATTERN.sub(lambda m: " " * len(m.group()), text)
        tokens = list(_TOKEN.finditer(masked))
        for number, m in enumerate(tokens):
            word = m.group().rstrip("'’")
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if self._skipped(word) or self._is_given_name(word, tokens, number) or self.known(word):
                continue
            offset = m.start()
            for part in word.split("-") if "-" in word else [word]:
                if part and not self._skipped(part) and not self.known(part):
                    yield offset, offset + len(part)
                offset += len(part) + 1

    @staticmethod
    def _skipped(word: str) -> bool:
        """Acronyms (MODA, NCC), words with digits (5G, COVID-19) and inner capitals (iPhone, TaiwanPlus)."""
        return len(word) < 2 or any(char.isdigit() for char in word) or any(char.isupper() for char in word[1:])

    @staticmethod
    def _is_given_name(word: str, tokens: list[re.Match[str]], number: int) -> bool:
        """Shu-wei beside a surname (Lin Shu-wei, Shu-wei Lin): Taiwanese given names, never in a dictionary."""
        if not _GIVEN_NAME.fullmatch(word):
            return False
        neighbours = [tokens[i].group() for i in (number - 1, number + 1) if 0 <= i < len(tokens)]
        return any(_NAME_PART.fullmatch(neighbour.rstrip("'’s")) for neighbour in neighbours)

"""English spelling with the system's Hunspell dictionaries through pyenchant (libenchant), US or UK.

Not flagged: URLs, e-mail addresses and domain names; words in capitals (acronyms) or with digits or inner capitals;
Taiwanese given names in their hyphenated form beside a surname (Lin Shu-wei); the bundled Taiwan word list, the
office's word list and every word of the glossary's English names.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from releasedesk.checks.findings import URL_PATTERN, Finding
from releasedesk.errors import ReleaseDeskError
from releasedesk.resources import resource

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from releasedesk.checks.spellcache import Verdicts

VARIANTS = ("en_US", "en_GB")

_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|['’](?=[A-Za-z])|-(?=[A-Za-z0-9]))*['’]?")
_NAME_PART = re.compile(r"[A-Z][a-z]{1,5}")
_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


_ENCHANT_LOCK = threading.RLock()
"""Every libenchant call of every Speller: its dictionaries share one broker and it is not thread-safe (a dictionary
loading on a background thread while another Speller opened one crashed the process)."""


class SpellingUnavailable(ReleaseDeskError):
    """No Hunspell dictionary or no libenchant: the spelling check cannot run (the others still do)."""


def base_words() -> frozenset[str]:
    """The bundled Taiwan word list (resources/checks/en-words.txt)."""
    text = resource("checks", "en-words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _words_of(names: Iterable[str]) -> set[str]:
    return {word for name in names for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", name)}


class Speller:
    """One Hunspell dictionary plus accepted words; thread-safe (libenchant is not, so calls take one shared lock).

    With `verdicts` (spellcache.Verdicts), the dictionary loads only when a word has no remembered verdict, and its
    answers are remembered; a dictionary that then cannot load leaves `broken` set and flags nothing.
    """

    def __init__(
        self,
        variant: str = "en_US",
        words: Iterable[str] = (),
        names: Iterable[str] = (),
        *,
        verdicts: Verdicts | None = None,
    ) -> None:
        if variant not in VARIANTS:
            raise SpellingUnavailable(f"unknown English variant {variant!r} (use {' or '.join(VARIANTS)})")
        self.variant = variant
        self.broken = ""
        self._verdicts = verdicts
        self._dict: Any = None
        self._lock = _ENCHANT_LOCK
        if verdicts is None:
            with self._lock:
                self._dict = self._open()
        self._accepted = set(base_words()) | set(words) | _words_of(names)
        self._lower = {word.lower() for word in self._accepted}
        self._cache: dict[str, bool] = {}

    def __del__(self) -> None:
        """Free the dictionary under the shared lock: libenchant must not free one while another thread loads one."""
        lock = _ENCHANT_LOCK
        if lock is None:  # interpreter shutdown: module globals are gone, no other thread runs
            return
        with lock:
            self.__dict__.pop("_dict", None)  # the last reference: enchant frees it here, inside the lock

    def _open(self) -> Any:
        """libenchant's dictionary of this variant; SpellingUnavailable when there is none."""
        try:
            import enchant

            return enchant.Dict(self.variant)
        except ImportError as error:
            raise SpellingUnavailable(f"spelling check unavailable: {error}") from error
        except Exception as error:  # enchant.errors.DictNotFoundError, or no libenchant on the system
            raise SpellingUnavailable(f"spelling check unavailable: no {self.variant} dictionary ({error})") from error

    def _dictionary(self) -> Any:
        """The dictionary, loaded now if it is not yet (call with the lock held); None when it cannot load."""
        if self._dict is None and not self.broken:
            try:
                self._dict = self._open()
            except SpellingUnavailable as error:
                self.broken = str(error)
        return self._dict

    @property
    def loaded(self) -> bool:
        """Whether libenchant's dictionary has been loaded (with remembered verdicts it may never need to be)."""
        return self._dict is not None

    def load_dictionary(self) -> None:
        """Load the dictionary now (a background thread calls this when some word has no remembered verdict)."""
        with self._lock:
            self._dictionary()

    def remember(self) -> None:
        """Keep this run's new verdicts for later runs (the per-user cache); nothing without `verdicts`."""
        if self._verdicts is not None:
            with self._lock:
                self._verdicts.save()

    def learnt_verdicts(self) -> dict[str, bool]:
        """The dictionary's answers of this process that the remembered verdicts did not hold yet."""
        if self._verdicts is None:
            return {}
        with self._lock:
            return self._verdicts.learnt()

    def adopt_verdicts(self, verdicts: dict[str, bool]) -> None:
        """Remember answers another process (a batch's worker) had from the same dictionary."""
        if self._verdicts is not None:
            with self._lock:
                for word, verdict in verdicts.items():
                    self._verdicts.put(word, verdict)

    def needs_dictionary(self, text: str) -> bool:
        """Whether checking `text` asks the dictionary about a word without a remembered verdict."""
        needed = False

        def probe(word: str) -> bool:  # the verdict `known` would give, as far as it is known without the dictionary
            nonlocal needed
            if word in self._accepted or word.lower() in self._lower:
                return True
            verdict = self._verdicts.get(word) if self._verdicts is not None else None
            if verdict is None:
                needed = True
                return True
            return verdict

        for _span in self._unknown(text, probe):
            pass
        return needed

    def _dictionary_knows(self, word: str) -> bool:
        if self._verdicts is not None:
            verdict = self._verdicts.get(word)
            if verdict is not None:
                return verdict
        dictionary = self._dictionary()
        if dictionary is None:
            return True  # no dictionary: nothing is flagged, `broken` says why
        verdict = bool(dictionary.check(word))
        if self._verdicts is not None:
            self._verdicts.put(word, verdict)
        return verdict

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
                cached = word in self._accepted or word.lower() in self._lower or self._dictionary_knows(word)
                self._cache[word] = cached
            return cached

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Hunspell's suggestions, best first (30–80 ms a word: call it for one word, not for a document)."""
        with self._lock:
            dictionary = self._dictionary()
            return list(dictionary.suggest(word)[:limit]) if dictionary is not None else []  # enchant is untyped

    def check(self, text: str, *, suggest: bool = False) -> list[Finding]:
        """Misspelt words in `text`; with `suggest`, each carries Hunspell's suggestions (slow: command line)."""
        findings = []
        for start, end in self._unknown(text):
            word = text[start:end]
            suggestions = tuple(self.suggest(word)) if suggest else ()
            hint = f" → {suggestions[0]}?" if suggestions else ""
            findings.append(Finding("misspelt", start, end, word, suggestions, f"spelling: {word}{hint}"))
        return findings

    def _unknown(self, text: str, known: Callable[[str], bool] | None = None) -> Iterator[tuple[int, int]]:
        known = known or self.known
        masked = URL_PATTERN.sub(lambda m: " " * len(m.group()), text)
        tokens = list(_TOKEN.finditer(masked))
        for number, m in enumerate(tokens):
            word = m.group().rstrip("'’")
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if self._skipped(word) or self._is_given_name(word, tokens, number) or known(word):
                continue
            offset = m.start()
            for part in word.split("-") if "-" in word else [word]:
                if part and not self._skipped(part) and not known(part):
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

"""The release search index: which terms a text is found by, and what a query asks for.

Chinese is searched by substring. Most Chinese queries are one or two characters, which neither pg_trgm nor SQLite's
FTS5 trigram index can serve, so every Han (or other wide) character and every adjacent pair is indexed as a term,
identically on both engines. A query of one or two characters is then one exact term; a longer one needs all its
pairs, and candidates are confirmed by substring on the folded text (pairs alone would also find "AB…BC" for "ABC").
English (and any other narrow script) is searched by word: each query word matches the words that start with it.
Text is folded first (NFKC + casefold), so full-width Latin and digits find their ASCII forms and case is ignored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.directory.contact import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

ZH = 1
EN = 2
LANG_BITS = {"zh-TW": ZH, "en": EN}
MAX_WORD = 40
"""Longer "words" (hashes, URLs run together) are cut: nobody types more of one to find it."""


@functools.cache
def _wide_class() -> str:
    """The wide (East Asian Wide or Fullwidth) characters as a regex class body, built once from Unicode data."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x1100, 0x40000):
        if unicodedata.east_asian_width(chr(code)) in ("W", "F"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "") for low, high in ranges)


@functools.cache
def _wide_pattern() -> re.Pattern[str]:
    return re.compile(f"[{_wide_class()}]+")


_ALNUM = re.compile(r"[^\W_]+")


def _runs(folded: str) -> Iterator[tuple[bool, str]]:
    """(wide, run) pieces of letters and digits; punctuation and spaces separate them."""
    wide = _wide_pattern()
    for match in _ALNUM.finditer(folded):
        piece = match.group()
        if piece.isascii():  # the common cases first: an English word, a run of Chinese
            yield False, piece
            continue
        if wide.fullmatch(piece):
            yield True, piece
            continue
        start = 0
        for found in wide.finditer(piece):
            if found.start() > start:
                yield False, piece[start : found.start()]
            yield True, found.group()
            start = found.end()
        if start < len(piece):
            yield False, piece[start:]


def terms(text: str) -> set[str]:
    """Every term `text` is found by: wide characters and their adjacent pairs, and narrow words."""
    found: set[str] = set()
    for wide, run in _runs(fold(text)):
        if wide:
            found.update(run)
            found.update(run[i : i + 2] for i in range(len(run) - 1))
        else:
            found.add(run[:MAX_WORD])
    return found


def index_terms(texts: dict[int, str]) -> dict[str, int]:
    """term -> language bits, for token texts by language bit (ZH, EN)."""
    bits: dict[str, int] = {}
    for lang_bit, text in texts.items():
        for term in terms(text):
            bits[term] = bits.get(term, 0) | lang_bit
    return bits


def token_text(parts: Iterable[str]) -> str:
    """The folded text as its runs separated by single spaces, with a space at each end: what search results are
    confirmed against (a Chinese run by substring, a word prefix as " " + prefix) and what the terms are made from."""
    runs = [run for part in parts for _, run in _runs(fold(part))]
    return f" {' '.join(runs)} " if runs else ""


@dataclass(frozen=True)
class Query:
    """A typed query: its runs of wide characters (searched by substring) and its words (searched by prefix)."""

    wide: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.wide or self.words)

    def checks(self) -> list[str]:
        """Substrings the token text of a matching release contains."""
        return [*self.wide, *(f" {word}" for word in self.words)]

    def wide_terms(self) -> list[str]:
        """The index terms every match has: each run's pairs, or the character of a one-character run."""
        found = [run[i : i + 2] for run in self.wide for i in range(len(run) - 1)]
        return list(dict.fromkeys(found + [run for run in self.wide if len(run) == 1]))

    def lead_candidates(self) -> list[tuple[str, bool]]:
        """Index terms a match must have, any of which can find the candidates: (term, is word prefix). Every
        character pair (or lone character) of the Chinese runs, and every word of three letters or more (a shorter
        prefix matches so many releases that scanning the newest ones finds the first screenful sooner)."""
        words = sorted((word for word in self.words if len(word) >= 3), key=len, reverse=True)
        return [(term, False) for term in self.wide_terms()] + [(word, True) for word in words]

    def lead(self) -> tuple[str, bool] | None:
        """The first lead candidate, when nothing is known of how common the terms are."""
        candidates = self.lead_candidates()
        return candidates[0] if candidates else None


def parse_query(text: str) -> Query:
    """A search text split into index terms and the text checks that confirm them."""
    wide: list[str] = []
    words: list[str] = []
    for is_wide, run in _runs(fold(text)):
        (wide if is_wide else words).append(run if is_wide else run[:MAX_WORD])
    return Query(tuple(dict.fromkeys(wide)), tuple(dict.fromkeys(words)))


def prefix_end(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix` (code-point order)."""
    return prefix + "\U0010ffff"

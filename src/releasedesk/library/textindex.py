"""The release search index: which terms a text is found by, and what a query asks for.

Chinese is searched by substring. Most Chinese queries are one or two characters, which neither pg_trgm nor SQLite's
FTS5 trigram index can serve, so every Han (or other wide) character and every adjacent pair is indexed as a term,
identically on both engines. A query of one or two characters is then one exact term; a longer one needs all its
pairs, and candidates are confirmed by substring on the folded text (pairs alone would also find "AB…BC" for "ABC").
English (and any other narrow script) is searched by word: each query word matches the words that start with it.
Text is folded first (NFKC + casefold), so full-width Latin and digits find their ASCII forms and case is ignored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from releasedesk.directory.contact import fold

ZH = 1
EN = 2
LANG_BITS = {"zh-TW": ZH, "en": EN}
MAX_WORD = 40
"""Longer "words" (hashes, URLs run together) are cut: nobody types more of one to find it."""


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _runs(folded: str) -> Iterator[tuple[bool, str]]:
    """(wide, run) pieces of letters and digits; punctuation and spaces separate them."""
    start = 0
    kind: bool | None = None
    for index, char in enumerate(folded):
        this = _is_wide(char) if char.isalnum() else None
        if this != kind:
            if kind is not None:
                yield kind, folded[start:index]
            start, kind = index, this
    if kind is not None:
        yield kind, folded[start:]


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


def index_terms(texts: dict[int, Iterable[str]]) -> dict[str, int]:
    """term -> language bits, for texts grouped by language bit (ZH, EN)."""
    bits: dict[str, int] = {}
    for lang_bit, parts in texts.items():
        for part in parts:
            for term in terms(part):
                bits[term] = bits.get(term, 0) | lang_bit
    return bits


@dataclass(frozen=True)
class Query:
    """What a typed query needs: exact terms, word prefixes, and substrings to confirm."""

    exact: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    substrings: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.exact or self.prefixes)


def parse_query(text: str) -> Query:
    exact: list[str] = []
    prefixes: list[str] = []
    substrings: list[str] = []
    for wide, run in _runs(fold(text)):
        if not wide:
            prefixes.append(run[:MAX_WORD])
        elif len(run) <= 2:
            exact.append(run)
        else:
            exact.extend(run[i : i + 2] for i in range(len(run) - 1))
            substrings.append(run)
    return Query(tuple(dict.fromkeys(exact)), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(substrings)))


def prefix_end(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix` (code-point order)."""
    return prefix + "\U0010ffff"

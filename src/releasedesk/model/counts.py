"""Length of a text as each language counts it: characters for Chinese, words for English."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.model.release import Lang

# A Latin/digit word (with inner apostrophes, hyphens, dots) counts once in either language.
_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:['\u2019.\-][0-9A-Za-z\u00c0-\u024f]+)*")


def word_count(value: str) -> int:
    """English words: runs of letters/digits, `don't`, `e-mail` and `3.5` each count once."""
    return len(_WORD.findall(value))


def chinese_count(value: str) -> int:
    """Chinese 字數: every non-space character, with each embedded Latin word or number counted once."""
    without_words = _WORD.sub("A", value)
    return sum(1 for ch in without_words if not ch.isspace())


def count(value: str, lang: Lang) -> int:
    """Characters for Chinese, words for English: how each language's length is counted."""
    return chinese_count(value) if lang == "zh-TW" else word_count(value)

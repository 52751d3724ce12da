"""The English number words' alternation as a trie: the same matches, groups and values as the list it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.pairs import figures as figures_module
from releasedesk.pairs.figures import _EN_WORD_NUMBER, _EN_WORD_PERCENT, _EN_WORDS, longest_first
from releasedesk.samples import load_sample, sample_names

LIST = "|".join(sorted(_EN_WORDS, key=len, reverse=True))
"""The alternation before: every word, longest first."""
OLD = [re.compile(pattern.pattern.replace(longest_first(_EN_WORDS), LIST), re.IGNORECASE) for pattern in
       (_EN_WORD_NUMBER, _EN_WORD_PERCENT)]  # fmt: skip
NEW = [_EN_WORD_NUMBER, _EN_WORD_PERCENT]

_PIECES = [*_EN_WORDS, "teen", "ty", "ties", "s", "d", "percent", "per cent", "fold", "-fold", "million", "Thousand",
           "-", " ", "  ", "\n", ".", ",", "1", "9", "ſeven", "A", "HUNDRED", "and", "tend", "often"]  # fmt: skip


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_the_patterns_really_changed() -> None:
    """The comparison below compares two different regular expressions."""
    assert [old.pattern for old in OLD] != [new.pattern for new in NEW]
    assert LIST not in _EN_WORD_NUMBER.pattern


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_trie_finds_exactly_what_the_list_found(text: str) -> None:
    for old, new in zip(OLD, NEW, strict=True):
        assert _matches(new, text) == _matches(old, text)


def test_every_sample_reads_the_same_figures() -> None:
    texts = []
    for name in sample_names():
        release = load_sample(name)
        for lang, content in release.content.items():
            texts += [(lang, content.headline), (lang, content.subheadline), (lang, content.boilerplate)]
            texts += [(lang, "".join(run.text for run in getattr(block, "runs", ()))) for block in content.body]
    assert len(texts) > 30
    for _lang, text in texts:
        for old, new in zip(OLD, NEW, strict=True):
            assert _matches(new, text) == _matches(old, text)
    assert figures_module.figures("twenty-five percent of seventeen thousand", "en")  # still read at all

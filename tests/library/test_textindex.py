"""The search index's rules, and the whole search against brute force: for every 1-, 2- and 3-character query over
a small alphabet, the library returns exactly the releases whose text contains it, on both engines."""

from __future__ import annotations

import itertools
import random
from typing import TYPE_CHECKING

from library.helpers import make_release
from releasedesk.library.newfrom import new_from_release
from releasedesk.library.textindex import parse_query, terms, token_text
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from releasedesk.library.store import Library


def test_terms_are_wide_characters_their_pairs_and_narrow_words() -> None:
    assert terms("綠能，ＥＮＥＲＧＹ 2026年") == {"綠", "能", "綠能", "energy", "2026", "年"}
    assert terms("한국어 カナ") >= {"한국", "국어", "カナ"}  # other wide scripts: substrings too
    assert token_text(["台灣2026年", "Hello, World!"]) == " 台灣 2026 年 hello world "


def test_a_query_is_led_by_an_index_term_or_scans_for_short_words() -> None:
    assert parse_query("綠能產業").lead() == ("綠能", False)
    assert parse_query("綠 green").lead() == ("綠", False)
    assert parse_query("green en").lead() == ("green", True)
    assert parse_query("en").lead() is None  # a two-letter word: scan the newest releases
    assert parse_query("、。 ").empty


def test_new_from_release_clears_number_dates_and_approval() -> None:
    old = make_release("舊稿", "Old", number="N-1", status=Status.APPROVED)
    new = new_from_release(old)
    assert (new.number, new.status, new.embargo_until) == ("", Status.DRAFT, None)
    assert new.issued_at > old.issued_at
    assert new.content == old.content
    assert new.contacts == old.contacts
    assert old.number == "N-1"  # the original is untouched


ALPHABET = "甲乙丙丁戊"


def test_every_short_query_finds_exactly_the_releases_that_contain_it(library: Library) -> None:
    rng = random.Random(14)
    headlines = ["".join(rng.choices(ALPHABET, k=rng.randint(1, 7))) for _ in range(40)]
    ids = {library.releases.add(make_release(text, "")).id: text for text in headlines}
    for length in (1, 2, 3):
        for query in map("".join, itertools.product(ALPHABET, repeat=length)):
            expected = {release_id for release_id, text in ids.items() if query in text}
            found = {summary.id for summary in library.releases.search(query, limit=None)}
            assert found == expected, query

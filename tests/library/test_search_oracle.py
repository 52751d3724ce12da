"""Search on a generated library equals a plain reading of every release's text, on both engines.

The corpus is built to hit what the PostgreSQL posting walk (library.postings) has to get right: a word in every
release (the agency's "digital"), prefixes shared by several words ("dig", "re") or by too many to walk ("s"), Chinese
pairs each common but rare together, several lists at once, a language filter, other filters, and page limits that
stop the walk early.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from library.helpers import make_release
from releasedesk.library.bulk import import_releases
from releasedesk.library.store import Library
from releasedesk.library.textindex import parse_query
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from collections.abc import Iterator

ZH_WORDS = ["海底", "電纜", "寬頻", "偏鄉", "數位", "韌性", "標準", "網路", "學校", "離島", "電腦", "量子"]
EN_WORDS = ["digest", "digit", "digging", "cable", "cables", "submarine", "rural", "resilience", "research"]
EN_WORDS += ["report", "remote", "quantum", "broadband", "school", "island", "standard"]
EN_WORDS += [f"s{letter}{letter}" for letter in "abcdefghijklmnopqrst"]  # "s" starts more words than are walked
QUERIES = ["海", "海底", "海底電", "海底電纜", "底電", "電纜 海底", "數位標準", "量子電腦", "腦量", "島學校", "網"]
QUERIES += ["d", "di", "dig", "digi", "digit", "digital", "re", "res", "rese", "cable", "cables", "submarine cab"]
QUERIES += ["sub cab", "quantum 電腦", "digital 海底電纜", "ministry lin", "zzz", "海底 zzz", "r", "x 網"]
QUERIES += ["dig re", "cab re sub", "s", "s 海底", "s dig", "sa", "st"]
# more lists than PostgreSQL joins: the rest are checked on the text
QUERIES += ["海底電纜寬頻偏鄉數位", "海底 電纜 寬頻 偏鄉 數位 dig", "網 數 dig 位 電 cab 海"]
COUNT = 240


def _corpus() -> list[tuple[object, str]]:
    rng = random.Random(5)
    made = []
    for number in range(COUNT):
        zh = "".join(rng.choices(ZH_WORDS, k=rng.randint(1, 6)))
        en = " ".join(rng.choices(EN_WORDS, k=rng.randint(1, 6)))
        status = rng.choice(list(Status))
        made.append((make_release(zh, en if number % 7 else "", number=f"N-{number}", status=status), "amy"))
    return made


@pytest.fixture(scope="module")
def generated(module_library_url: str) -> Iterator[Library]:
    with Library(module_library_url) as library:
        import_releases(library, _corpus())  # type: ignore[arg-type]
        yield library


def _expected(library: Library, query: str, lang: str | None, status: Status | None, limit: int | None) -> list[int]:
    """Every release whose text has every part of the query (Chinese by substring, words by prefix), newest first."""
    from sqlalchemy import select

    from releasedesk.library.schema import releases

    with library.engine.connect() as connection:
        rows = connection.execute(
            select(releases.c.id, releases.c.search_zh, releases.c.search_en, releases.c.status)
        ).all()
    checks = parse_query(query).checks()
    matching = []
    for row in rows:
        texts = {"zh-TW": [row.search_zh], "en": [row.search_en], None: [row.search_zh, row.search_en]}[lang]
        if status is not None and row.status != status.value:
            continue
        if all(any(check in text for text in texts) for check in checks):
            matching.append(int(row.id))
    matching.sort(reverse=True)
    return matching if limit is None else matching[:limit]


CASES = [(None, None, 50), (None, None, None), (None, None, 3), ("en", None, 50), ("zh-TW", Status.APPROVED, 50)]
CASES += [(None, Status.DRAFT, 4)]


@pytest.mark.parametrize("query", QUERIES)
def test_search_equals_reading_every_release(generated: Library, query: str) -> None:
    for lang, status, limit in CASES:
        got = [s.id for s in generated.releases.search(query, lang=lang, status=status, limit=limit)]  # type: ignore[arg-type]
        assert got == _expected(generated, query, lang, status, limit), (query, lang, status, limit)

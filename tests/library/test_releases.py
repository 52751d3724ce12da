"""The release library on both engines: round trips, versions, search that returns exactly the expected releases,
filters, and optimistic concurrency that loses nobody's edit."""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING

import pytest

from library.helpers import make_release
from releasedesk.fileformat import dumps
from releasedesk.library.errors import LibraryConflict
from releasedesk.library.store import Library
from releasedesk.model.release import Status
from releasedesk.model.richtext import Paragraph, text

if TYPE_CHECKING:
    from collections.abc import Iterator

CORPUS = {
    "green": make_release("經濟部推動綠能產業", "Ministry promotes green energy industry", number="MODS-2026-0301-01"),
    "finance": make_release("台灣綠色金融論壇", "Taiwan green finance forum", status=Status.APPROVED, day=(2026, 4, 2)),
    "paper": make_release(
        "能源轉型白皮書發布",
        "Energy transition white paper released",
        en_body="Based on research by the institute.",
        unit=("能源署", "Trade Office"),
        day=(2025, 12, 30),
    ),
    "expo": make_release("部長出席綠能展", "Minister attends renewable expo", zh_body="展出綠能新技術。"),
    "near": make_release("綠能發展，節能產業", "", status=Status.IN_REVIEW),
    "english": make_release("", "Sea-level report", en_body="Coastal monitoring"),
}


@pytest.fixture(scope="module")
def corpus(module_library_url: str) -> Iterator[Library]:
    """The corpus, stored once per engine for the read-only search tests."""
    with Library(module_library_url) as library:
        added = [library.releases.add(release, author=f"{key}-author").id for key, release in CORPUS.items()]
        assert added == list(range(1, len(CORPUS) + 1))
        yield library


@pytest.fixture
def ids(library: Library) -> dict[str, int]:
    added = {key: library.releases.add(release, author=f"{key}-author").id for key, release in CORPUS.items()}
    assert list(added.values()) == list(range(1, len(CORPUS) + 1))
    return added


def found(library: Library, query: str, **filters: object) -> set[str]:
    """The corpus keys of what a search returns (ids are looked up in the `ids` fixture's order: 1…6 per database)."""
    keys = {index + 1: key for index, key in enumerate(CORPUS)}
    results = [summary.id for summary in library.releases.search(query, **filters)]  # type: ignore[arg-type]
    assert len(results) == len(set(results))
    return {keys[release_id] for release_id in results}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("綠", {"green", "finance", "expo", "near"}),  # one character
        ("綠能", {"green", "expo", "near"}),  # two: one indexed pair
        ("綠能產", {"green"}),  # three: "near" has both pairs 綠能 and 能產 but not the substring
        ("能源", {"paper"}),
        ("能源署", {"paper"}),  # unit names are searchable
        ("新技術", {"expo"}),  # body text
        ("energy", {"green", "paper"}),
        ("ener", {"green", "paper"}),  # word prefix
        ("ＥＮＥＲＧＹ", {"green", "paper"}),  # full-width and capitals fold
        ("green en", {"green"}),  # every word must match
        ("sea", {"english"}),  # a word start, not "research"
        ("resea", {"paper"}),
        ("mods-2026", {"green"}),  # the release number, by its parts
        ("綠能 minister", {"expo"}),  # Chinese and English together
        ("林怡君", set(CORPUS)),  # contact names
        ("部長", {"expo"}),  # the boilerplate ("部長說明") is not indexed
        ("綠能展覽", set()),
        ("", set(CORPUS)),
        ("、。", set(CORPUS)),  # punctuation alone asks nothing
    ],
)
def test_search_returns_exactly_the_expected_releases(corpus: Library, query: str, expected: set[str]) -> None:
    assert found(corpus, query) == expected


def test_language_and_metadata_filters(corpus: Library) -> None:
    library = corpus
    assert found(library, "綠", lang="en") == set()
    assert found(library, "綠", lang="zh-TW") == {"green", "finance", "expo", "near"}
    assert found(library, "green", lang="en") == {"green", "finance"}
    assert found(library, "green", lang="zh-TW") == set()
    assert found(library, "綠", status=Status.APPROVED) == {"finance"}
    assert found(library, "", status="in_review") == {"near"}
    assert found(library, "", date_from=date(2026, 4, 1)) == {"finance"}
    assert found(library, "", date_to=date(2025, 12, 31)) == {"paper"}
    assert found(library, "", unit="能源署") == {"paper"}
    assert found(library, "", unit="Trade Office") == {"paper"}
    assert found(library, "energy", author="green-author") == {"green"}


def test_results_are_newest_first_and_limited(library: Library, ids: dict[str, int]) -> None:
    results = library.releases.search("綠", limit=2)
    assert [summary.id for summary in results] == [ids["near"], ids["expo"]]


def test_a_stored_release_comes_back_byte_for_byte_with_its_metadata(library: Library, ids: dict[str, int]) -> None:
    stored = library.releases.get(ids["finance"])
    assert stored is not None
    assert stored.release == CORPUS["finance"]
    assert library.releases.document(ids["finance"]) == dumps(CORPUS["finance"])
    assert stored.summary.status == "approved"
    assert stored.summary.issued_on == date(2026, 4, 2)
    assert stored.summary.languages == "zh-TW,en"
    assert stored.summary.author == "finance-author"
    assert library.releases.get(999999) is None


def test_every_save_is_a_version_and_the_index_follows_the_text(library: Library, ids: dict[str, int]) -> None:
    stored = library.releases.get(ids["green"])
    assert stored is not None
    edited = stored.release
    edited.content["zh-TW"].headline = "經濟部推動離岸風電"
    saved = library.releases.save(ids["green"], edited, expected_version=1, author="editor")
    assert saved.version == 2
    assert found(library, "風電") == {"green"}
    assert "green" not in found(library, "綠能產")
    assert [(v.version, v.author) for v in library.releases.versions(ids["green"])] == [
        (1, "green-author"),
        (2, "editor"),
    ]
    assert library.releases.document(ids["green"], 1) == dumps(CORPUS["green"])


def test_a_conflicting_save_is_refused_and_nothing_is_overwritten(library_url: str, ids: dict[str, int]) -> None:
    with Library(library_url) as alice, Library(library_url) as bob:
        mine = alice.releases.get(ids["expo"])
        theirs = bob.releases.get(ids["expo"])
        assert mine is not None
        assert theirs is not None
        mine.release.content["en"].headline = "Alice's headline"
        theirs.release.content["en"].subheadline = "Bob's subheadline"
        alice.releases.save(ids["expo"], mine.release, expected_version=1, author="alice")
        with pytest.raises(LibraryConflict, match="saved by alice"):
            bob.releases.save(ids["expo"], theirs.release, expected_version=1, author="bob")
        current = bob.releases.get(ids["expo"])
        assert current is not None
        assert current.release.content["en"].headline == "Alice's headline"
        current.release.content["en"].subheadline = "Bob's subheadline"  # Bob reapplies his edit on the new version
        bob.releases.save(ids["expo"], current.release, expected_version=current.summary.version, author="bob")
    with Library(library_url) as check:
        final = check.releases.get(ids["expo"])
        assert final is not None
        assert (final.release.content["en"].headline, final.release.content["en"].subheadline) == (
            "Alice's headline",
            "Bob's subheadline",
        )


def test_concurrent_editors_lose_nothing(library_url: str, ids: dict[str, int]) -> None:
    """Four clients (own connections) each add five paragraphs to one release, retrying on conflict."""
    release_id = ids["paper"]
    errors: list[BaseException] = []
    conflicts = [0]

    def editor(name: str) -> None:
        try:
            with Library(library_url) as client:
                for n in range(5):
                    while True:
                        stored = client.releases.get(release_id)
                        assert stored is not None
                        stored.release.content["en"].body.append(Paragraph((text(f"{name}-{n}"),)))
                        try:
                            client.releases.save(
                                release_id, stored.release, expected_version=stored.summary.version, author=name
                            )
                            break
                        except LibraryConflict:
                            conflicts[0] += 1
        except BaseException as error:  # reported below: an assertion in a thread would vanish
            errors.append(error)

    threads = [threading.Thread(target=editor, args=(f"e{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    with Library(library_url) as check:
        final = check.releases.get(release_id)
        assert final is not None
        paragraphs = [block.runs[0].text for block in final.release.content["en"].body if isinstance(block, Paragraph)]
        assert sorted(p for p in paragraphs if p.startswith("e")) == sorted(
            f"e{i}-{n}" for i in range(4) for n in range(5)
        )
        assert final.summary.version == 21
        assert [v.version for v in check.releases.versions(release_id)] == list(range(1, 22))


def test_delete_takes_versions_and_terms_with_it(library: Library, ids: dict[str, int]) -> None:
    library.releases.delete(ids["paper"])
    assert library.releases.get(ids["paper"]) is None
    assert found(library, "能源") == set()
    assert library.releases.versions(ids["paper"]) == []


def test_change_token_moves_when_a_colleague_saves(library_url: str, ids: dict[str, int]) -> None:
    with Library(library_url) as watcher, Library(library_url) as colleague:
        before = watcher.change_token()
        colleague.releases.add(CORPUS["near"], author="colleague")
        assert watcher.change_token() != before


def test_the_index_holds_exactly_the_terms_of_the_current_texts(library: Library, ids: dict[str, int]) -> None:
    """Saves and deletes remove the old terms (found again from the stored texts): nothing stale is left behind."""
    from sqlalchemy import func, select

    from releasedesk.library.releases import searchable_texts
    from releasedesk.library.schema import release_terms
    from releasedesk.library.textindex import EN, ZH, index_terms, token_text

    stored = library.releases.get(ids["expo"])
    assert stored is not None
    stored.release.content["zh-TW"].body = [Paragraph((text("全新的內容，完全不同"),))]
    library.releases.save(ids["expo"], stored.release, expected_version=1)
    library.releases.delete(ids["near"])
    expected = 0
    for key in CORPUS:
        current = library.releases.get(ids[key])
        if current is not None:
            texts = searchable_texts(current.release)
            expected += len(index_terms({ZH: token_text(texts[ZH]), EN: token_text(texts[EN])}))
    with library.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(release_terms)).scalar_one() == expected
    assert found(library, "展出") == set()
    assert found(library, "完全") == {"expo"}

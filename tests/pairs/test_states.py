"""Pair states and their transitions: confirm, change, revert, minor edit, missing and unpaired, both directions."""

from __future__ import annotations

import dataclasses

from releasedesk.model import LanguageContent, Paragraph, Release
from releasedesk.model.richtext import Block, text
from releasedesk.pairs.model import BodyPair, Pairs
from releasedesk.pairs.states import State, confirm_all, mark_in_sync, mark_minor, pair_statuses, summary
from releasedesk.pairs.tracking import start_tracking


def _release(zh: list[str], en: list[str]) -> Release:
    release = Release(
        content={
            "zh-TW": LanguageContent(headline="標題", body=[Paragraph((text(t),)) for t in zh]),
            "en": LanguageContent(headline="Headline", body=[Paragraph((text(t),)) for t in en]),
        }
    )
    assert start_tracking(release)
    return release


def _set(release: Release, lang: str, index: int, value: str) -> None:
    body: list[Block] = release.content[lang].body  # type: ignore[index]
    body[index] = dataclasses.replace(body[index], runs=(text(value),) if value else ())


def _body(release: Release) -> list:
    return [s for s in pair_statuses(release) if s.is_body]


def test_a_new_pair_is_unconfirmed_until_marked_in_sync() -> None:
    release = _release(["甲", "乙"], ["A", "B"])
    assert {s.state for s in pair_statuses(release)} == {State.UNCONFIRMED}
    assert confirm_all(release) == 3  # headline + two body pairs
    assert {s.state for s in pair_statuses(release)} == {State.IN_SYNC}


def test_a_change_on_either_side_is_out_of_date_and_names_that_side() -> None:
    release = _release(["甲", "乙"], ["A", "B"])
    confirm_all(release)
    _set(release, "zh-TW", 0, "甲甲")
    _set(release, "en", 1, "B, revised")
    first, second = _body(release)
    assert (first.state, first.changed, first.needing_lang) == (State.OUT_OF_DATE, ("zh-TW",), "en")
    assert (second.state, second.changed, second.needing_lang) == (State.OUT_OF_DATE, ("en",), "zh-TW")
    assert first.confirmed is not None
    assert first.confirmed.zh == "甲"


def test_reverting_clears_the_flag_by_itself() -> None:
    release = _release(["甲"], ["A"])
    confirm_all(release)
    _set(release, "zh-TW", 0, "甲乙")
    assert _body(release)[0].state == State.OUT_OF_DATE
    _set(release, "zh-TW", 0, "甲")
    assert _body(release)[0].state == State.IN_SYNC


def test_whitespace_only_changes_are_no_change() -> None:
    release = _release(["甲"], ["A short line"])
    confirm_all(release)
    _set(release, "en", 0, "A  short\nline ")
    assert _body(release)[0].state == State.IN_SYNC


def test_minor_edit_holds_until_the_text_changes_again() -> None:
    release = _release(["甲"], ["A"])
    confirm_all(release)
    _set(release, "zh-TW", 0, "甲。")
    assert mark_minor(release, _body(release)[0])
    status = _body(release)[0]
    assert (status.state, status.changed) == (State.MINOR_EDIT, ("zh-TW",))
    assert not status.needs_work
    _set(release, "zh-TW", 0, "甲。乙")
    assert _body(release)[0].state == State.OUT_OF_DATE
    _set(release, "zh-TW", 0, "甲")  # back to the confirmed text: in sync, whatever was minor
    assert _body(release)[0].state == State.IN_SYNC


def test_minor_edit_is_refused_for_a_pair_in_sync() -> None:
    release = _release(["甲"], ["A"])
    confirm_all(release)
    assert not mark_minor(release, _body(release)[0])


def test_mark_in_sync_confirms_the_new_texts() -> None:
    release = _release(["甲"], ["A"])
    confirm_all(release)
    _set(release, "zh-TW", 0, "甲乙")
    assert mark_in_sync(release, _body(release)[0])
    status = _body(release)[0]
    assert status.state == State.IN_SYNC
    assert status.confirmed is not None
    assert status.confirmed.zh == "甲乙"


def test_an_empty_side_is_missing_and_cannot_be_marked_in_sync() -> None:
    release = _release(["甲"], [""])
    status = _body(release)[0]
    assert (status.state, status.empty) == (State.MISSING, ("en",))
    assert not mark_in_sync(release, status)


def test_blocks_without_a_partner_are_unpaired_in_reading_order() -> None:
    release = _release(["甲", "乙"], ["A", "B"])
    confirm_all(release)
    release.content["en"].body.insert(1, Paragraph((text("New"),), "x1"))
    release.content["zh-TW"].body.append(Paragraph((text("丙"),), "z9"))
    body = _body(release)
    assert [(s.state, s.zh_number, s.en_number) for s in body] == [
        (State.IN_SYNC, 1, 1),
        (State.UNPAIRED, 0, 2),
        (State.IN_SYNC, 2, 3),
        (State.UNPAIRED, 3, 0),
    ]
    assert body[1].needing_lang == "zh-TW"
    assert body[3].needing_lang == "en"
    assert summary(body)[State.UNPAIRED] == 2


def test_a_pair_whose_block_is_gone_leaves_its_partner_unpaired() -> None:
    release = _release(["甲", "乙"], ["A", "B"])
    del release.content["zh-TW"].body[0]
    states = [(s.state, s.en_number) for s in _body(release)]
    assert (State.UNPAIRED, 1) in states


def test_bodies_of_different_shape_stay_unpaired() -> None:
    from releasedesk.model import Heading

    release = Release(
        content={
            "zh-TW": LanguageContent(body=[Heading(1, (text("一"),)), Paragraph((text("甲"),))]),
            "en": LanguageContent(body=[Paragraph((text("A"),))]),
        }
    )
    assert not start_tracking(release)
    assert release.pairs == Pairs()
    assert {s.state for s in pair_statuses(release)} == {State.UNPAIRED}
    assert all(block.id for content in release.content.values() for block in content.body)


def test_a_one_language_release_or_untracked_release_has_no_pairs() -> None:
    release = Release(content={"en": LanguageContent(body=[Paragraph((text("A"),))])})
    start_tracking(release)
    assert pair_statuses(release) == []
    untracked = Release(content={"zh-TW": LanguageContent(headline="甲"), "en": LanguageContent(headline="A")})
    assert pair_statuses(untracked) == []


def test_alt_texts_pair_by_image() -> None:
    from releasedesk.model import Figure, Image
    from releasedesk.model.release import Bilingual

    release = Release(
        content={
            "zh-TW": LanguageContent(body=[Figure("img")]),
            "en": LanguageContent(body=[Figure("img")]),
        },
        images=[Image("img", "image/png", b"", Bilingual("圖", "Chart"))],
        pairs=Pairs(body=[]),
    )
    start_tracking(release)
    release.pairs.body.append(BodyPair(release.content["zh-TW"].body[0].id, release.content["en"].body[0].id))
    keys = {s.key: s.state for s in pair_statuses(release)}
    assert keys["alt:img"] == State.UNCONFIRMED
    confirm_all(release)
    release.images[0].alt.en = "Bar chart"
    assert {s.key: s.state for s in pair_statuses(release)}["alt:img"] == State.OUT_OF_DATE

"""Compare shows exactly the changed text: word by word in English, character by character in Chinese."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from releasedesk.approval.canonical import canonical_content
from releasedesk.approval.compare import compare, inline_diff
from releasedesk.model.richtext import Paragraph, text

if TYPE_CHECKING:
    from releasedesk.model.release import Release


def test_english_is_compared_word_by_word() -> None:
    assert inline_diff("Fares rise 5% in May", "Fares rise 50% in June", "en") == (
        ("=", "Fares rise "),
        ("-", "5"),
        ("+", "50"),
        ("=", "% in "),
        ("-", "May"),
        ("+", "June"),
    )


def test_chinese_is_compared_character_by_character() -> None:
    assert inline_diff("票價調漲百分之五", "票價調漲百分之五十", "zh-TW") == (("=", "票價調漲百分之五"), ("+", "十"))
    assert inline_diff("數位服務部今日宣布", "數位發展部今日宣布", "zh-TW") == (
        ("=", "數位"),
        ("-", "服務"),
        ("+", "發展"),
        ("=", "部今日宣布"),
    )


def test_identical_content_has_no_changes(draft: Release) -> None:
    assert compare(canonical_content(draft), canonical_content(draft)) == []


def test_changes_in_both_languages_are_named_and_exact(draft: Release) -> None:
    before = canonical_content(draft)
    en_body, zh_body = draft.content["en"].body, draft.content["zh-TW"].body
    first_en = en_body[0]
    assert isinstance(first_en, Paragraph)
    en_text = "".join(run.text for run in first_en.runs)
    en_body[0] = Paragraph((text(en_text.replace("Ministry", "Agency", 1)),))
    zh_body.insert(1, Paragraph((text("票價調漲百分之五十。"),)))
    draft.agency = replace(draft.agency, zh="數位發展部")
    draft.content["en"].headline += " Today"
    changes = {change.place: change for change in compare(before, canonical_content(draft))}

    agency = changes["agency (zh-TW)"]
    assert (agency.deleted, agency.inserted) == ("服務", "發展")
    headline = changes["headline (en)"]
    assert (headline.deleted, headline.inserted) == ("", " Today")
    body = changes["body (en) block 1"]
    assert (body.deleted, body.inserted) == ("Ministry", "Agency")
    assert body.marked().count("[-Ministry-]{+Agency+}") == 1
    inserted = changes["body (zh-TW) block 2 (inserted)"]
    assert inserted.inserted == "票價調漲百分之五十。"
    assert set(changes) == {"agency (zh-TW)", "headline (en)", "body (en) block 1", "body (zh-TW) block 2 (inserted)"}


def test_contacts_images_and_formatting_are_reported(draft: Release) -> None:
    before = canonical_content(draft)
    draft.contacts[0].email = "new@example.org"
    del draft.content["en"].body[-1]
    image = draft.images[1]
    draft.images[1] = replace(image, data=image.data + b"x")
    places = [change.place for change in compare(before, canonical_content(draft))]
    assert "contact (en) 1" in places
    assert "contact (zh-TW) 1" in places
    assert any(place.startswith("body (en) block") and place.endswith("(deleted)") for place in places)
    assert "image pilot-chart" in places

"""English spelling: US or UK dictionary, what is never flagged, the office word list."""

from __future__ import annotations

import pytest

from releasedesk.checks.spelling import Speller, SpellingUnavailable


def words(speller: Speller, text: str) -> list[str]:
    return [finding.text for finding in speller.check(text)]


def test_us_and_uk_follow_the_office_setting() -> None:
    text = "The color of the theatre."
    assert words(Speller("en_US"), text) == ["theatre"]
    assert words(Speller("en_GB"), text) == ["color"]


def test_urls_mail_acronyms_and_words_with_digits_are_not_checked() -> None:
    speller = Speller()
    text = "See https://xyzzy.example/qwrty, mail qwrty@xyzzy.example, QWRTY and Q3 of COVID-19 at xyzzy.gov.tw."
    assert words(speller, text) == []


def test_hyphenated_words_report_only_the_wrong_part() -> None:
    speller = Speller()
    text = "A well-knwon anti-fraud line."
    found = speller.check(text)
    assert [(f.text, text[f.start : f.end]) for f in found] == [("knwon", "knwon")]


def test_office_words_and_glossary_names_are_accepted() -> None:
    speller = Speller(words=["Qwrtyland"], names=["Zxcvb Administration"])
    assert words(speller, "Qwrtyland and the Zxcvb Administration, not Asdfg.") == ["Asdfg"]
    speller.accept("Asdfg")
    assert words(speller, "Asdfg") == []
    speller.forget("Asdfg")
    assert words(speller, "Asdfg") == ["Asdfg"]


def test_suggestions_on_request() -> None:
    (finding,) = Speller().check("We recieve", suggest=True)
    assert finding.suggestions[0] == "receive"
    assert finding.message == "spelling: recieve → receive?"


def test_unknown_variant_is_one_clear_error() -> None:
    with pytest.raises(SpellingUnavailable, match="unknown English variant"):
        Speller("en_XX")

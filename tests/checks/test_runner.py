"""The checker: a dictionary prepared on a background thread gives the same findings as one built on first use."""

from __future__ import annotations

import threading

from releasedesk.checks.runner import Checker, CheckSettings


def test_a_prepared_checker_finds_what_a_lazy_one_finds() -> None:
    text = "The programme sarts in 2027 with a well-knwon partner."
    prepared = Checker(CheckSettings(english="en_GB"))
    prepared.prepare()
    prepared.prepare()  # a second call while the first load runs is harmless
    lazy = Checker(CheckSettings(english="en_GB"))
    assert [f.text for f in prepared.check_text(text, "en")] == ["sarts", "knwon"]
    assert prepared.check_text(text, "en") == lazy.check_text(text, "en")
    assert prepared.speller is not None
    assert prepared.speller.variant == "en_GB"


def test_prepare_starts_nothing_when_spelling_is_off() -> None:
    before = threading.active_count()
    checker = Checker(CheckSettings(enabled=frozenset({"style"})))
    checker.prepare()
    assert threading.active_count() == before
    assert checker.speller is None

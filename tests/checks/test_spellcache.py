"""Remembered spelling verdicts: the same findings as the dictionary's, without loading it when every word is known."""

from __future__ import annotations

import marshal
import threading
from typing import TYPE_CHECKING

from releasedesk.checks import spellcache
from releasedesk.checks.runner import Checker, CheckSettings
from releasedesk.checks.spelling import Speller
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "The programme sarts in 2027 with a well-knwon partner and the Ministry of Digital Affairs."


def _findings(speller: Speller) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.text) for f in speller.check(TEXT)]


def test_remembered_verdicts_give_the_dictionarys_findings_without_loading_it() -> None:
    plain = Speller("en_GB")
    first = Speller("en_GB", verdicts=spellcache.Verdicts("en_GB"))
    assert first.needs_dictionary(TEXT)
    assert _findings(first) == _findings(plain) == [(14, 19, "sarts"), (40, 45, "knwon")]
    assert first.loaded
    first.remember()
    second = Speller("en_GB", verdicts=spellcache.Verdicts("en_GB"))
    assert not second.needs_dictionary(TEXT)
    assert _findings(second) == _findings(plain)
    assert not second.loaded  # every word had a verdict
    assert second.needs_dictionary(TEXT + " Anothr wrd.")  # new words still go to the dictionary
    assert [f.text for f in second.check("Anothr wrd.")] == ["Anothr", "wrd"]
    assert second.loaded


def test_verdicts_are_per_variant() -> None:
    us = Speller("en_US", verdicts=spellcache.Verdicts("en_US"))
    assert [f.text for f in us.check("The colour of the theatre.")] == ["colour", "theatre"]
    us.remember()
    gb = Speller("en_GB", verdicts=spellcache.Verdicts("en_GB"))
    assert gb.needs_dictionary("The colour of the theatre.")
    assert gb.check("The colour of the theatre.") == []


def test_a_changed_personal_word_list_folder_forgets_every_verdict(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    speller = Speller("en_US", verdicts=spellcache.Verdicts("en_US"))
    speller.check(TEXT)
    speller.remember()
    assert not Speller("en_US", verdicts=spellcache.Verdicts("en_US")).needs_dictionary(TEXT)
    (tmp_path / "config" / "enchant").mkdir(parents=True)
    (tmp_path / "config" / "enchant" / "en_US.dic").write_text("sarts\n", encoding="utf-8")  # enchant's own list
    assert Speller("en_US", verdicts=spellcache.Verdicts("en_US")).needs_dictionary(TEXT)


def test_a_damaged_or_foreign_verdict_file_is_ignored() -> None:
    speller = Speller("en_US", verdicts=spellcache.Verdicts("en_US"))
    speller.check(TEXT)
    speller.remember()
    (stored,) = spellcache.usercache.cache_root().glob("spelling/*")
    for content in (b"", b"\x00garbage", marshal.dumps((spellcache.CACHE_VERSION, {"sarts": "yes", "knwon": 1}))):
        stored.write_bytes(content)
        again = Speller("en_US", verdicts=spellcache.Verdicts("en_US"))
        assert again.needs_dictionary(TEXT)
        assert [f.text for f in again.check(TEXT)] == ["programme", "sarts", "knwon"]  # US spelling


def test_a_checker_that_remembers_loads_nothing_the_second_time() -> None:
    release = load_sample("announcement")
    first = Checker(CheckSettings())
    first.prepare([release], remember=True)
    found = first.check_release(release)
    first.remember_verdicts()
    before = threading.active_count()
    second = Checker(CheckSettings())
    second.prepare([release], remember=True)
    assert threading.active_count() == before  # no dictionary thread: every English word has a verdict
    assert second.check_release(release) == found
    assert second.speller is not None
    assert not second.speller.loaded

"""Every check against the written test set: each planted problem is found, and nothing else is."""

from __future__ import annotations

import pytest

from checks.cases import GLOSSARY, KNOWN_MISSES, PASSES, PROBLEMS
from releasedesk.checks.glossary import Glossary
from releasedesk.checks.runner import Checker, CheckSettings
from releasedesk.model.richtext import Paragraph, text
from releasedesk.samples import load_sample, sample_names


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(CheckSettings(), Glossary(GLOSSARY))


@pytest.mark.parametrize(("lang", "text", "expected"), PROBLEMS, ids=[text for _, text, _ in PROBLEMS])
def test_each_planted_problem_is_found_and_nothing_else(checker: Checker, lang: str, text: str, expected) -> None:
    found = {(finding.code, finding.text) for finding in checker.check_text(text, lang)}
    assert found == expected


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[text for _, text in PASSES])
def test_sentences_that_must_pass_report_nothing(checker: Checker, lang: str, text: str) -> None:
    assert checker.check_text(text, lang) == []


@pytest.mark.parametrize("name", sample_names())
def test_bundled_samples_report_nothing(checker: Checker, name: str) -> None:
    assert [finding.line() for finding in checker.check_release(load_sample(name))] == []


def test_spans_and_suggestions_point_at_the_problem(checker: Checker) -> None:
    text = "本部今日发布新措施，，請用鼠標。"
    findings = {finding.code: finding for finding in checker.check_text(text, "zh-TW")}
    assert text[findings["simplified"].start : findings["simplified"].end] == "发"
    assert findings["simplified"].suggestions == ("發",)
    assert findings["doubled-punctuation"].suggestions == ("，",)
    assert findings["mainland-term"].suggestions == ("滑鼠",)


def test_simplified_suggestion_follows_the_phrase(checker: Checker) -> None:
    hair = [f.suggestions for f in checker.check_text("她的头发很长", "zh-TW") if f.text == "发"]
    growth = [f.suggestions for f in checker.check_text("经济发展", "zh-TW") if f.text == "发"]
    assert hair == [("髮",)]
    assert growth == [("發",)]


def test_switched_off_checks_report_nothing() -> None:
    text = "台灣的軟件发布於二〇二六年。"
    only_tai = Checker(CheckSettings(enabled=frozenset({"tai"})))
    assert {f.code for f in only_tai.check_text(text, "zh-TW")} == {"tai-form"}
    assert Checker(CheckSettings(enabled=frozenset())).check_text(text, "zh-TW") == []


def test_tai_follows_the_office_setting() -> None:
    text = "臺灣與台灣"
    assert [f.start for f in Checker(CheckSettings(tai="臺")).check_text(text, "zh-TW")] == [3]
    assert [f.start for f in Checker(CheckSettings(tai="台")).check_text(text, "zh-TW")] == [0]
    assert Checker(CheckSettings(tai="")).check_text(text, "zh-TW") == []


def test_glossary_terms_keep_their_own_tai_form() -> None:
    glossary = Glossary([*GLOSSARY, GLOSSARY[0].__class__("台灣電力公司", "Taiwan Power Company")])
    assert Checker(CheckSettings(), glossary).check_text("台灣電力公司表示", "zh-TW") == []


def test_glossary_missing_english_is_reported_at_the_chinese_term(checker: Checker) -> None:
    found = checker.glossary_missing(
        ["本部與行政院合作。", "行政院再次說明。"], ["The ministry worked with the Cabinet."]
    )
    assert [(index, f.code, f.text, f.suggestions) for index, f in found] == [
        (0, "glossary-missing", "行政院", ("Executive Yuan",))
    ]
    assert checker.glossary_missing(["行政院"], ["The Executive Yuan approved it."]) == []
    assert checker.glossary_missing(["行政院"], [""]) == []  # nothing translated yet: nothing to compare


def test_release_findings_are_placed_and_worded_for_the_command_line(checker: Checker) -> None:
    release = load_sample("announcement")
    release.content["zh-TW"].body[2] = Paragraph((text("本部今日发布行政院的新措施。"),))
    lines = [finding.line() for finding in checker.check_release(release)]
    assert lines == [
        "zh-TW body ¶3: simplified character 发 → 發",
        "zh-TW body ¶3: glossary: 行政院 is used but the English lacks 'Executive Yuan'",
    ]


@pytest.mark.parametrize(("lang", "text", "expected"), KNOWN_MISSES, ids=[text for _, text, _ in KNOWN_MISSES])
def test_known_misses_are_still_missed(checker: Checker, lang: str, text: str, expected) -> None:
    """The documented limits (docs/writing-checks.md): if one starts being found, move it to PROBLEMS."""
    found = {(finding.code, finding.text) for finding in checker.check_text(text, lang)}
    assert not found & expected

"""Chinese numerals → Arabic, as the Executive Yuan's rule suggests for dates and figures."""

from __future__ import annotations

import pytest

from releasedesk.checks.numerals import chinese_number, numeral_suggestions


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("二〇二六", 2026),
        ("十五", 15),
        ("一百一十五", 115),
        ("一萬八千", 18000),
        ("兩千", 2000),
        ("三億五千萬", 350000000),
    ],
)
def test_chinese_number(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("十二月二十五日", "12月25日"),
        ("民國一百一十五年", "115"),
        ("預算三億五千萬元", "350,000,000"),
        ("百分之三點五", "3.5%"),
    ],
)
def test_suggestions(text: str, suggestion: str) -> None:
    (finding,) = numeral_suggestions(text)
    assert finding.suggestions == (suggestion,)
    assert finding.gentle


@pytest.mark.parametrize("text", ["第一線", "一律", "三讀通過", "十分重要", "三四十人", "數十萬人", "一年一度"])
def test_set_phrases_and_approximations_stay(text: str) -> None:
    assert numeral_suggestions(text) == []

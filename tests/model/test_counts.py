from __future__ import annotations

import pytest

from releasedesk.model.counts import chinese_count, count, word_count


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("", 0),
        ("The ministry announced a plan.", 5),
        ("Don't re-use e-mail addresses; GDP grew 3.5 percent.", 8),
        ("  spaced   out\nlines\t", 3),
        ("Café résumé naïve", 3),
        ("經濟部 announced", 1),
    ],
)
def test_english_words(value: str, words: int) -> None:
    assert word_count(value) == words


@pytest.mark.parametrize(
    ("value", "characters"),
    [
        ("", 0),
        ("經濟部今日宣布。", 8),
        ("「數位」服務", 6),
        ("共有 AI 與 5G 兩項", 7),  # 共有 + AI + 與 + 5G + 兩項
        ("2026年", 2),
        (" 中 文 ", 2),
    ],
)
def test_chinese_characters(value: str, characters: int) -> None:
    assert chinese_count(value) == characters


def test_count_by_language() -> None:
    assert count("部長 said hello", "en") == 2
    assert count("部長 said hello", "zh-TW") == 4

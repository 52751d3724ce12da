"""What changed since confirmation: Chinese by character, numbers and words whole."""

from __future__ import annotations

from releasedesk.pairs.diff import Piece, as_text, changed_excerpt, diff


def test_a_changed_figure_is_one_piece() -> None:
    assert diff("支出39.7億元", "支出40.2億元") == [
        Piece("equal", "支出"),
        Piece("delete", "39.7"),
        Piece("insert", "40.2"),
        Piece("equal", "億元"),
    ]


def test_english_words_and_the_command_line_form() -> None:
    assert as_text(diff("rose to 358 megabits", "rose to 362 megabits")) == "rose to [-358-]{+362+} megabits"


def test_the_excerpt_starts_near_the_change() -> None:
    old = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯"
    new = old.replace("子", "午")
    assert changed_excerpt(old, new) == "…丙丁戊己庚辛壬癸午丑寅卯"  # eight characters of context
    assert changed_excerpt("", "new text") == "new text"

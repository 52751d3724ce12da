"""No line of the plain text is wider than 72 display columns, counting everything in it: the spaces at a wrap
(U+3000 takes two columns, a no-break space one) and the continuation space (format=flowed). A text file has no margin
for spaces to hang in, as the PDF's paragraphs do (export/pdf/textflow.py, `hang_room`)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from export.readers.text import comparable, read_units_from_text
from export.readers.units import plan_units
from releasedesk.export.plan import plan_release
from releasedesk.export.text import render_text
from releasedesk.export.text.wrap import columns, wrap
from releasedesk.export.text.writer import WIDTH
from releasedesk.model import Bilingual, LanguageContent, Paragraph, Release
from releasedesk.model.richtext import text

_WORDS = st.sampled_from(
    [
        "數位",
        "服務部",
        "今日",
        "宣布",
        "計畫",
        "「數位陪伴」",
        "擴大。",
        "（24）",
        "Digital",
        "services",
        "NT$\u00a093",
        "billion",
        "companion",
        "a",
        "x" * 20,
        "2027",
        "——",
        "https://moda.gov.tw/a/b?c=d",
        "e-mail",
        "Taipei,",
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", "\u3000", "\u3000\u3000", "\u00a0", " \u3000", "   "])


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    """Chinese and English words with every kind of gap between them: none, spaces, U+3000, NBSP, runs of them."""
    words = draw(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=120))
    return "".join(word + gap for word, gap in words).strip(" ")


def _release(paragraphs: list[str]) -> Release:
    body = [Paragraph((text(paragraph),)) for paragraph in paragraphs]
    return Release(
        agency=Bilingual("數位發展部", "Ministry of Digital Affairs"),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        content={"zh-TW": LanguageContent(headline="標題", body=body)},
    )


HANGING_IDEOGRAPHIC_SPACE = "甲" * 35 + "乙\u3000\u3000丙丁"
"""36 ideographs fill the 72 columns; the two U+3000 after them used to hang to column 76."""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(mixed_text(), min_size=1, max_size=3))
@example(paragraphs=[HANGING_IDEOGRAPHIC_SPACE])
@example(paragraphs=["word " * 14 + "ab" + "\u3000" * 3 + "cd"])
@example(paragraphs=["x" * 71 + "  y"])
def test_no_line_is_wider_than_72_columns_and_the_text_reads_back(paragraphs: list[str]) -> None:
    release = _release(paragraphs)
    written = render_text(release, lang="zh-TW").decode("utf-8")
    for line in written.split("\n"):
        assert columns(line) <= WIDTH, repr(line)
    expected = [comparable(unit) for unit in plan_units(plan_release(release, "zh-TW"))]
    assert read_units_from_text(written) == [unit for unit in expected if unit]


@settings(max_examples=150, deadline=None)
@given(line=mixed_text(), width=st.integers(min_value=8, max_value=80), mark=st.integers(min_value=0, max_value=2))
def test_wrap_fits_every_line_with_room_for_the_continuation_mark(line: str, width: int, mark: int) -> None:
    lines = wrap(line, width, mark=mark)
    assert "".join(lines) == line
    for number, piece in enumerate(lines):
        room = width if number == len(lines) - 1 else width - mark
        assert columns(piece) <= room, (piece, room)


def test_the_last_line_may_use_the_whole_width() -> None:
    assert wrap("甲" * 36, 72, mark=1) == ["甲" * 36]
    assert wrap("甲" * 37, 72, mark=1) == ["甲" * 35, "甲" * 2]


def test_a_tab_counts_to_the_next_tab_stop() -> None:
    assert columns("ab\tc") == 9
    assert columns("日期\t2026") == 12

"""Typesetting: kinsoku on laid-out lines, whole English words, font choice per character, visible synthetic bold."""

from __future__ import annotations

import io
import itertools
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from export.pdf.pdf_reread import dark_pixels, render_png
from releasedesk.export.pdf import render_pdf
from releasedesk.export.pdf.fonts import BOLD, REGULAR, load_face
from releasedesk.export.pdf.fontset import SERIF, FontSet
from releasedesk.export.pdf.template import FontConfig
from releasedesk.export.pdf.textflow import Segment, TextStyle, break_lines, measure
from releasedesk.export.plan.breaks import CANNOT_END, CANNOT_START, can_break, is_break_space
from releasedesk.export.plan.scripts import script_line
from releasedesk.model.release import LanguageContent
from releasedesk.model.richtext import Mark, Paragraph, text

FONTS = FontSet(FontConfig())


def lay_out(value: str, width: float, *, chinese: bool = True, size: float = 10.5) -> list[str]:
    """The visible text of each line (hanging spaces at line ends left off)."""
    return [text.rstrip(" ") for text, _width in lay_out_widths(value, width, chinese=chinese, size=size)]


def lay_out_widths(value: str, width: float, *, chinese: bool = True, size: float = 10.5) -> list[tuple[str, float]]:
    style = TextStyle("t", SERIF, size, size * 1.6, "#000000")
    glyphs = measure((Segment(script_line(value, "zh-TW" if chinese else "en")),), style, FONTS)
    return [("".join(glyphs.chars[line.start : line.stop]), line.width) for line in break_lines(glyphs, width)]


def assert_kinsoku(lines: list[str]) -> None:
    for number, line in enumerate(lines):
        assert line, f"empty line {number}"
        if number:
            assert line[0] not in CANNOT_START, f"line {number} starts with {line[0]!r}: {lines}"
        if number < len(lines) - 1:
            assert line[-1] not in CANNOT_END, f"line {number} ends with {line[-1]!r}: {lines}"


# Every kind of punctuation reportlab's own CJK wrap lets through, placed at every column across many widths.
KINSOKU_TEXT = (
    "數位服務部今日宣布，計畫擴大至全國。部長表示：「這是全民的責任！」民眾問：「何時開始？」"
    "答案是（明年）；相關資訊見《施政報告》〈第三章〉與【附錄】、『問答集』。"
)


@pytest.mark.parametrize("width", [w * 10.5 + extra for w in range(3, 30) for extra in (0, 3.3, 7.9)])
def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opener(width):
    lines = lay_out(KINSOKU_TEXT * 2, width)
    assert_kinsoku(lines)
    assert "".join(lines) == KINSOKU_TEXT * 2


def test_kinsoku_pushes_the_previous_character_down_instead_of_starting_a_line_with_a_comma():
    # Ten characters fit a line; the comma would be the 11th and must not start line 2.
    lines = lay_out("一二三四五六七八九十，十一", 10.5 * 10 + 1)
    assert lines == ["一二三四五六七八九", "十，十一"]
    lines = lay_out("一二三四五六七八九「十一」", 10.5 * 10 + 1)
    assert lines == ["一二三四五六七八九", "「十一」"]


def test_runs_of_dashes_and_ellipses_stay_together():
    for width in range(40, 200, 7):
        for line in lay_out("他說——我們會做到……這是承諾——真的。" * 3, width):
            assert not line.startswith(("—", "…"))
            assert not line.endswith("—") or line.endswith("——")


ENGLISH = (
    "The Ministry of Environment today announced the Net-Zero Green Living programme, starting in 2027 with a "
    "first-year budget of NT$1.2 billion to help local governments and companies cut emissions."
)


@pytest.mark.parametrize("width", range(120, 460, 23))
def test_english_wraps_on_words_never_inside_them(width):
    lines = lay_out(ENGLISH, width, chinese=False)
    words = set(ENGLISH.split()) | {part + "-" for word in ENGLISH.split() for part in word.split("-")[:-1]}
    words |= {part for word in ENGLISH.split() for part in word.split("-")}
    for line in lines:
        for word in line.split():
            assert word in words, f"{word!r} is a broken word in {lines}"
    assert " ".join(lines).replace("- ", "-") == ENGLISH


def test_english_inside_chinese_is_not_split_mid_word():
    value = "本部與 International Telecommunication Union 合作，推動 broadband infrastructure 建設。" * 2
    for width in range(90, 400, 17):
        lines = lay_out(value, width)
        assert_kinsoku(lines)
        for word in ("International", "Telecommunication", "broadband", "infrastructure"):
            assert sum(line.count(word) for line in lines) == 2, (word, lines)


def test_a_300_character_url_breaks_inside_the_column_at_url_punctuation():
    url = "https://www.example.gov.tw/" + "/".join(f"section{n:02d}" for n in range(26)) + "?q=" + "x" * 20
    assert len(url) > 300
    laid = lay_out_widths(f"詳見 {url} 網站。", 300)
    lines = [text for text, _width in laid]
    assert len(lines) > 3
    assert "".join(lines) == f"詳見 {url} 網站。"
    assert all(width <= 300 + 0.01 for _text, width in laid)
    assert all(line.endswith(("/", "?", "=", ".", "-", "&", "#", " ")) for line in lines[:-2]), lines


def test_a_line_before_an_unbreakable_url_is_not_letter_spaced():
    """The first line ends early (the URL cannot start there); justification leaves it ragged, not stretched."""
    from releasedesk.export.pdf.textflow import LaidLine, _char_spacing

    style = TextStyle("t", SERIF, 10.5, 16, "#000000", align="justify")
    glyphs = measure((Segment(script_line("計畫網站（ABCDEFGHIJKLMNOPQRSTUVWXYZ）", "zh-TW")),), style, FONTS)
    lines = break_lines(glyphs, 120)
    first: LaidLine = lines[0]
    assert first.width < 60
    assert _char_spacing(first, glyphs, style, 120) == 0.0


def test_every_space_is_drawn_as_itself_and_no_break_spaces_do_not_break():
    value = "甲\u3000乙  丙 NT$\xa01.2 billion"
    assert "".join(lay_out(value, 10_000)) == value
    for width in range(40, 200, 5):
        for line in lay_out(value, width, chinese=False):
            assert not line.startswith("1.2"), line  # "NT$\xa01.2" stays together
    assert not is_break_space("\xa0")
    assert is_break_space("\u3000")


def test_line_breaking_is_linear_in_paragraph_length():
    """Counted, not timed: the Python lines break_lines executes (deterministic, so load cannot make it flaky)."""
    style = TextStyle("t", SERIF, 10.5, 16, "#000000")

    def work(count: int) -> int:
        value = ("數位服務部今日宣布，計畫擴大至全國。The programme starts in 2027. " * count)[: count * 40]
        glyphs = measure((Segment(script_line(value, "zh-TW")),), style, FONTS)
        executed = 0

        def tracer(_frame: object, event: str, _arg: object) -> object:
            nonlocal executed
            executed += event == "line"
            return tracer

        sys.settrace(tracer)
        try:
            break_lines(glyphs, 450)
        finally:
            sys.settrace(None)
        return executed

    small, large = work(100), work(800)
    assert large < small * 8 * 1.2, (small, large)  # 8x the text: 8x the work (a quadratic breaker: 64x)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"數位服務部計畫推動民眾", *"，。、；：！？）」』】》〉（「『【《〈", " data ", "2027"]),
        min_size=1,
    ),
    st.floats(min_value=30, max_value=400),
)
def test_kinsoku_holds_for_any_mix(pieces, width):
    value = "".join(pieces).strip()
    if not value:
        return
    lines = lay_out(value, width)
    if _longest_unbreakable(value) * 10.5 <= width:
        assert_kinsoku(lines)
    assert "".join(lines).replace(" ", "") == value.replace(" ", "")


def test_an_opening_bracket_before_a_space_does_not_end_the_line() -> None:
    lines = lay_out("數（ data", 42.0)  # found by hypothesis: the break after the space left "（" at the line end
    assert_kinsoku(lines)
    assert lines[0] == "數"


def _longest_unbreakable(value: str) -> int:
    """Characters in the longest stretch with no legal break: kinsoku can hold only if that stretch fits a line."""
    longest = current = 1
    for before, after in itertools.pairwise(value):
        current = 1 if can_break(before, after) else current + 1
        longest = max(longest, current)
    return longest


def test_mixed_runs_use_the_font_that_has_each_glyph(release):
    release.content["zh-TW"].body = [
        Paragraph((text("臺灣ABC公司"), text("𠀋"), text(" and English 中文 ₹ ♿"))),
    ]
    reader = PdfReader(io.BytesIO(render_pdf(release, lang="zh-TW")))
    used: dict[str, set[str]] = {}

    def visit(value, _cm, _tm, font, _size):
        if font and value.strip():
            used.setdefault(font["/BaseFont"].split("+", 1)[1], set()).update(value.strip())

    reader.pages[0].extract_text(visitor_text=visit)
    assert {"臺", "灣", "公", "司", "中", "文"} <= used["TW-Sung-98_1"]
    assert {"A", "B", "C", "E", "n", "g"} <= used["LiberationSerif"]
    assert "A" not in used["TW-Sung-98_1"]
    assert "𠀋" in used["TW-Sung-Ext-B-98_1"]  # an Ext-B ideograph only the Ext-B file has
    assert {"₹", "♿"} <= used["DejaVuSans"]  # symbols only the last fallback has


def test_quote_glyphs_follow_the_plan_script_of_their_run():
    style = TextStyle("t", SERIF, 10.5, 16, "#000000")
    glyphs = measure((Segment(script_line("他說“好”，Raynold “Arnold” Oilouch 說", "zh-TW")),), style, FONTS)
    fonts = {char: glyphs.pieces[owner].font for char, owner in zip(glyphs.chars, glyphs.owner, strict=True)}
    drawn = [
        "".join(glyphs.chars[i] for i in range(len(glyphs.chars)) if glyphs.owner[i] == n)
        for n in range(len(glyphs.pieces))
    ]
    cjk_font, latin_font = fonts["他"], fonts["R"]
    assert cjk_font != latin_font
    assert fonts["好"] == cjk_font
    latin_quotes = [p for p in drawn if "Arnold" in p]
    assert latin_quotes, drawn
    assert latin_quotes[0].startswith("Raynold “Arnold”"), drawn


def test_cjk_bold_is_synthetic_and_visibly_heavier_than_regular(release, tmp_path):
    assert load_face("TW-Sung", BOLD).synthetic
    assert not load_face("Liberation Serif", BOLD).synthetic
    assert load_face("TW-Sung", BOLD).charset == load_face("TW-Sung", REGULAR).charset
    sentence = "數位服務部今日宣布推動數位陪伴計畫協助長者使用線上公共服務" * 4

    def ink(*marks: Mark) -> int:
        release.status = release.status.APPROVED  # no watermark in the measured pixels
        release.content = {"zh-TW": LanguageContent(body=[Paragraph((text(sentence, *marks),))])}
        release.agency.zh = release.agency.en = release.unit.zh = release.unit.en = release.number = ""
        release.contacts = []
        release.logo_image_id = None
        release.end_mark.zh = "。"
        return dark_pixels(render_png(render_pdf(release, lang="zh-TW"), tmp_path, dpi=100))

    regular, bold = ink(), ink(Mark.BOLD)
    assert bold > regular * 1.15, (regular, bold)


def test_bold_latin_beside_bold_chinese_takes_the_same_synthetic_weight():
    style = TextStyle("h", SERIF, 19, 25, "#000000", bold=True)
    mixed = measure((Segment(script_line("全國120處社區", "zh-TW")),), style, FONTS)
    assert {piece.stroke for piece in mixed.pieces} == {True}  # digits stroked like the synthetic-bold Chinese
    english = measure((Segment(script_line("120 community centres", "en")),), style, FONTS)
    assert {piece.stroke for piece in english.pieces} == {False}  # Latin alone keeps its real bold face


def test_italic_chinese_is_slanted_and_italic_latin_uses_the_italic_face():
    style = TextStyle("q", SERIF, 10.5, 16, "#000000", italic=True)
    glyphs = measure((Segment(script_line("他說 italic", "zh-TW")),), style, FONTS)
    by_char = {char: glyphs.pieces[owner] for char, owner in zip(glyphs.chars, glyphs.owner, strict=True)}
    assert by_char["他"].oblique
    assert not by_char["i"].oblique
    assert by_char["i"].font == load_face("Liberation Serif", "italic").name


def test_spaces_hang_past_the_column_no_further_than_the_room_given() -> None:
    """A paragraph's spaces hang in the margin; a table cell gives them only its padding (export/pdf/table.py)."""
    style = TextStyle("t", SERIF, 10.5, 16.8, "#000000")
    glyphs = measure((Segment(script_line("數數數\u3000\u3000數", "zh-TW")),), style, FONTS)
    em = glyphs.widths[0]
    chars = "".join(glyphs.chars)

    def lines(room: float) -> list[tuple[str, float]]:
        laid = break_lines(glyphs, 3 * em, room)
        return [(chars[line.start : line.stop], round(line.width / em, 2)) for line in laid]

    assert lines(float("inf")) == [("數數數\u3000\u3000", 3.0), ("數", 1.0)]  # both hang, alignment leaves them out
    # neither may: the line breaks before the character they follow, and there they fit and count for alignment
    assert lines(4.0) == [("數數", 2.0), ("數\u3000\u3000", 3.0), ("數", 1.0)]
    assert break_lines(glyphs, 5 * em, 4.0)[0].width == pytest.approx(5 * em)  # they fit: aligned with the text

"""Plain text: read back by its own grammar, unit by unit, character by character; 72 columns; kinsoku; URLs."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from approved import approve
from export.readers.text import comparable, read_units
from export.readers.units import plan_units
from releasedesk.errors import ExportError
from releasedesk.export.layout import LANG_CHOICES
from releasedesk.export.plan import plan_release
from releasedesk.export.plan.breaks import CANNOT_END, CANNOT_START, URL_BREAK_AFTER, can_break
from releasedesk.export.text import export_text, render_text
from releasedesk.export.text.wrap import display_width, wrap
from releasedesk.model import Bilingual, LanguageContent, Paragraph, Release, Status
from releasedesk.model.richtext import text
from releasedesk.samples import load_sample, sample_names
from strategies import releases

if TYPE_CHECKING:
    from pathlib import Path


def _expected(release: Release, lang: str) -> list[str]:
    units = (comparable(unit) for unit in plan_units(plan_release(release, lang)))
    return [unit for unit in units if unit]


def _release(zh: list | None = None, en: list | None = None) -> Release:
    content = {}
    if zh is not None:
        content["zh-TW"] = LanguageContent(headline="標題", body=zh)
    if en is not None:
        content["en"] = LanguageContent(headline="Headline", body=en)
    return Release(
        agency=Bilingual("數位發展部", "Ministry of Digital Affairs"),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        content=content,
    )


def _lines(release: Release, lang: str = "both") -> list[str]:
    return render_text(release, lang=lang).decode("utf-8").split("\n")


@pytest.mark.parametrize("name", sample_names())
@pytest.mark.parametrize("lang", LANG_CHOICES)
def test_every_sample_reads_back_unit_for_unit(name: str, lang: str, tmp_path: Path) -> None:
    release = load_sample(name)
    try:
        expected = _expected(release, lang)
    except ExportError:
        pytest.skip(f"{name} has no {lang} text")
    out = tmp_path / "release.txt"
    export_text(release, out, lang=lang)
    assert read_units(out) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release=releases(), lang=st.sampled_from(LANG_CHOICES))
def test_any_release_reads_back_exactly(release: Release, lang: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    try:
        expected = _expected(release, lang)
    except ExportError:
        return
    out = tmp_path_factory.mktemp("text") / "release.txt"
    export_text(release, out, lang=lang)
    assert read_units(out) == expected


def test_ideographic_double_and_no_break_spaces_are_written_as_themselves() -> None:
    release = _release(zh=[Paragraph((text("甲\u3000乙  丙\u00a0丁"),))])
    assert "甲\u3000乙  丙\u00a0丁" in _lines(release, "zh-TW")


def test_lines_fit_72_columns_and_english_breaks_between_words() -> None:
    words = "The Ministry announced Tuesday that its Digital Companion Program will expand nationwide. " * 6
    lines = _lines(_release(en=[Paragraph((text(words),))]), "en")
    body = [line for line in lines if line.startswith(("The ", "Ministry", "announced", "Digital", "expand"))]
    assert body
    for line in lines:
        assert display_width(line.rstrip(" ")) <= 72
    joined = "".join(line[:-1] if line.endswith("  ") else line for line in lines)
    assert words.strip() in joined
    assert all(not line.startswith(" ") for line in lines)


def test_chinese_wraps_by_display_width_with_kinsoku() -> None:
    paragraph = "數位服務部今（24）日宣布，「數位陪伴計畫」將擴大至全國。" * 8
    lines = [line.rstrip(" ") for line in _lines(_release(zh=[Paragraph((text(paragraph),))]), "zh-TW")]
    wrapped = [line for line in lines if line and line[0] in "數宣「位部日將擴大至全國今（24），。」計畫"]
    assert len(wrapped) > 3
    for line in lines:
        assert display_width(line) <= 72
        if line:
            assert line[0] not in CANNOT_START
            assert line[-1] not in CANNOT_END
    full = [line for line in wrapped if display_width(line) >= 68]
    assert full, "Chinese lines should fill the measure (36 ideographs = 72 columns)"


def test_a_url_that_fits_is_never_broken_and_a_longer_one_only_after_a_separator() -> None:
    url = "https://www.digital-services.example/companion/sign-up?ref=press"
    words = "Volunteers can register online on the companion program site at " * 2
    lines = _lines(_release(en=[Paragraph((text(words), text("the site", href=url), text(" today.")))]), "en")
    assert any(f"<{url}>" in line for line in lines)
    long_url = "https://example.org/" + "a-b/" * 30
    pieces = wrap(f"see {long_url} now", 72)
    assert "".join(pieces) == f"see {long_url} now"
    assert all(display_width(piece.rstrip()) <= 72 for piece in pieces)
    for piece in pieces[1:-1]:
        assert piece[-1] in URL_BREAK_AFTER


def test_links_are_written_out_once() -> None:
    body = [Paragraph((text("Read "), text("the plan", href="https://moda.gov.tw/p"), text(".")))]
    body.append(Paragraph((text("https://moda.gov.tw/q", href="https://moda.gov.tw/q"),)))
    lines = _lines(_release(en=body), "en")
    assert "Read the plan <https://moda.gov.tw/p>." in lines
    assert "https://moda.gov.tw/q" in lines


def test_draft_opens_with_its_state_and_approved_says_nothing() -> None:
    release = _release(en=[Paragraph((text("x"),))])
    release.status = Status.DRAFT
    assert _lines(release, "en")[0] == "*** DRAFT ***"
    approve(release)  # approval is derived from the records, not a typed status
    assert "***" not in _lines(release, "en")[0]


def test_wrap_is_linear_enough_for_a_100k_paragraph() -> None:
    paragraph = "數位服務部今日宣布計畫擴大。Digital services expand today. " * 2000
    lines = wrap(paragraph, 72)
    assert "".join(lines) == paragraph
    assert len(lines) > 1000


def test_plain_text_never_breaks_at_a_no_break_space() -> None:
    """One rule with the PDF (plan/breaks.py): U+00A0 holds `NT$\u00a093` together in every format."""
    assert not can_break("$", "\u00a0")
    assert not can_break("\u00a0", "9")
    line = "x" * 60 + " NT$\u00a093 billion"
    assert all("\u00a0" not in (part[:1] + part[-1:]) for part in wrap(line, 66))

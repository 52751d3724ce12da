"""Every format (PDF, DOCX, ODT, HTML web and e-mail, plain text) says the same: export, read back with an
independent reader, compare the plan's text units (defined once, in readers/units.py).

Character by character — no whitespace squashing (U+3000, double and no-break spaces must survive) — in order, list
labels included. A format whose lines wrap (PDF) may split a unit over several read lines, only ever at a line end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.readers import READERS, SUFFIXES
from export.readers.units import reader_units
from releasedesk.export import export_release
from releasedesk.export.plan import (
    ListItemBlock,
    build_plan,
)
from releasedesk.model.richtext import CellAlign, Table, TableCell, text
from releasedesk.samples import load_sample, sample_names
from strategies import figure_tables, releases

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.model.release import Release


def assert_same_units(expected: list[str], read: list[str], *, wraps: bool, fmt: str) -> None:
    """Exact match; where the format wraps, a read line break may also fall inside a unit (never a character lost)."""
    if not wraps:
        assert read == expected, _diff(expected, read, fmt)
        return
    want, got = "\n".join(expected), "\n".join(read)
    i = j = 0
    while i < len(want) and j < len(got):
        if want[i] == got[j]:
            i, j = i + 1, j + 1
        elif got[j] == "\n":
            j += 1  # the line wrapped inside a unit
        else:
            break
    assert i == len(want), (
        f"{fmt}: differs at expected {want[max(0, i - 40) : i]!r} ▶ {want[i : i + 40]!r}, read {got[j : j + 40]!r}"
    )
    assert j == len(got), (
        f"{fmt}: differs at expected {want[max(0, i - 40) : i]!r} ▶ {want[i : i + 40]!r}, read {got[j : j + 40]!r}"
    )


def _diff(expected: list[str], read: list[str], fmt: str) -> str:
    for number, (want, got) in enumerate(zip(expected, read, strict=False)):
        if want != got:
            return f"{fmt}: unit {number} differs: expected {want!r}, read {got!r}"
    extra = [*expected, *read][min(len(expected), len(read)) :][:3]
    return f"{fmt}: {len(expected)} units expected, {len(read)} read; extra: {extra!r}"


def check_release(release: Release, lang: str, folder: Path) -> None:
    plan = build_plan(release, lang)  # type: ignore[arg-type]
    for fmt, reader in READERS.items():
        path = folder / f"parity{SUFFIXES.get(fmt, reader.SUFFIX)}"
        export_release(release, fmt, path, lang=lang)  # type: ignore[arg-type]
        read = getattr(reader, "read_parity_units", reader.read_units)(path)
        assert_same_units(reader_units(plan, reader), read, wraps=reader.WRAPS, fmt=fmt)


@pytest.mark.parametrize("lang", ["both", "zh-TW", "en"])
@pytest.mark.parametrize("name", sample_names())
def test_every_sample_reads_back_the_same_in_every_format(name: str, lang: str, tmp_path: Path) -> None:
    release = load_sample(name)
    if lang != "both" and lang not in release.content:
        pytest.skip(f"{name} has no {lang} text")
    check_release(release, lang, tmp_path)


def _zh_release(*blocks: object) -> Release:
    release = load_sample(sample_names()[0])
    release.content["zh-TW"].body = list(blocks)  # type: ignore[arg-type]
    return release


def test_whitespace_and_quotes_survive_every_format(tmp_path: Path) -> None:
    """U+3000, double and no-break spaces; a Latin name in curly quotes inside Chinese."""
    from releasedesk.model.richtext import Paragraph

    value = "\u3000\u3000首行縮排，兩個  空格，NT$\xa01.2 億，Raynold “Arnold” Oilouch 說。"
    check_release(_zh_release(Paragraph((text(value),))), "zh-TW", tmp_path)


def test_a_numbered_list_after_a_bulleted_one_starts_at_1_in_every_format(tmp_path: Path) -> None:
    from releasedesk.model.richtext import ListItem

    release = _zh_release(
        ListItem(False, 0, (text("項目甲"),)),
        ListItem(False, 0, (text("項目乙"),)),
        ListItem(True, 0, (text("步驟一"),)),
        ListItem(True, 1, (text("細項"),)),
        ListItem(True, 0, (text("步驟二"),)),
    )
    plan = build_plan(release, "zh-TW")
    labels = [block.label for block in plan.sections[0].body if isinstance(block, ListItemBlock)]
    assert labels == ["•", "•", "1.", "a.", "2."]
    check_release(release, "zh-TW", tmp_path)


# What every format can draw: CJK, Latin, digits, punctuation, the spaces the issue names (tofu is preflight's job).
DRAWABLE = st.text(
    alphabet=st.sampled_from(
        [*"數位服務部計畫推動民眾「」，。、；：！？（）《》abcXYZ019 .,;:!?()-/&“”‘’—…", "\u3000", "\xa0"]
    ),
    max_size=40,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(release=releases(txt=DRAWABLE))
def test_generated_releases_read_back_the_same_in_every_format(release: Release, tmp_path: Path) -> None:
    if not release.content:
        return
    check_release(release, "both", tmp_path)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(release=releases(txt=DRAWABLE, table=figure_tables(DRAWABLE)))
def test_generated_releases_with_tables_read_back_the_same_in_every_format(release: Release, tmp_path: Path) -> None:
    """Bodies mix paragraphs, lists, headings, quotes, figures and tables (spans, header rows, a right-aligned
    figure column), CJK and Latin."""
    if not release.content:
        return
    check_release(release, "both", tmp_path)


@pytest.mark.parametrize("lang", ["both", "zh-TW", "en"])
def test_tables_with_spans_and_header_rows_read_back_cell_by_cell(lang: str, tmp_path: Path) -> None:
    """Two header rows, a row span, a column span, right-aligned figures, a long wrapping cell and a link."""
    from export.table_release import with_tables

    check_release(with_tables(), lang, tmp_path)


def test_a_table_over_several_pages_reads_back_each_cell_once(tmp_path: Path) -> None:
    """The PDF repeats the header rows on every page; every other format has them once, and so do the units."""
    from pypdf import PdfReader

    from export.table_release import long_table

    check_release(long_table(60), "zh-TW", tmp_path)
    assert len(PdfReader(tmp_path / "parity.pdf").pages) >= 3  # the table did run over pages


def _cell(value: str, colspan: int = 1, rowspan: int = 1) -> TableCell:
    return TableCell((text(value),), colspan, rowspan)


# Rows that reportlab sizes at no height, so that their top and bottom rules share one y and a span's rule-blocking
# (done by y) drops a rule the row needs: two cells would read as one.
ROWLESS_SHAPES = {
    # row 2 has no cell of its own (every slot spanned from above): the rule under the 3-row 甲 went
    "covered row": ((_cell("甲", 2, 3), _cell("乙")), (_cell("丙", rowspan=3),), (), (_cell("丁", 2),)),
    # row 1's cells all span two rows: the rule between 甲乙 and 丙丁 went
    "row of spans": (
        (_cell("甲"), _cell("乙"), _cell("戊", rowspan=2)),
        (_cell("丙", rowspan=2), _cell("丁", rowspan=2)),
        (_cell("己"),),
    ),
}


@pytest.mark.parametrize("shape", ROWLESS_SHAPES)
def test_a_row_with_no_height_of_its_own_keeps_its_rules_in_the_pdf(shape: str, tmp_path: Path) -> None:
    release = _zh_release(Table(ROWLESS_SHAPES[shape]))
    plan = build_plan(release, "zh-TW")
    export_release(release, "pdf", tmp_path / "spans.pdf", lang="zh-TW")
    from export.readers import pdf

    assert_same_units(reader_units(plan, pdf), pdf.read_units(tmp_path / "spans.pdf"), wraps=True, fmt="pdf")


@pytest.mark.parametrize("shape", ROWLESS_SHAPES)
def test_such_a_row_on_a_continued_page_keeps_its_rules(shape: str, tmp_path: Path) -> None:
    """The same shapes after enough rows that the table has split: the part on the next page keeps the row's
    height (reportlab builds that part anew)."""
    from pypdf import PdfReader

    filler = tuple((_cell(f"第{n}列"), _cell("說明"), _cell(str(n))) for n in range(1, 61))
    head = (_cell("項目"), _cell("說明"), _cell("數"))
    check_release(_zh_release(Table((head, *filler, *ROWLESS_SHAPES[shape]), header_rows=1)), "zh-TW", tmp_path)
    assert "甲" not in PdfReader(tmp_path / "parity.pdf").pages[0].extract_text()  # it is on a continued page


def _right(value: str) -> TableCell:
    return TableCell((text(value),), align=CellAlign.RIGHT)


# Spaces at a line end hang past a paragraph's column, into the page margin; a cell's column ends at its neighbour.
HANGING_SHAPES = {
    "a right-aligned cell ending in U+3000": ((_right("數量\u3000"), _cell("456")),),
    # one of these rows wraps where the second or third U+3000 no longer fits, whatever the body size
    "a cell wrapping at U+3000s": tuple((_cell("數" * k + "\u3000" * 3 + "數"), _cell("乙")) for k in range(12, 30)),
}


@pytest.mark.parametrize("shape", HANGING_SHAPES)
def test_every_space_in_a_cell_is_drawn_inside_the_cell_in_the_pdf(shape: str, tmp_path: Path) -> None:
    release = _zh_release(Table(HANGING_SHAPES[shape]))
    plan = build_plan(release, "zh-TW")
    export_release(release, "pdf", tmp_path / "cells.pdf", lang="zh-TW")
    from export.readers import pdf

    assert_same_units(reader_units(plan, pdf), pdf.read_units(tmp_path / "cells.pdf"), wraps=True, fmt="pdf")

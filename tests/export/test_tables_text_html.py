"""Tables in plain text and HTML: read back cell for cell, the grid aligned by display width, real table markup."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from export.readers import html as html_reader
from export.readers import text as text_reader
from export.readers.units import plan_units
from export.table_release import long_table, with_tables
from releasedesk.export.html import HtmlOptions, export_html
from releasedesk.export.plan import plan_release
from releasedesk.export.text import export_text
from releasedesk.export.text.wrap import display_width

if TYPE_CHECKING:
    from pathlib import Path

LANGS = ("both", "zh-TW", "en")


def _expected(release, lang: str, *, text: bool = False) -> list[str]:
    units = plan_units(plan_release(release, lang))
    return [text_reader.comparable(unit) for unit in units] if text else units


@pytest.mark.parametrize("lang", LANGS)
def test_plain_text_reads_back_cell_for_cell(lang: str, tmp_path: Path) -> None:
    release = with_tables()
    out = tmp_path / "t.txt"
    export_text(release, out, lang=lang)
    assert text_reader.read_units(out) == _expected(release, lang, text=True)


def test_plain_text_grid_is_aligned_by_display_width(tmp_path: Path) -> None:
    out = tmp_path / "t.txt"
    export_text(with_tables(), out, lang="zh-TW")
    lines = out.read_text(encoding="utf-8").split("\n")
    start = lines.index("表1：各區受惠村里數") + 1
    grid = lines[start : lines.index("", start)]
    assert {display_width(line) for line in grid} == {display_width(grid[0])}  # Chinese counts two
    assert grid[4].startswith("+=")
    assert set(grid[4]) == {"+", "="}
    assert grid[5].endswith("|         498 |         902 |")  # figures right-aligned
    for line in out.read_text(encoding="utf-8").split("\n"):
        if line.startswith(("+", "|")):
            assert display_width(line) <= 72
            assert not line.endswith(" ")


def test_long_cells_wrap_inside_their_column(tmp_path: Path) -> None:
    out = tmp_path / "t.txt"
    export_text(with_tables(), out, lang="zh-TW")
    lines = [line for line in out.read_text(encoding="utf-8").split("\n") if line.startswith("| 1 ")]
    assert lines
    assert display_width(lines[0]) <= 72
    row = lines[0]
    assert row.split("|")[3].strip() == "42億元"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("email", [False, True])
@pytest.mark.parametrize("lang", LANGS)
def test_html_reads_back_cell_for_cell(lang: str, email: bool, tmp_path: Path) -> None:
    release = with_tables()
    out = tmp_path / "t.html"
    export_html(release, out, lang=lang, options=HtmlOptions(email=email))
    assert html_reader.read_units(out) == _expected(release, lang)


def test_html_has_caption_header_cells_with_scope_and_spans(tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    export_html(with_tables(), out, lang="en")
    parser = _Tags()
    parser.feed(out.read_text(encoding="utf-8"))
    tags = parser.tags
    names = [tag for tag, _attrs in tags]
    assert names.count("table") == 2
    assert names.count("caption") == 1
    assert names.count("thead") == 2
    th = [attrs for tag, attrs in tags if tag == "th"]
    assert th[0] == {"rowspan": "2", "scope": "col", "class": "th"}
    assert th[1] == {"colspan": "2", "scope": "colgroup", "class": "th"}
    assert any(attrs.get("class") == "td td-right" for tag, attrs in tags if tag == "td")
    assert [a["style"] for t, a in tags if t == "col"][:3] == ["width: 42.86%", "width: 28.57%", "width: 28.57%"]


def test_long_table_in_text_and_html(tmp_path: Path) -> None:
    release = long_table()
    for export, reader, suffix in ((export_text, text_reader, "txt"), (export_html, html_reader, "html")):
        out = tmp_path / f"long.{suffix}"
        export(release, out, lang="both")
        assert reader.read_units(out) == _expected(release, "both", text=suffix == "txt")


def test_preflight_reads_tables_and_finds_nothing_wrong_with_them() -> None:
    from releasedesk.export.preflight import preflight

    issues = preflight(with_tables(), "both", formats=("pdf", "docx", "odt", "html", "text"))
    assert issues == []


def test_a_cell_that_wraps_at_an_ideographic_space_keeps_it_inside_its_box(tmp_path: Path) -> None:
    """A U+3000 is printed text, not padding: where a cell wraps at one it must neither hang past the cell's rule
    (overwriting it, or overwritten by it) nor vanish."""
    from releasedesk.model.richtext import Table, TableCell, text
    from releasedesk.samples import load_sample, sample_names

    release = load_sample(sample_names()[0])
    value = "數" * 34 + "\u3000" + "服務"  # 68 columns fill the one column's line; the U+3000 falls at the wrap
    release.content["zh-TW"].body = [Table(((TableCell((text(value),)),),))]
    out = tmp_path / "t.txt"
    export_text(release, out, lang="zh-TW")
    lines = out.read_text(encoding="utf-8").split("\n")
    grid = [line for line in lines if line.startswith(("+", "|"))]
    assert {display_width(line) for line in grid} == {72}
    assert all(line.endswith(("+", "|")) for line in grid)
    assert value in text_reader.read_units(out)


def test_a_row_span_longer_than_its_first_row_reads_back_whole(tmp_path: Path) -> None:
    """The corner where the cell on the left ends against a row span's side is not the span's bottom (the reader
    found generated tables that way)."""
    from releasedesk.model.richtext import Table, TableCell, text
    from releasedesk.samples import load_sample, sample_names

    def cell(value: str, rowspan: int = 1) -> TableCell:
        return TableCell((text(value),), 1, rowspan)

    release = load_sample(sample_names()[0])
    release.content["zh-TW"].body = [Table(((cell("甲"), cell("數" * 40, rowspan=2)), (cell("丙"),)))]
    out = tmp_path / "t.txt"
    export_text(release, out, lang="zh-TW")
    assert text_reader.read_units(out) == _expected(release, "zh-TW", text=True)

"""Tables in the PDF: a 200-row bilingual table read back page by page — the header on every page, no row split."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from export.table_release import long_table, with_tables
from releasedesk.export import export_release

if TYPE_CHECKING:
    from pathlib import Path


def _pages(path: Path) -> list[list[str]]:
    """Each page's text lines (glyphs sharing a baseline, in drawing order)."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[str]] = []
    with open(path, "rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            lines: dict[float, str] = {}
            for item in device.get_result():
                if isinstance(item, LTChar):
                    key = round(item.matrix[5], 1)
                    lines[key] = lines.get(key, "") + item.get_text()
            pages.append([lines[key] for key in sorted(lines, reverse=True)])
    return pages


def _rows(pages: list[list[str]], pattern: str, header: str) -> tuple[list[int], list[int]]:
    """Row numbers found in reading order, and the pages (0-based) that carry rows of this table."""
    found: list[int] = []
    pages_with_rows: list[int] = []
    for index, lines in enumerate(pages):
        numbers = [int(m.group(1)) for line in lines if (m := re.fullmatch(pattern, line))]
        if numbers:
            pages_with_rows.append(index)
            header_at = lines.index(header)  # the repeated header, above the first row of the page
            first_row = next(n for n, line in enumerate(lines) if re.fullmatch(pattern, line))
            assert header_at < first_row, f"page {index + 1}: header below the rows"
        found += numbers
    return found, pages_with_rows


def test_a_200_row_table_repeats_its_header_and_never_splits_a_row(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    export_release(long_table(200), "pdf", out, lang="both")
    pages = _pages(out)
    # One row = one baseline holding all four cells: a split row would leave its number without its address.
    zh_row = r"(\d+)第\1服務站臺東縣池上鄉中山路\1號週一至週五 8:30–17:30"
    zh, zh_pages = _rows(pages, zh_row, "序號服務據點地址開放時間")
    en, en_pages = _rows(
        pages,
        r"(\d+)Service point \1No\. \1, Zhongshan Rd\., Chishang, Taitung\s*Mon–Fri 8:30–17:30",
        "No.Service pointAddressHours",
    )
    assert zh == list(range(1, 201))
    assert en == list(range(1, 201))
    assert len(zh_pages) >= 4
    assert len(en_pages) >= 4
    caption_page = next(i for i, lines in enumerate(pages) if "表2：服務據點一覽" in lines)
    assert caption_page == zh_pages[0]  # the caption stays with the table's first rows


def test_cells_wrap_with_the_paragraph_line_breaking(tmp_path: Path) -> None:
    out = tmp_path / "small.pdf"
    export_release(with_tables(), "pdf", out, lang="zh-TW")
    lines = [line for page in _pages(out) for line in page]
    assert "表1：各區受惠村里數" in lines
    assert "地區村里數" in lines
    assert "115年度新增113年起累計" in lines
    assert "合計1,2862,410" in lines
    wrapped = [line for line in lines if "偏鄉數位連結計畫" in line or "地方政府" in line]
    assert len(wrapped) >= 3  # the long cell wrapped inside its column
    for line in lines:  # kinsoku: no line of the long cell starts with a closing mark
        assert not line.startswith(("，", "。", "、"))

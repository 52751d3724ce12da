"""Tables in DOCX and ODT: real table markup (header rows, spans, East-Asian fonts), and LibreOffice opens both
with the 200-row table intact and its header repeated on every page."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from typing import TYPE_CHECKING

import pytest
from lxml import etree

from export.docx.test_libreoffice import convert
from export.table_release import long_table, with_tables
from releasedesk.export import export_release

if TYPE_CHECKING:
    from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(member))


def test_docx_table_markup(tmp_path: Path) -> None:
    out = tmp_path / "t.docx"
    export_release(with_tables(), "docx", out, lang="zh-TW")
    body = _xml(out, "word/document.xml")
    tables = [table for table in body.iter(f"{W}tbl") if table.find(f".//{W}tblHeader") is not None]
    assert len(tables) == 2  # (the letterhead and contacts use tables of their own, without header rows)
    regions = tables[0]
    rows = regions.findall(f"{W}tr")
    assert len(rows) == 7
    headers = [row.find(f"{W}trPr/{W}tblHeader") is not None for row in rows]
    assert headers == [True, True, False, False, False, False, False]
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
    assert regions.find(f".//{W}gridSpan").get(f"{W}val") == "2"
    assert len(regions.findall(f".//{W}vMerge")) == 2  # the row span: restart + continue
    texts = ["".join(t.text for t in cell.iter(f"{W}t")) for cell in rows[2].findall(f"{W}tc")]
    assert texts == ["山地鄉", "498", "902"]
    assert rows[2].findall(f"{W}tc")[1].find(f".//{W}jc").get(f"{W}val") == "right"
    hints = {font.get(f"{W}hint") for font in regions.iter(f"{W}rFonts")}
    assert "eastAsia" in hints  # Chinese runs in cells carry the East-Asian hint, as in paragraphs


def test_odt_table_markup(tmp_path: Path) -> None:
    out = tmp_path / "t.odt"
    export_release(with_tables(), "odt", out, lang="en")
    content = _xml(out, "content.xml")
    tables = [
        t for t in content.findall(".//table:table", ODF) if t.get(f"{{{ODF['table']}}}name").startswith("ReleaseTable")
    ]
    assert len(tables) == 2  # the body's (the contacts' grid is a table too: ReleaseContacts0)
    header = tables[0].find("table:table-header-rows", ODF)
    assert header is not None
    assert len(header.findall("table:table-row", ODF)) == 2
    first = tables[0].find("table:table-header-rows/table:table-row/table:table-cell", ODF)
    assert first.get(f"{{{ODF['table']}}}number-rows-spanned") == "2"
    assert len(tables[0].findall(".//table:covered-table-cell", ODF)) == 2
    body_rows = tables[0].findall("table:table-row", ODF)
    cells = ["".join(c.itertext()) for c in body_rows[0].findall("table:table-cell", ODF)]
    assert cells == ["Mountain townships", "498", "902"]
    caption = content.find(".//text:p[@text:style-name='ReleaseTableCaption']", ODF)
    assert "".join(caption.itertext()) == "Table 1: Villages served, by region"


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice")
def test_libreoffice_opens_the_200_row_table_with_its_header_on_every_page(tmp_path: Path) -> None:
    release = long_table(200)
    sources = []
    for fmt in ("docx", "odt"):
        sources.append(tmp_path / f"long-{fmt}.{fmt}")
        export_release(release, fmt, sources[-1], lang="en")
    for pdf in convert(sources, tmp_path):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        pages = text.split("\f")
        rows = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s+Service point \1\b", text, re.M)]
        assert rows == list(range(1, 201)), pdf.name
        table_pages = [page for page in pages if re.search(r"Service point \d+", page)]
        assert len(table_pages) >= 4
        for page in table_pages:
            assert re.search(r"No\.\s+Service point\s+Address\s+Hours", page), pdf.name
            for m in re.finditer(r"^\s*(\d+)\s+Service point (\d+)", page, re.M):  # a row's cells stay together
                assert m.group(1) == m.group(2)

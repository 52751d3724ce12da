"""Tables pasted from LibreOffice Writer (its own HTML, saved as a fixture), a web page and tab-separated text
(what a spreadsheet puts on the clipboard as text) arrive as tables; nothing is loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from releasedesk.gui.richtext.paste import blocks_from_html, blocks_from_mime, blocks_from_text
from releasedesk.model.richtext import CellAlign, Mark, Table, TableCell, plain_text, text

FIXTURES = Path(__file__).parent / "fixtures"


def _tables(blocks: list) -> list[Table]:
    return [block for block in blocks if isinstance(block, Table)]


def _texts(table: Table) -> list[list[str]]:
    return [[plain_text(cell.content) for cell in row] for row in table.rows]


def test_libreoffice_writer_html_keeps_spans_and_header_rows(qapp) -> None:
    html = (FIXTURES / "paste_libreoffice_writer.html").read_text(encoding="utf-8")
    blocks, requested = blocks_from_html(html, {})
    assert requested == []
    (table,) = _tables(blocks)
    assert _texts(table)[:3] == [["地區", "村里數"], ["115年度新增", "113年起累計"], ["山地鄉", "498", "902"]]
    assert (table.rows[0][0].rowspan, table.rows[0][1].colspan) == (2, 2)
    assert table.header_rows == 2
    assert table.rows[2][1].align == CellAlign.RIGHT
    assert len(table.rows) == 7


def test_a_web_page_table_keeps_caption_header_spans_and_safe_links_only(qapp) -> None:
    html = (FIXTURES / "paste_web_page.html").read_text(encoding="utf-8")
    blocks, requested = blocks_from_html(html, {})
    assert requested == []
    (table,) = _tables(blocks)
    assert table.header_rows == 1
    assert _texts(table) == [
        ["Township", "Address", "Desks"],
        ["Chishang", "No. 1, Zhongshan Rd.", "3"],
        ["No. 2, Zhongshan Rd.", "1"],
        ["Guanshan", "Closed until March"],
    ]
    assert table.rows[1][0].rowspan == 2
    assert table.rows[3][1].colspan == 2
    assert table.rows[2][0].content[0].href == "https://maps.example/2"
    assert text("until March", Mark.BOLD) in table.rows[3][1].content
    assert table.rows[1][2].align == CellAlign.RIGHT


def test_tab_separated_text_is_a_table() -> None:
    blocks = blocks_from_text("地區\t115年度新增\t113年起累計\n山地鄉\t498\t902\n離島\t87\t171\n")
    assert blocks == [
        Table(
            (
                (TableCell((text("地區"),)), TableCell((text("115年度新增"),)), TableCell((text("113年起累計"),))),
                (TableCell((text("山地鄉"),)), TableCell((text("498"),)), TableCell((text("902"),))),
                (TableCell((text("離島"),)), TableCell((text("87"),)), TableCell((text("171"),))),
            )
        )
    ]


def test_text_with_uneven_tabs_stays_paragraphs() -> None:
    blocks = blocks_from_text("a\tb\nc\n")
    assert not _tables(blocks)


def test_a_spreadsheet_copy_without_html_pastes_a_table(qapp) -> None:
    mime = QMimeData()
    mime.setText("Region\tVillages\nEast coast\t301\n")
    result = blocks_from_mime(mime, {})
    assert result is not None
    (table,) = _tables(result[0])
    assert _texts(table) == [["Region", "Villages"], ["East coast", "301"]]


def test_libreoffice_calc_html_keeps_spans_figures_and_its_bold_header_rows(qapp) -> None:
    """paste_libreoffice_calc.html is what LibreOffice Calc 7.4 wrote for paste_libreoffice_calc.fods (`soffice
    --headless --convert-to "html:HTML (StarCalc)"`, the export its clipboard uses): merged cells as rowspan and
    colspan, figures as `sdval` cells aligned right, the header only as bold — no th, no thead."""
    html = (FIXTURES / "paste_libreoffice_calc.html").read_text(encoding="utf-8")
    assert "<th" not in html
    assert "sdval=" in html
    blocks, requested = blocks_from_html(html, {})
    assert requested == []
    (table,) = _tables(blocks)
    assert _texts(table) == [
        ["縣市", "經費（千元）"],
        ["115年度", "116年度"],
        ["臺東縣", "412,500", "398,000"],
        ["花蓮縣", "386,200", "401,750"],
        ["Penghu County 澎湖縣", "95,000", "120,300"],
    ]
    assert (table.rows[0][0].rowspan, table.rows[0][1].colspan) == (2, 2)
    assert table.header_rows == 2
    assert [cell.align for cell in table.rows[2]] == [None, CellAlign.RIGHT, CellAlign.RIGHT]


def test_bold_rows_are_a_header_only_when_plain_rows_follow() -> None:
    from releasedesk.paste.table_headers import bold_header_rows

    bold, plain = TableCell((text("地區", Mark.BOLD),)), TableCell((text("498"),))
    assert bold_header_rows(Table(((bold, bold), (plain, plain)))).header_rows == 1
    assert bold_header_rows(Table(((bold, bold), (bold, bold)))).header_rows == 0  # bold throughout
    assert bold_header_rows(Table(((bold, plain), (plain, plain)))).header_rows == 0
    spanning = TableCell((text("地區", Mark.BOLD),), rowspan=2)
    assert bold_header_rows(Table(((spanning, bold), (plain,)))).header_rows == 0  # would span into the body


def test_excel_style_html_keeps_spans_figures_and_its_class_styled_header(qapp) -> None:
    """paste_excel.html is HAND-WRITTEN (no Excel here) after Microsoft's documented Excel HTML: bold header cells by
    a class in a comment-wrapped `<style>` in the head, outside the clipboard's StartFragment/EndFragment markers."""
    html = (FIXTURES / "paste_excel.html").read_text(encoding="utf-8")
    assert "HAND-WRITTEN" in html
    assert "<!--StartFragment-->" in html
    assert "x:num" in html
    blocks, requested = blocks_from_html(html, {})
    assert requested == []
    (table,) = _tables(blocks)
    assert _texts(table) == [
        ["服務據點", "服務人次"],
        ["115年", "116年1至6月"],
        ["池上鄉公所", "2,315", "1,408"],
        ["Lanyu Health Station 蘭嶼衛生所", "687", "402"],
    ]
    assert (table.rows[0][0].rowspan, table.rows[0][1].colspan) == (2, 2)
    assert table.header_rows == 2
    assert [cell.align for cell in table.rows[3]] == [None, CellAlign.RIGHT, CellAlign.RIGHT]


def test_office_style_sheets_reach_qt() -> None:
    from releasedesk.paste.office_css import readable_style

    html = (
        "<head><style><!--\n.xl65 {font-weight:700}\n--></style></head><body><!--StartFragment--><p>x<!--EndFragment-->"
    )
    assert readable_style(html) == "<head><style> \n.xl65 {font-weight:700}\n </style></head><body><p>x"
    assert readable_style("<p><!-- a comment --></p>") == "<p><!-- a comment --></p>"
    assert readable_style("<td style='white-space:nowrap;color:red'>") == "<td style='color:red'>"

"""QTextTable <-> model Table: exact round trips of cells, spans, header rows, widths, alignment and caption."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from releasedesk.gui.richtext.convert import blocks_to_document, document_to_blocks
from releasedesk.gui.richtext.document import SafeDocument
from releasedesk.model.richtext import Block, CellAlign, Heading, Mark, Paragraph, Table, TableCell, text
from releasedesk.model.textclean import clean_text
from strategies import scalar_text, tables

editor_text = scalar_text.map(lambda s: clean_text(s).translate({0x2028: None, 0x2029: None, 0xFFFC: None}))


def _round_trip(blocks: list[Block]) -> list[Block]:
    doc = SafeDocument()
    blocks_to_document(blocks, {}, doc)
    result, _ids = document_to_blocks(doc)
    assert doc.requested == []
    return result


def _table() -> Table:
    return Table(
        (
            (TableCell((text("地區"),), rowspan=2), TableCell((text("村里數"),), colspan=2)),
            (TableCell((text("115年度新增"),)), TableCell((text("113年起累計"),))),
            (
                TableCell((text("山地鄉"),)),
                TableCell((text("498", Mark.BOLD),), align=CellAlign.RIGHT),
                TableCell((text("第一行\n第二行"),), align=CellAlign.CENTER),
            ),
        ),
        header_rows=2,
        widths=(3, 2, 2),
        caption=(text("表1："), text("各區", Mark.ITALIC)),
        id="zh-7",
    )


def test_a_table_with_spans_and_caption_round_trips(qapp) -> None:
    blocks: list[Block] = [Heading(1, (text("標題"),), "zh-1"), _table(), Paragraph((text("之後"),), "zh-2")]
    assert _round_trip(blocks) == blocks


def test_a_table_at_the_very_end_or_start_round_trips(qapp) -> None:
    assert _round_trip([_table()]) == [_table()]
    assert _round_trip([_table(), _table()]) == [_table(), _table()]


def test_the_document_holds_a_real_qtexttable(qapp) -> None:
    doc = SafeDocument()
    blocks_to_document([Paragraph((text("前"),)), _table()], {}, doc)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    found = []
    block = doc.begin()
    while block.isValid():
        if (table := QTextCursor(block).currentTable()) is not None and table not in found:
            found.append(table)
        block = block.next()
    assert len(found) == 1
    table = found[0]
    assert (table.rows(), table.columns()) == (3, 3)
    assert table.format().headerRowCount() == 2
    assert (table.cellAt(0, 0).rowSpan(), table.cellAt(0, 1).columnSpan()) == (2, 2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(editor_text), st.booleans())
def test_generated_tables_round_trip(qapp, table: Table, with_paragraph: bool) -> None:
    blocks: list[Block] = [Paragraph((text("a"),)), table] if with_paragraph else [table]
    assert _round_trip(blocks) == blocks

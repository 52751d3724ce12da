"""QTextDocument <-> model: exact round trips, and what Qt's HTML importer's extras read as."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from releasedesk.gui.richtext.convert import blocks_to_document, document_to_blocks
from releasedesk.gui.richtext.document import SafeDocument
from releasedesk.model.release import Image
from releasedesk.model.richtext import (
    Block,
    Figure,
    Heading,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    block_runs,
    normalize_runs,
    text,
)
from releasedesk.model.textclean import clean_text
from strategies import blocks as block_strategy
from strategies import scalar_text

# What the editor can hold: every carriable character except the ones QTextDocument turns into structure
# (paragraph separators) or objects (U+FFFC); U+2028 is how a model "\n" is kept, so it cannot also be itself.
editor_text = scalar_text.map(lambda s: clean_text(s).translate({0x2028: None, 0x2029: None, 0xFFFC: None}))
IMAGE_IDS = ["logo", "圖 1", "<&>%2F", "😀"]
# Undecodable data: the editor shows a placeholder and keeps the bytes; real pictures are used further down.
IMAGES = {image_id: Image(image_id, "image/png", b"\x89PNG broken") for image_id in IMAGE_IDS}


def normalized(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        runs = normalize_runs(block_runs(block))
        match block:
            case Figure(image_id):
                out.append(Figure(image_id, runs))
            case Heading(level):
                out.append(Heading(level, runs))
            case ListItem(ordered, level):
                out.append(ListItem(ordered, level, runs))
            case Quote():
                out.append(Quote(runs))
            case _:
                out.append(Paragraph(runs))
    return [] if out == [Paragraph()] else out


def round_trip(blocks: list[Block], images: dict[str, Image] = IMAGES) -> tuple[list[Block], set[str]]:
    doc = SafeDocument()
    blocks_to_document(blocks, images, doc)
    result = document_to_blocks(doc)
    assert doc.requested == []
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(block_strategy(IMAGE_IDS, editor_text), max_size=8))
def test_round_trip_is_exact(qapp, blocks: list[Block]) -> None:
    result, ids = round_trip(blocks)
    assert result == normalized(blocks)
    assert ids == {block.image_id for block in blocks if isinstance(block, Figure)}


def test_round_trip_of_every_construct(qapp, png) -> None:
    blocks: list[Block] = [
        Heading(1, (text("新聞稿 "), text("重點", Mark.BOLD))),
        Paragraph(
            (
                text("臺北訊 "),
                text("bold", Mark.BOLD),
                text("ital", Mark.ITALIC),
                text("under", Mark.UNDERLINE),
                text("all", Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE),
                text("link", href="https://example.org/?a=1&b=<2>"),
                text("ulink", Mark.UNDERLINE, href="mailto:press@example.gov.tw"),
                text(" line\nbreak 😀 <&>"),
            )
        ),
        ListItem(True, 0, (text("one"),)),
        ListItem(True, 1, (text("one.a"),)),
        ListItem(False, 2, (text("deep"),)),
        ListItem(True, 0, (text("two"),)),
        ListItem(False, 0, (text("bullet"),)),
        Quote((text("「引言」", Mark.ITALIC),)),
        Figure("圖 1", (text("說明 "), text("caption", Mark.BOLD))),
        Figure("logo"),
        Paragraph(),
        Heading(3, ()),
    ]
    images = {"圖 1": Image("圖 1", "image/png", png(900, 300)), "logo": Image("logo", "image/png", png())}
    assert round_trip(blocks, images) == (blocks, {"圖 1", "logo"})


def test_numbering_continues_across_nested_items(qapp) -> None:
    doc = SafeDocument()
    blocks = [ListItem(True, 0, (text("a"),)), ListItem(True, 1, (text("x"),)), ListItem(True, 0, (text("b"),))]
    blocks_to_document(blocks, {}, doc)
    first, _nested, third = doc.begin(), doc.begin().next(), doc.begin().next().next()
    assert first.textList() is third.textList()
    assert third.textList().itemText(third) == "2."


def test_empty_document_is_no_blocks(qapp) -> None:
    assert document_to_blocks(QTextDocument()) == ([], set())
    assert round_trip([Paragraph()]) == ([], set())
    assert round_trip([Paragraph(), Paragraph()]) == ([Paragraph(), Paragraph()], set())


def test_text_typed_beside_an_image_is_kept(qapp) -> None:
    doc = SafeDocument()
    blocks_to_document([Figure("logo", (text("cap"),))], IMAGES, doc)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(doc.begin())
    cursor.insertText("before")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("after")
    result, _ = document_to_blocks(doc)
    assert [type(b).__name__ for b in result] == ["Paragraph", "Figure", "Paragraph", "Paragraph"]
    assert [b.caption if isinstance(b, Figure) else b.runs for b in result][1:] == [(), (Run("after"),), (Run("cap"),)]


def test_html_importer_extras_are_not_marks(qapp) -> None:
    doc = SafeDocument()
    doc.setHtml(
        '<h2>Title <i>it</i></h2><p><a href="https://a.example">web</a> <b>b</b> '
        '<span style="font-weight:600">semi</span> <u>u</u></p><blockquote>q</blockquote>'
        "<ul><li>one<ul><li>two</li></ul></li></ul><ol><li>n</li></ol><h5>small</h5>"
    )
    blocks, _ = document_to_blocks(doc, from_html=True)
    assert blocks == [
        Heading(2, (text("Title "), text("it", Mark.ITALIC))),
        Paragraph(
            (
                text("web", href="https://a.example"),
                text(" "),
                text("b", Mark.BOLD),
                text(" "),
                text("semi", Mark.BOLD),
                text(" "),
                text("u", Mark.UNDERLINE),
            )
        ),
        Quote((text("q"),)),
        ListItem(False, 0, (text("one"),)),
        ListItem(False, 1, (text("two"),)),
        ListItem(True, 0, (text("n"),)),
        Heading(3, (text("small"),)),
    ]

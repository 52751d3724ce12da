"""QTextDocument <-> the core's neutral rich-text model; the only place the editor's content changes shape.

Walks blocks -> fragments -> charFormat (as novelWriter's formats/fromqdoc.py does); never Qt HTML or Markdown.

How each block kind is represented in the QTextDocument (styles.py has the looks):
- Paragraph: a plain block. Heading: QTextBlockFormat.headingLevel 1–3 (text enlarged by FontSizeAdjustment).
- ListItem: a block in a QTextList; `ordered` from the list style (decimal/alpha/roman), `level` = indent - 1.
  Consecutive items of one level share a QTextList so numbering continues across nested items.
- Quote: QTextFormat.BlockQuoteLevel > 0 (what Qt's HTML importer sets for <blockquote>).
- Figure: a block holding the image (an object-replacement character with a QTextImageFormat named
  `releasedesk-image:<percent-encoded id>`, block property FIGURE_ROLE = IMAGE), followed by the caption: a block
  with FIGURE_ROLE = CAPTION whose runs are the caption. A caption block not right after an image reads as a
  paragraph; text typed beside an image becomes its own block; nothing typed is ever dropped.
- Marks: weight >= DemiBold = bold, italic, a *single* underline = underline. Links are anchors; a link without
  the underline mark is drawn with a dotted line so the two stay distinct.
- Block ids: the BLOCK_ID block property (block_ids.py); a figure's id is on its image block.
- Model "\n" inside a run is a line separator (U+2028, Shift+Enter) in the document.
An empty document is `[]` (so `[Paragraph()]` reads back as `[]`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextList,
)

from releasedesk.gui.richtext import styles, tables
from releasedesk.gui.richtext.block_ids import BLOCK_ID, block_id
from releasedesk.model.richtext import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    Block,
    Figure,
    Heading,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Runs,
    Table,
    normalize_runs,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from releasedesk.model.release import Image

OBJECT_CHAR = "\ufffc"
LINE_SEPARATOR = "\u2028"
MAX_IMAGE_WIDTH = 440
"""Display width cap in pixels; the model keeps the full image, the editor only shows it smaller."""


def to_doc_text(value: str) -> str:
    """Model text as the editor holds it (line breaks as line separators)."""
    return value.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR).replace(OBJECT_CHAR, "")


def from_doc_text(value: str) -> str:
    """Editor text back as model text."""
    return value.replace(LINE_SEPARATOR, "\n").replace("\u2029", "\n").replace(OBJECT_CHAR, "")


def decode_image(image: Image) -> QImage:
    """The picture of an image, or a grey placeholder when its data cannot be decoded (the data is kept)."""
    picture = QImage.fromData(QByteArray(image.data))
    if not picture.isNull():
        return picture
    placeholder = QImage(160, 90, QImage.Format.Format_RGB32)
    placeholder.fill(QColor("#d0d0d0"))
    painter = QPainter(placeholder)
    painter.drawText(placeholder.rect(), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return placeholder


def register_image(doc: QTextDocument, image: Image, decoded: dict[str, QImage] | None = None) -> QImage:
    """Add an image as a document resource; the QImage is returned because asking the document back is unsafe.

    (PySide6 6.12's QTextDocument.resource() corrupts None's reference count when the resource is missing.)
    `decoded` shares pictures already decoded from the same release (the other language's editor): QImage is
    implicitly shared, and decoding is most of what showing a release with photos costs at start-up.
    """
    picture = decoded.get(image.id) if decoded is not None else None
    if picture is None:
        picture = decode_image(image)
        if decoded is not None:
            decoded[image.id] = picture
    show_picture(doc, image.id, picture, MAX_IMAGE_WIDTH)
    return picture


def show_picture(doc: QTextDocument, image_id: str, picture: QImage, max_width: int) -> None:
    """Display `picture` no wider than `max_width`: only the document's resource is scaled, never the stored image."""
    if not picture.isNull() and picture.width() > max_width > 0:
        picture = picture.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    doc.addResource(QTextDocument.ResourceType.ImageResource.value, styles.image_url(image_id), picture)


def image_format(image_id: str) -> QTextImageFormat:
    """The figure's image character; it carries no size, so a resized editor can re-fit it (`show_picture`)."""
    fmt = QTextImageFormat()
    fmt.setName(styles.image_name(image_id))
    return fmt


def insert_runs(cursor: QTextCursor, runs: Runs, look: QTextCharFormat) -> None:
    """Insert runs at the cursor with their marks and links over `look`."""
    plain_color = look.foreground().color() if look.hasProperty(QTextFormat.Property.ForegroundBrush) else None
    for run in runs:
        cursor.insertText(to_doc_text(run.text), styles.char_format(run.marks, run.href, look, plain_color))


class _ListTracker:
    """Which QTextList each level continues, so a nested item does not restart its parent's numbering."""

    def __init__(self) -> None:
        self._active: dict[int, tuple[bool, QTextList]] = {}

    def reset(self) -> None:
        self._active.clear()

    def place(self, cursor: QTextCursor, item: ListItem) -> None:
        level = max(0, min(item.level, MAX_LIST_LEVEL))
        for deeper in [lvl for lvl in self._active if lvl > level]:
            del self._active[deeper]
        current = self._active.get(level)
        if current is not None and current[0] == item.ordered:
            current[1].add(cursor.block())
        else:
            self._active[level] = (item.ordered, cursor.createList(styles.list_format(item.ordered, level)))


def _block_look(block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
    match block:
        case Heading(level):
            level = max(1, min(level, MAX_HEADING_LEVEL))
            return styles.heading_format(level), styles.block_char_look(level)
        case ListItem():
            return styles.list_item_format(), styles.block_char_look()
        case Quote():
            return styles.quote_format(), styles.block_char_look()
        case Figure():
            return styles.figure_format(styles.FigureRole.IMAGE), styles.block_char_look()
        case Table():
            return tables.caption_format(), styles.block_char_look(caption=True)
    return styles.paragraph_format(), styles.block_char_look()


def write_blocks(
    cursor: QTextCursor, blocks: list[Block], pictures: Mapping[str, QImage], *, first_in_place: bool
) -> None:
    """Write blocks at the cursor; the first reuses the cursor's (empty) block when `first_in_place`.

    `pictures` are the registered images by id, used to size figures for display.
    """
    lists = _ListTracker()
    first = first_in_place
    for block in blocks:
        block_format, look = _block_look(block)
        if block.id:
            block_format.setProperty(BLOCK_ID, block.id)
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(look)
            first = False
        else:
            cursor.insertBlock(block_format, look)
        if isinstance(block, ListItem):
            lists.place(cursor, block)
        else:
            lists.reset()
        if isinstance(block, Figure):
            cursor.insertImage(image_format(block.image_id))
            caption_look = styles.block_char_look(caption=True)
            cursor.insertBlock(styles.figure_format(styles.FigureRole.CAPTION), caption_look)
            insert_runs(cursor, block.caption, caption_look)
        elif isinstance(block, Table):
            insert_runs(cursor, block.caption, look)
            qt_table = tables.write_table(cursor, block, 0, insert_runs)
            cursor.setPosition(qt_table.lastPosition() + 1)  # the block Qt keeps after a table
            cursor.setBlockFormat(styles.paragraph_format())
            cursor.setBlockCharFormat(styles.block_char_look())
            first = True  # the next block takes that one
        else:
            insert_runs(cursor, block.runs, look)


def blocks_to_document(blocks: list[Block], images: Mapping[str, Image], doc: QTextDocument) -> None:
    """Replace the document's content with `blocks`; images are registered as resources, never loaded."""
    load_document(blocks, images, doc)


def load_document(
    blocks: list[Block], images: Mapping[str, Image], doc: QTextDocument, decoded: dict[str, QImage] | None = None
) -> dict[str, QImage]:
    """blocks_to_document, returning the decoded pictures by image id (for the editor's later insertions)."""
    doc.clear()
    pictures = {image_id: register_image(doc, image, decoded) for image_id, image in images.items()}
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    write_blocks(cursor, blocks, pictures, first_in_place=True)
    cursor.endEditBlock()
    return pictures


def _text_block_kind(block: QTextBlock) -> Callable[[Runs], Block]:
    fmt = block.blockFormat()
    text_list = block.textList()
    if text_list is not None:
        list_fmt = text_list.format()
        ordered = styles.is_ordered_style(list_fmt.style())
        level = max(0, min(list_fmt.indent() - 1, MAX_LIST_LEVEL))
        return lambda runs: ListItem(ordered, level, runs)
    if fmt.headingLevel() > 0:
        level = min(fmt.headingLevel(), MAX_HEADING_LEVEL)
        return lambda runs: Heading(level, runs)
    if styles.is_quote(fmt):
        return lambda runs: Quote(runs)
    return lambda runs: Paragraph(runs)


def _run_of(fmt: QTextCharFormat, text: str, in_heading: bool, from_html: bool) -> Run:
    marks = set(styles.marks_of(fmt))
    href = styles.href_of(fmt)
    if from_html:
        # Qt's HTML importer makes headings bold and links underlined by itself: that is styling, not a mark.
        if in_heading:
            marks.discard(Mark.BOLD)
        if href is not None:
            marks.discard(Mark.UNDERLINE)
    return Run(from_doc_text(text), frozenset(marks), href)


def document_to_blocks(doc: QTextDocument, *, from_html: bool = False) -> tuple[list[Block], set[str]]:
    """The model blocks of a document and the ids of the images they reference.

    `from_html` is for documents parsed from pasted HTML: it discounts the bold/underline Qt adds to headings and
    links, and the caller still has to vet links and images (see paste.py).
    """
    blocks: list[Block] = []
    image_ids: set[str] = set()
    previous_ends_with_figure = False
    caption: tuple[int, Runs, str] | None = None  # (index in blocks, runs, id) of a table caption block just read
    after_table = False
    block = doc.begin()
    while block.isValid():
        qt_table = QTextCursor(block).currentTable()
        if qt_table is not None:
            runs_and_id: tuple[Runs, str] = ((), "")
            if caption is not None and caption[0] == len(blocks) - 1:
                blocks.pop()
                runs_and_id = (caption[1], caption[2])
            blocks.append(tables.read_table(qt_table, *runs_and_id, lambda b: _fragment_runs(b, False, from_html)))
            caption = None
            after_table = True
            block = doc.findBlock(qt_table.lastPosition() + 1)
            continue
        if tables.is_caption(block):
            caption = (len(blocks), _fragment_runs(block, False, from_html), block_id(block))
        if after_table and not block.text() and not block_id(block) and not block.next().isValid():
            break  # the empty block Qt keeps after a table at the end
        after_table = False
        fmt = block.blockFormat()
        in_heading = fmt.headingLevel() > 0
        if (
            previous_ends_with_figure
            and styles.figure_role(fmt) == styles.FigureRole.CAPTION
            and isinstance(blocks[-1], Figure)
        ):
            runs = _fragment_runs(block, in_heading, from_html)
            blocks[-1] = Figure(blocks[-1].image_id, normalize_runs(blocks[-1].caption + runs), blocks[-1].id)
            previous_ends_with_figure = False
            block = block.next()
            continue
        produced, found, ends_with_figure = read_paragraph(block, in_heading, from_html)
        blocks.extend(produced)
        image_ids |= found
        previous_ends_with_figure = ends_with_figure
        block = block.next()
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and not blocks[0].runs:
        return [], image_ids
    return blocks, image_ids


def read_paragraph(block: QTextBlock, in_heading: bool, from_html: bool) -> tuple[list[Block], set[str], bool]:
    """The model blocks one text block makes: its text, split by the pictures in it (a Figure each), the block's id
    on the first; the pictures' ids; and whether it ends with a picture (so a caption block may follow). Shared by
    `document_to_blocks` and the editor's incremental reading (incremental.py)."""
    kind = _text_block_kind(block)
    produced: list[Block] = []
    image_ids: set[str] = set()
    runs_so_far: list[Run] = []
    ends_with_figure = has_figure = False
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        char_fmt = fragment.charFormat()
        if char_fmt.isImageFormat():
            image_id = styles.image_id_from_name(char_fmt.toImageFormat().name())
            if image_id is not None:
                if normalize_runs(runs_so_far):
                    produced.append(kind(normalize_runs(runs_so_far)))
                runs_so_far = []
                produced.extend(Figure(image_id) for _ in range(fragment.text().count(OBJECT_CHAR) or 1))
                image_ids.add(image_id)
                has_figure = ends_with_figure = True
        else:
            runs_so_far.append(_run_of(char_fmt, fragment.text(), in_heading, from_html))
            if from_doc_text(fragment.text()):
                ends_with_figure = False
        iterator += 1
    runs = normalize_runs(runs_so_far)
    if runs or not has_figure:
        produced.append(kind(runs))
    if (known_id := block_id(block)) and produced:
        produced[0] = dataclasses.replace(produced[0], id=known_id)  # its first model block
    return produced, image_ids, ends_with_figure


def _fragment_runs(block: QTextBlock, in_heading: bool, from_html: bool) -> Runs:
    runs = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if not fragment.charFormat().isImageFormat():
            runs.append(_run_of(fragment.charFormat(), fragment.text(), in_heading, from_html))
        iterator += 1
    return normalize_runs(runs)

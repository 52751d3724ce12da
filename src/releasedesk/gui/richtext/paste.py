"""What a paste may bring into a body: only what the model holds, nothing fetched from disk or the network.

Pasted HTML is parsed into a SafeDocument (its loadResource refuses everything), converted to model blocks with
convert.py, then vetted here: unsafe links lose their target, images that are not ours are dropped, text is cleaned.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMimeData
from PySide6.QtGui import QImage

from releasedesk.gui.richtext import image_fit
from releasedesk.gui.richtext.convert import OBJECT_CHAR, document_to_blocks
from releasedesk.gui.richtext.document import SafeDocument
from releasedesk.model.links import safe_href
from releasedesk.model.release import Image
from releasedesk.model.richtext import (
    Block,
    CellAlign,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Run,
    Runs,
    Table,
    TableCell,
    block_runs,
    normalize_runs,
)
from releasedesk.model.textclean import clean_text
from releasedesk.paste.office_css import readable_style
from releasedesk.paste.table_headers import bold_header_rows

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

FRAGMENT_MIME = "application/x-releasedesk-fragment"
"""Our own copies carry a token for the exact blocks (and images) copied, so caption and ids survive a paste."""

_copied: dict[bytes, tuple[list[Block], dict[str, Image]]] = {}
_tokens = itertools.count(1)


def remember_copy(blocks: list[Block], images: Mapping[str, Image]) -> bytes:
    """Keep the latest copy in-process (one at a time) and return the token to put on the clipboard."""
    token = f"{id(_copied)}:{next(_tokens)}".encode()
    _copied.clear()
    _copied[token] = (list(blocks), dict(images))
    return token


def image_from_picture(picture: QImage, kind: str = "PNG") -> Image:
    """Pasted image data, embedded as PNG (or JPEG for a scaled-down photo) under an id derived from its content."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, kind, 90 if kind == "JPEG" else -1)  # type: ignore[call-overload]  # PySide6 takes a str format
    data = bytes(buffer.data().data())
    return Image(content_id(data), "image/jpeg" if kind == "JPEG" else "image/png", data)


def content_id(data: bytes) -> str:
    """An image id derived from its bytes (the same image pasted twice is stored once)."""
    return "img-" + hashlib.sha256(data).hexdigest()[:12]


def _clean_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    cleaned = []
    for run in runs:
        value = clean_text(run.text).replace(OBJECT_CHAR, "")
        href = safe_href(run.href) if run.href is not None else None
        cleaned.append(Run(value, run.marks, href))
    return normalize_runs(cleaned)


def _table_cells(table: Table, clean: Callable[[Runs], Runs]) -> Table:
    """The same table with `clean` applied to every cell and the caption."""
    rows = tuple(tuple(dataclasses.replace(cell, content=clean(cell.content)) for cell in row) for row in table.rows)
    return dataclasses.replace(table, rows=rows, caption=clean(table.caption))


def _left_is_default(table: Table) -> Table:
    """Qt's HTML importer writes an explicit left alignment into every cell: that is no choice of the author."""
    rows = tuple(
        tuple(dataclasses.replace(cell, align=None) if cell.align == CellAlign.LEFT else cell for cell in row)
        for row in table.rows
    )
    return dataclasses.replace(table, rows=rows)


def sanitize_blocks(blocks: list[Block], known_images: Mapping[str, Image]) -> list[Block]:
    """Keep only safe links, cleaned text and figures whose image the editor already holds."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            out.append(_left_is_default(_table_cells(block, _clean_runs)))
            continue
        runs = _clean_runs(block_runs(block))
        if isinstance(block, Figure) and block.image_id not in known_images:
            if runs:
                out.append(Paragraph(runs))  # the picture is not ours to load; its caption is still text
        else:
            out.append(replace_runs(block, runs))
    return out


# Word writes list items as paragraphs whose text starts with the bullet or number, then non-breaking spaces
# (from <span style='mso-list:Ignore'>); Qt's importer keeps them as text.
_WORD_BULLET = re.compile("^[\u00b7\u2022\u25aa\u25e6\u00a7o\uf0b7\uf0a7-][\u00a0 ]*\u00a0[\u00a0 ]*")
_WORD_NUMBER = re.compile("^(?:\\d+|[a-zA-Z]|[ivxIVX]+)[.)][\u00a0 ]*\u00a0[\u00a0 ]*")


def _word_lists(blocks: list[Block]) -> list[Block]:
    """Word's pseudo-list paragraphs as real list items (level 0; Word's nesting is only a margin)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.runs:
            first = block.runs[0].text
            for pattern, ordered in ((_WORD_BULLET, False), (_WORD_NUMBER, True)):
                match = pattern.match(first)
                if match:
                    head = Run(first[match.end() :], block.runs[0].marks, block.runs[0].href)
                    block = ListItem(ordered, 0, normalize_runs([head, *block.runs[1:]]))
                    break
        out.append(block)
    return out


def _trim_runs(source: Runs) -> Runs:
    runs = list(source)
    if runs:
        runs[0] = Run(runs[0].text.lstrip(" \n"), runs[0].marks, runs[0].href)
        runs[-1] = Run(runs[-1].text.rstrip(" \n"), runs[-1].marks, runs[-1].href)
    return normalize_runs(runs)


def _trim_edges(block: Block) -> Block:
    """HTML source line breaks leave a space at block edges; the reader never meant it."""
    if isinstance(block, Table):
        return _table_cells(block, _trim_runs)
    runs = list(block_runs(block))
    if runs:
        runs[0] = Run(runs[0].text.lstrip(" "), runs[0].marks, runs[0].href)
        runs[-1] = Run(runs[-1].text.rstrip(" "), runs[-1].marks, runs[-1].href)
    return replace_runs(block, normalize_runs(runs))


def blocks_from_html(html: str, known_images: Mapping[str, Image]) -> tuple[list[Block], list[str]]:
    """Model blocks of pasted HTML, and the resources the parser asked for (all refused; for tests and logs)."""
    scratch = SafeDocument()
    # never laid out or painted: images are not even requested, and would be refused
    scratch.setHtml(readable_style(html))
    blocks, _ = document_to_blocks(scratch, from_html=True)
    # Empty paragraphs in HTML are leftovers (around tables, dropped images, spacing): the model spaces blocks itself.
    blocks = _word_lists([_trim_edges(block) for block in sanitize_blocks(blocks, known_images)])
    blocks = [bold_header_rows(block) if isinstance(block, Table) else block for block in blocks]
    kept = [block for block in blocks if block != Paragraph()]
    return kept, list(scratch.requested)


def blocks_from_text(value: str) -> list[Block]:
    """Plain text: one paragraph per line, or a table when every line has the same number of tabs (a spreadsheet)."""
    lines = clean_text(value).split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    tabs = {line.count("\t") for line in lines}
    if len(lines) >= 2 and len(tabs) == 1 and 0 not in tabs:
        rows = tuple(
            tuple(TableCell(normalize_runs([Run(cell.replace(OBJECT_CHAR, "").strip())])) for cell in line.split("\t"))
            for line in lines
        )
        return [Table(rows)]
    lines = clean_text(value).split("\n")
    return [Paragraph(normalize_runs([Run(line.replace(OBJECT_CHAR, ""))])) for line in lines]


def replace_runs(block: Block, runs: tuple[Run, ...]) -> Block:
    """The block with `runs` as its text (its caption for a figure)."""
    match block:
        case Figure(image_id):
            return Figure(image_id, runs)
        case Heading(level):
            return Heading(level, runs)
        case ListItem(ordered, level):
            return ListItem(ordered, level, runs)
        case Quote():
            return Quote(runs)
    return Paragraph(runs)


def _has_text(blocks: list[Block]) -> bool:
    return any(isinstance(block, Figure | Table) or any(run.text.strip() for run in block.runs) for block in blocks)


def blocks_from_mime(
    mime: QMimeData, known_images: Mapping[str, Image], on_scaled: image_fit.Scaled | None = None
) -> tuple[list[Block], dict[str, Image]] | None:
    """The blocks a paste inserts and any new images it brings (scaled down to what print needs); None when the
    data holds nothing usable."""
    if mime.hasFormat(FRAGMENT_MIME):
        copied = _copied.get(bytes(mime.data(FRAGMENT_MIME).data()))
        if copied is not None:
            return copied[0], dict(copied[1])
    html_blocks: list[Block] = []
    if mime.hasHtml():
        html_blocks, _ = blocks_from_html(mime.html(), known_images)
        if _has_text(html_blocks):
            return html_blocks, {}
    if mime.hasImage():
        picture = QImage(mime.imageData())
        if not picture.isNull():
            image = image_from_picture(image_fit.fit_picture(picture, on_scaled))
            return [Figure(image.id)], {image.id: image}
    if html_blocks:
        return html_blocks, {}
    if mime.hasText() and mime.text():
        return blocks_from_text(mime.text()), {}
    return None

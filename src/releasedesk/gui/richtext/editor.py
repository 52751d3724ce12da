"""RichTextEditor: a QTextEdit whose content is the model's blocks, with undoable formatting and a safe paste.

The widget keeps the state (images, pictures, language) and the Qt overrides; the work lives beside it, one module
per concern: inline_format.py, block_format.py, link_editing.py, pictures.py, block_insert.py, clipboard.py,
caption_hints.py and actions.py.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from releasedesk.gui.fonts import editor_font
from releasedesk.gui.richtext import (
    actions,
    block_format,
    block_ids,
    block_insert,
    caption_hints,
    clipboard,
    image_fit,
    inline_format,
    link_editing,
    paste,
    pictures,
    styles,
    table_editing,
)
from releasedesk.gui.richtext.convert import document_to_blocks, load_document, register_image
from releasedesk.gui.richtext.dialogs import LinkDialog
from releasedesk.gui.richtext.document import SafeDocument
from releasedesk.gui.richtext.incremental import IncrementalReader
from releasedesk.model.counts import count
from releasedesk.model.richtext import Block, Figure, Mark, Runs, body_text, text

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from releasedesk.model.release import Image, Lang

__all__ = ["LinkDialog", "RichTextEditor"]


class RichTextEditor(QTextEdit):
    """One language's body. Content goes in and out as model blocks; Qt HTML never leaves this widget."""

    contentChanged = Signal()
    """A user edit (typing, formatting, paste, undo); not emitted by set_content."""
    formatChanged = Signal()
    """The format at the cursor may differ (toolbar refresh): cursor moves and our own formatting commands."""
    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, language: Lang = "en") -> None:
        super().__init__(parent)
        self._document = SafeDocument(self)
        self._document.setDocumentMargin(14)
        self.setDocument(self._document)
        self._images: dict[str, Image] = {}
        self._pictures: dict[str, QImage] = {}
        self._fitted_width = 0
        self._loading = False
        self._converted: tuple[list[Block], set[str]] | None = None
        """document_to_blocks of the document as it is; dropped on every change (contentsChanged)."""
        self.reader = IncrementalReader(self._document)
        self.incremental = True
        """Convert only the paragraphs an edit touched (incremental.py); off: the whole body each time (the
        benchmark's comparison)."""
        self._language: Lang = language
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)  # Tab leaves the body, as in every field (in a list it indents)
        self.setPlaceholderText(self.tr("Body text"))
        self._apply_language()
        self._document.contentsChanged.connect(self._forget_converted)
        self._document.contentsChanged.connect(self._on_contents_changed)
        self.currentCharFormatChanged.connect(self.formatChanged)
        self.cursorPositionChanged.connect(self._end_link_at_its_end)
        self.cursorPositionChanged.connect(self.formatChanged)
        self.actions_by_name = actions.create_actions(self)
        block_format.keep_plain_when_emptied(self)

    # -- content ------------------------------------------------------------------------------------------------

    def set_content(
        self, blocks: list[Block], images: Mapping[str, Image], decoded: dict[str, QImage] | None = None
    ) -> None:
        """Show `blocks`; undo history is cleared and the document is unmodified (`decoded`: convert.register_image)."""
        self._loading = True
        try:
            self._document.setUndoRedoEnabled(False)
            self._images = dict(images)
            self._pictures = load_document(blocks, self._images, self._document, decoded)
            self._fitted_width = 0
            self._fit_pictures()
            self._document.setUndoRedoEnabled(True)
            self._document.setModified(False)
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
        self.formatChanged.emit()

    def _blocks(self) -> tuple[list[Block], set[str]]:
        """Converted once per change: the preview, counts and checks ask after every edit, often for both."""
        if self._converted is None:
            self._converted = self.reader.blocks() if self.incremental else document_to_blocks(self._document)
        return self._converted

    @Slot()
    def _forget_converted(self) -> None:
        self._converted = None

    def content(self) -> list[Block]:
        return list(self._blocks()[0])  # blocks are frozen; the list is the caller's

    def images(self) -> dict[str, Image]:
        """The images the body references now (loaded ones and newly inserted or pasted ones)."""
        ids = self._blocks()[1]
        return {image_id: self._images[image_id] for image_id in sorted(ids) if image_id in self._images}

    def isModified(self) -> bool:
        return self._document.isModified()

    @Slot()
    def _on_contents_changed(self) -> None:
        if not self._loading:
            self.contentChanged.emit()

    # -- language -------------------------------------------------------------------------------------------------

    @property
    def language(self) -> Lang:
        return self._language

    @language.setter
    def language(self, value: Lang) -> None:
        if value != self._language:
            self._language = value
            self._apply_language()
            self.languageChanged.emit(value)

    def _apply_language(self) -> None:
        zh = self._language == "zh-TW"
        self.setLocale(QLocale("zh_TW") if zh else QLocale("en_US"))
        font = editor_font(self._language, 12.0)
        self.setFont(font)
        self._document.setDefaultFont(font)

    def text_count(self) -> int:
        """Chinese characters (zh-TW) or English words (en) of the body, as the core counts them."""
        return count("\n".join(body_text(self.content())), self._language)

    # -- format queries (the toolbar reads these) -----------------------------------------------------------------

    def current_marks(self) -> frozenset[Mark]:
        return styles.marks_of(self.currentCharFormat())

    def current_href(self) -> str | None:
        return styles.href_of(self.currentCharFormat())

    def current_heading_level(self) -> int:
        return self.textCursor().blockFormat().headingLevel()

    def current_list(self) -> tuple[bool, int] | None:
        """(ordered, level) of the list item at the cursor, or None."""
        return block_format.list_of(self.textCursor().block())

    def in_quote(self) -> bool:
        return styles.is_quote(self.textCursor().blockFormat())

    # -- formatting commands (inline_format.py, block_format.py) ----------------------------------------------------

    @Slot()
    def toggle_bold(self) -> None:
        inline_format.toggle_mark(self, Mark.BOLD)

    @Slot()
    def toggle_italic(self) -> None:
        inline_format.toggle_mark(self, Mark.ITALIC)

    @Slot()
    def toggle_underline(self) -> None:
        inline_format.toggle_mark(self, Mark.UNDERLINE)

    @Slot(int)
    def set_heading(self, level: int) -> None:
        """Level 1–3 makes the selected blocks headings; 0 makes them body paragraphs."""
        block_format.set_heading(self, level)

    @Slot()
    def toggle_quote(self) -> None:
        block_format.toggle_quote(self)

    @Slot()
    def toggle_bullet_list(self) -> None:
        block_format.toggle_list(self, ordered=False)

    @Slot()
    def toggle_numbered_list(self) -> None:
        block_format.toggle_list(self, ordered=True)

    @Slot()
    def indent_list(self) -> None:
        block_format.shift_list(self, +1)

    @Slot()
    def outdent_list(self) -> None:
        block_format.shift_list(self, -1)

    # -- links (link_editing.py) --------------------------------------------------------------------------------

    def insert_link(self, href: str, label: str | None = None) -> bool:
        """Link the selection (or the link at the cursor) to `href`, or insert `label` as a link; False if unsafe."""
        return link_editing.insert_link(self, href, label)

    @Slot()
    def remove_link(self) -> None:
        link_editing.remove_link(self)

    @Slot()
    def edit_link(self) -> None:
        """Ask for the link's text and address (prefilled from the selection or the link at the cursor)."""
        link_editing.edit_link(self, self)

    @Slot()
    def _end_link_at_its_end(self) -> None:
        link_editing.end_link_at_its_end(self)

    # -- images (pictures.py) -----------------------------------------------------------------------------------

    def add_image(self, image: Image) -> None:
        """Make an image available to figures in this body (e.g. one the window brings in)."""
        self._images[image.id] = image
        self._pictures[image.id] = register_image(self._document, image)
        self._fitted_width = 0
        self._fit_pictures()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_pictures()

    def _fit_pictures(self) -> None:
        """Re-fit the pictures when the column width changed; display only, so no contentChanged either."""
        width = pictures.column_width(self)
        if width == self._fitted_width or not self._pictures:
            return
        self._fitted_width = width
        was_loading, self._loading = self._loading, True
        try:
            pictures.show_fitted(self._document, self._pictures, width)
        finally:
            self._loading = was_loading

    def insert_image(self, image: Image, caption: str | Runs = "") -> None:
        """Insert a figure (image + caption) after the cursor's paragraph position, as one undo step."""
        if image.id not in self._images:
            self.add_image(image)
        runs = (text(caption),) if isinstance(caption, str) and caption else caption or ()
        self.insert_blocks([Figure(image.id, tuple(runs))])

    def insert_image_file(self, path: Path | str, caption: str = "") -> Image:
        """Embed a picture file; PNG and JPEG keep their bytes, other formats are stored as PNG."""
        image = pictures.image_from_file(path, partial(image_fit.notify_scaled, self))
        self.insert_image(image, caption)
        return image

    @Slot()
    def choose_image(self) -> None:
        """Insert image… : pick a file, then an optional caption."""
        pictures.choose_image(self)

    # -- inserting blocks, paste and copy (block_insert.py, paste.py, clipboard.py) ---------------------------------

    def insert_blocks(self, blocks: list[Block]) -> None:
        """Insert model blocks at the cursor (replacing the selection) as one undo step (see block_insert.py)."""
        if not blocks:
            return
        cursor = self.textCursor()
        block_insert.insert_blocks(cursor, blocks, self._pictures)
        self.setTextCursor(cursor)
        self.formatChanged.emit()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return clipboard.can_paste(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste through the model: only supported formatting survives, nothing is fetched (see paste.py)."""
        pasted = paste.blocks_from_mime(source, self._images, partial(image_fit.notify_scaled, self))
        if pasted is None:
            return
        blocks, images = pasted
        blocks = block_ids.for_paste(blocks, self._document)
        for image in images.values():
            if image.id not in self._images or self._images[image.id].data != image.data:
                self.add_image(image)
        self.insert_blocks(blocks)

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        return clipboard.copy_of_selection(
            super().createMimeDataFromSelection(),
            cursor.selection(),
            self._images,
            block_ids.selection_start_id(cursor),
        )

    # -- painting and keys ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's painting, plus a grey hint in empty figure captions (caption_hints.py)."""
        super().paintEvent(event)
        caption_hints.paint_caption_hints(self, event.rect())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves focus on, except inside a list, where keyPressEvent gets it to change the item's level."""
        if self.hasFocus() and self.textCursor().block().textList() is not None:
            return False
        if self.hasFocus() and self.textCursor().currentTable() is not None:
            return False  # Tab moves between cells
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab/Shift+Tab move list items; Enter after a heading, a figure or an empty list item starts body text."""
        key = event.key()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and cursor.block().textList() is not None:
            back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.outdent_list() if back else self.indent_list()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and cursor.currentTable() is not None:
            back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            table_editing.move_to_cell(self, back=back)
            return
        plain_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_enter and block_format.enter_starts_paragraph(cursor):
            block_format.start_paragraph(self, cursor)
            return
        super().keyPressEvent(event)

"""RichTextEditor: a QTextEdit whose content is the model's blocks, with undoable formatting and a safe paste."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QTextEdit, QWidget

from releasedesk.gui.fonts import editor_font
from releasedesk.gui.richtext import paste, styles
from releasedesk.gui.richtext.convert import (
    document_to_blocks,
    insert_runs,
    load_document,
    register_image,
    show_picture,
    write_blocks,
)
from releasedesk.gui.richtext.dialogs import LinkDialog
from releasedesk.gui.richtext.document import SafeDocument
from releasedesk.gui.richtext.links import safe_href
from releasedesk.model.counts import count
from releasedesk.model.release import Image, Lang
from releasedesk.model.richtext import MAX_LIST_LEVEL, Block, Figure, Mark, Paragraph, Runs, body_text, text

__all__ = ["LinkDialog", "RichTextEditor"]

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"
_KEPT_AS_IS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}


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
        self._language: Lang = language
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setPlaceholderText(self.tr("Body text"))
        self._apply_language()
        self._document.contentsChanged.connect(self._on_contents_changed)
        self.currentCharFormatChanged.connect(self.formatChanged)
        self.cursorPositionChanged.connect(self._end_link_at_its_end)
        self.cursorPositionChanged.connect(self.formatChanged)
        self.actions_by_name = self._create_actions()

    # -- content ------------------------------------------------------------------------------------------------

    def set_content(self, blocks: list[Block], images: Mapping[str, Image]) -> None:
        """Show `blocks`; undo history is cleared and the document is unmodified."""
        self._loading = True
        try:
            self._document.setUndoRedoEnabled(False)
            self._images = dict(images)
            self._pictures = load_document(blocks, self._images, self._document)
            self._fitted_width = 0
            self._fit_pictures()
            self._document.setUndoRedoEnabled(True)
            self._document.setModified(False)
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
        self.formatChanged.emit()

    def content(self) -> list[Block]:
        return document_to_blocks(self._document)[0]

    def images(self) -> dict[str, Image]:
        """The images the body references now (loaded ones and newly inserted or pasted ones)."""
        _, ids = document_to_blocks(self._document)
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
        text_list = self.textCursor().block().textList()
        if text_list is None:
            return None
        list_format = text_list.format()
        return styles.is_ordered_style(list_format.style()), list_format.indent() - 1

    def in_quote(self) -> bool:
        return styles.is_quote(self.textCursor().blockFormat())

    # -- inline formatting ----------------------------------------------------------------------------------------

    @Slot()
    def toggle_bold(self) -> None:
        self._toggle_mark(Mark.BOLD)

    @Slot()
    def toggle_italic(self) -> None:
        self._toggle_mark(Mark.ITALIC)

    @Slot()
    def toggle_underline(self) -> None:
        self._toggle_mark(Mark.UNDERLINE)

    def _toggle_mark(self, mark: Mark) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            current = self.currentCharFormat()
            marks = styles.marks_of(current) ^ {mark}
            self.setCurrentCharFormat(styles.char_format(marks, styles.href_of(current), current))
            self.formatChanged.emit()
            return
        spans = list(self._text_spans(cursor.selectionStart(), cursor.selectionEnd()))
        turn_on = not all(mark in styles.marks_of(fmt) for _, _, fmt, _ in spans)
        self._restyle(spans, lambda marks, href: (marks | {mark} if turn_on else marks - {mark}, href))

    def _text_spans(self, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat, QTextBlock]]:
        """(start, end, format, block) of every text fragment piece inside [start, end)."""
        block = self._document.findBlock(start)
        while block.isValid() and block.position() <= end:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                a = max(start, fragment.position())
                b = min(end, fragment.position() + fragment.length())
                if a < b and not fragment.charFormat().isImageFormat():
                    yield a, b, fragment.charFormat(), block
                iterator += 1
            block = block.next()

    def _restyle(
        self,
        spans: list[tuple[int, int, QTextCharFormat, QTextBlock]],
        change: Callable[[frozenset[Mark], str | None], tuple[frozenset[Mark], str | None]],
    ) -> None:
        """Re-set each span's run look as one undo step; block sizes, captions' grey and selection are kept."""
        edit = self.textCursor()
        edit.beginEditBlock()
        for a, b, fmt, block in spans:
            marks, href = change(styles.marks_of(fmt), styles.href_of(fmt))
            caption = styles.figure_role(block.blockFormat()) == styles.FigureRole.CAPTION
            piece = QTextCursor(self._document)
            piece.setPosition(a)
            piece.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            piece.setCharFormat(styles.char_format(marks, href, fmt, styles.CAPTION_COLOR if caption else None))
        edit.endEditBlock()
        self.formatChanged.emit()

    # -- block formatting -----------------------------------------------------------------------------------------

    def _selected_blocks(self) -> list[QTextBlock]:
        """Text blocks touched by the selection (figure image blocks are left alone)."""
        cursor = self.textCursor()
        block = self._document.findBlock(cursor.selectionStart())
        last = self._document.findBlock(cursor.selectionEnd())
        blocks = []
        while block.isValid():
            if styles.figure_role(block.blockFormat()) != styles.FigureRole.IMAGE:
                blocks.append(block)
            if block == last:
                break
            block = block.next()
        return blocks

    def _set_block(self, block: QTextBlock, block_format: object, heading_level: int = 0) -> None:
        """Replace a block's format (leaving any list) and size its text for `heading_level`."""
        cursor = QTextCursor(block)
        cursor.setBlockFormat(block_format)
        look = styles.block_char_look(heading_level)
        cursor.mergeBlockCharFormat(look)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(look)

    @Slot(int)
    def set_heading(self, level: int) -> None:
        """Level 1–3 makes the selected blocks headings; 0 makes them body paragraphs."""
        level = max(0, min(level, 3))
        self._block_edit(
            lambda block: self._set_block(
                block, styles.heading_format(level) if level else styles.paragraph_format(), level
            )
        )
        self.setCurrentCharFormat(self._merged_current(styles.block_char_look(level)))

    @Slot()
    def toggle_quote(self) -> None:
        blocks = self._selected_blocks()
        off = bool(blocks) and all(styles.is_quote(block.blockFormat()) for block in blocks)
        self._block_edit(
            lambda block: self._set_block(block, styles.paragraph_format() if off else styles.quote_format())
        )

    @Slot()
    def toggle_bullet_list(self) -> None:
        self._toggle_list(ordered=False)

    @Slot()
    def toggle_numbered_list(self) -> None:
        self._toggle_list(ordered=True)

    def _toggle_list(self, ordered: bool) -> None:
        blocks = self._selected_blocks()
        off = bool(blocks) and all(
            self._list_of(block) is not None and self._list_of(block)[0] == ordered for block in blocks
        )

        def apply(block: QTextBlock) -> None:
            current = self._list_of(block)
            self._set_block(block, styles.paragraph_format() if off else styles.list_item_format())
            if not off:
                self._attach(block, ordered, current[1] if current else 0)

        self._block_edit(apply)

    @Slot()
    def indent_list(self) -> None:
        self._shift_list(+1)

    @Slot()
    def outdent_list(self) -> None:
        self._shift_list(-1)

    def _shift_list(self, delta: int) -> None:
        def apply(block: QTextBlock) -> None:
            current = self._list_of(block)
            if current is None:
                return
            ordered, level = current
            if level + delta < 0:
                self._set_block(block, styles.paragraph_format())
                return
            new_level = min(level + delta, MAX_LIST_LEVEL)
            if new_level != level:
                self._set_block(block, styles.list_item_format())
                self._attach(block, ordered, new_level)

        self._block_edit(apply)

    @staticmethod
    def _list_of(block: QTextBlock) -> tuple[bool, int] | None:
        text_list = block.textList()
        if text_list is None:
            return None
        return styles.is_ordered_style(text_list.format().style()), text_list.format().indent() - 1

    def _attach(self, block: QTextBlock, ordered: bool, level: int) -> None:
        """Put a block into the list it continues (same kind and level, above it) or start a new one."""
        previous = block.previous()
        while previous.isValid() and previous.textList() is not None:
            found = self._list_of(previous)
            assert found is not None
            if found[1] == level:
                if found[0] == ordered:
                    previous.textList().add(block)
                    return
                break
            if found[1] < level:
                break
            previous = previous.previous()
        QTextCursor(block).createList(styles.list_format(ordered, level))

    def _block_edit(self, apply: Callable[[QTextBlock], None]) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            apply(block)
        cursor.endEditBlock()
        self.formatChanged.emit()

    def _merged_current(self, look: QTextCharFormat) -> QTextCharFormat:
        fmt = self.currentCharFormat()
        fmt.merge(look)
        return fmt

    @Slot()
    def _end_link_at_its_end(self) -> None:
        """Typing right after a link writes plain text, as in word processors (Qt would extend the link)."""
        cursor = self.textCursor()
        href = styles.href_of(cursor.charFormat())
        if cursor.hasSelection() or href is None:
            return
        if not cursor.atBlockEnd():
            following = QTextCursor(cursor)
            following.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if styles.href_of(following.charFormat()) == href:
                return
        current = self.currentCharFormat()
        self.setCurrentCharFormat(styles.char_format(styles.marks_of(current), None, current))

    # -- links --------------------------------------------------------------------------------------------------

    def _link_range(self) -> tuple[int, int] | None:
        """The selection, or the whole link around the cursor; None when there is neither."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.selectionStart(), cursor.selectionEnd()
        href = self.current_href()
        if href is None:
            return None
        block = cursor.block()
        spans: list[tuple[int, int]] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            start, end = fragment.position(), fragment.position() + fragment.length()
            if styles.href_of(fragment.charFormat()) == href:
                if spans and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
            iterator += 1
        position = cursor.position()
        for start, end in spans:
            if start <= position <= end:
                return start, end
        return None

    def insert_link(self, href: str, label: str | None = None) -> bool:
        """Link the selection (or the link at the cursor) to `href`, or insert `label` as a link; False if unsafe."""
        target = safe_href(href)
        if target is None:
            return False
        cursor = self.textCursor()
        span = self._link_range()
        if span is not None and (label is None or label == self._document_text(*span)):
            self._restyle(list(self._text_spans(*span)), lambda marks, _href: (marks, target))
            return True
        current = self.currentCharFormat()
        cursor.beginEditBlock()
        if span is not None:
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.insertText(label or target, styles.char_format(styles.marks_of(current), target, current))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(styles.char_format(styles.marks_of(current), None, current))
        self.formatChanged.emit()
        return True

    @Slot()
    def remove_link(self) -> None:
        span = self._link_range()
        if span is not None:
            self._restyle(list(self._text_spans(*span)), lambda marks, _href: (marks, None))

    @Slot()
    def edit_link(self) -> None:
        """Ask for the link's text and address (prefilled from the selection or the link at the cursor)."""
        span = self._link_range()
        label = self._document_text(*span) if span else ""
        dialog = LinkDialog(self, label, self.current_href() or "")
        if dialog.exec() == LinkDialog.DialogCode.Accepted and dialog.href() is not None:
            self.insert_link(dialog.href() or "", dialog.link_text() or None)

    def _document_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self._document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    # -- images -------------------------------------------------------------------------------------------------

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
        """Show every image no wider than the text column; a display-only change (no undo step, not modified)."""
        width = max(64, self.viewport().width() - int(2 * self._document.documentMargin()) - 4)
        if width == self._fitted_width or not self._pictures:
            return
        self._fitted_width = width
        was_loading, was_modified = self._loading, self._document.isModified()
        self._loading = True
        try:
            for image_id, picture in self._pictures.items():
                show_picture(self._document, image_id, picture, width)
            self._document.markContentsDirty(0, self._document.characterCount())
        finally:
            self._loading = was_loading
            self._document.setModified(was_modified)

    def insert_image(self, image: Image, caption: str | Runs = "") -> None:
        """Insert a figure (image + caption) after the cursor's paragraph position, as one undo step."""
        if image.id not in self._images:
            self.add_image(image)
        runs = (text(caption),) if isinstance(caption, str) and caption else caption or ()
        self.insert_blocks([Figure(image.id, tuple(runs))])

    def insert_image_file(self, path: Path | str, caption: str = "") -> Image:
        """Embed a picture file; PNG and JPEG keep their bytes, other formats are stored as PNG."""
        data = Path(path).read_bytes()
        picture = QImage.fromData(data)
        if picture.isNull():
            raise ValueError(self.tr("{0}: not an image this editor can read").format(Path(path).name))
        kind = Path(path).suffix.lower().lstrip(".")
        if kind in _KEPT_AS_IS:
            image = Image(paste.content_id(data), _KEPT_AS_IS[kind], data)
        else:
            image = paste.image_from_picture(picture)
        self.insert_image(image, caption)
        return image

    @Slot()
    def choose_image(self) -> None:
        """Insert image… : pick a file, then an optional caption."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Insert image"), "", self.tr("Images ({0})").format(IMAGE_FILTER)
        )
        if not path:
            return
        caption, ok = QInputDialog.getText(self, self.tr("Image caption"), self.tr("Caption (optional):"))
        if not ok:
            return
        try:
            self.insert_image_file(path, caption)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Insert image"), str(error))

    # -- inserting blocks, paste and copy -------------------------------------------------------------------------

    def insert_blocks(self, blocks: list[Block]) -> None:
        """Insert model blocks at the cursor (replacing the selection) as one undo step.

        A leading paragraph joins the current line (a single one is simply inline text); the other blocks follow
        as blocks of their own, and the text after the cursor stays in its own block after them.
        """
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
            insert_runs(cursor, blocks[0].runs, self._look_at(cursor))
        else:
            if not cursor.atBlockEnd():
                cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            rest = list(blocks)
            empty = cursor.block().length() == 1
            if not empty and isinstance(rest[0], Paragraph):
                insert_runs(cursor, rest.pop(0).runs, self._look_at(cursor))
            write_blocks(cursor, rest, self._pictures, first_in_place=empty)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.formatChanged.emit()

    @staticmethod
    def _look_at(cursor: QTextCursor) -> QTextCharFormat:
        block_format = cursor.blockFormat()
        caption = styles.figure_role(block_format) == styles.FigureRole.CAPTION
        return styles.block_char_look(block_format.headingLevel(), caption=caption)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(paste.FRAGMENT_MIME) or source.hasHtml() or source.hasImage() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste through the model: only supported formatting survives, nothing is fetched (see paste.py)."""
        pasted = paste.blocks_from_mime(source, self._images)
        if pasted is None:
            return
        blocks, images = pasted
        for image in images.values():
            if image.id not in self._images or self._images[image.id].data != image.data:
                self.add_image(image)
        self.insert_blocks(blocks)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own mime object only lists its fixed formats; copy them into a plain one that can carry ours too.
        qt_mime = super().createMimeDataFromSelection()
        mime = QMimeData()
        for name in qt_mime.formats():
            mime.setData(name, qt_mime.data(name))
        scratch = SafeDocument()
        QTextCursor(scratch).insertFragment(self.textCursor().selection())
        blocks, ids = document_to_blocks(scratch)
        images = {image_id: self._images[image_id] for image_id in ids if image_id in self._images}
        mime.setData(paste.FRAGMENT_MIME, paste.remember_copy(blocks, images))
        return mime

    # -- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's painting, plus a grey hint in empty figure captions so people see where the caption goes."""
        super().paintEvent(event)
        painter: QPainter | None = None
        layout = self._document.documentLayout()
        offset_x = -self.horizontalScrollBar().value()
        offset_y = -self.verticalScrollBar().value()
        block = self._document.begin()
        while block.isValid():
            if block.length() == 1 and styles.figure_role(block.blockFormat()) == styles.FigureRole.CAPTION:
                rect = layout.blockBoundingRect(block).translated(offset_x, offset_y)
                if rect.intersects(event.rect().toRectF()):
                    if painter is None:
                        painter = QPainter(self.viewport())
                        painter.setPen(QColor("#9a9996"))
                        font = QFont(self.font())
                        font.setItalic(True)
                        font.setPointSizeF(font.pointSizeF() * 0.9)
                        painter.setFont(font)
                    painter.drawText(
                        rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("Caption")
                    )
            block = block.next()
        if painter is not None:
            painter.end()

    # -- keys -----------------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and cursor.block().textList() is not None:
            back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.outdent_list() if back else self.indent_list()
            return
        plain_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_enter and self._enter_starts_paragraph(cursor):
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            if cursor.block().textList() is not None and not cursor.block().text():
                self._set_block(cursor.block(), styles.paragraph_format())  # Enter on an empty item ends the list
            else:
                plain = QTextCharFormat(styles.block_char_look())
                plain.merge(styles.char_format(frozenset(), None))
                cursor.insertBlock(styles.paragraph_format(), plain)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.formatChanged.emit()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _enter_starts_paragraph(cursor: QTextCursor) -> bool:
        """After a heading, a figure or its caption the next line is body text, not more of the same."""
        block_format = cursor.blockFormat()
        if styles.figure_role(block_format) is not None:
            return True
        if cursor.block().textList() is not None and not cursor.block().text():
            return True
        return block_format.headingLevel() > 0 and cursor.atBlockEnd()

    # -- actions with shortcuts -----------------------------------------------------------------------------------

    def _create_actions(self) -> dict[str, QAction]:
        """Shortcut-carrying actions living on the editor (the shared toolbar shows its own, shortcut-free ones)."""
        table: list[tuple[str, str, QKeySequence, Callable[[], None]]] = [
            ("bold", self.tr("Bold"), QKeySequence(QKeySequence.StandardKey.Bold), self.toggle_bold),
            ("italic", self.tr("Italic"), QKeySequence(QKeySequence.StandardKey.Italic), self.toggle_italic),
            (
                "underline",
                self.tr("Underline"),
                QKeySequence(QKeySequence.StandardKey.Underline),
                self.toggle_underline,
            ),
            ("paragraph", self.tr("Body text"), QKeySequence("Ctrl+0"), lambda: self.set_heading(0)),
            ("heading1", self.tr("Heading 1"), QKeySequence("Ctrl+1"), lambda: self.set_heading(1)),
            ("heading2", self.tr("Heading 2"), QKeySequence("Ctrl+2"), lambda: self.set_heading(2)),
            ("heading3", self.tr("Heading 3"), QKeySequence("Ctrl+3"), lambda: self.set_heading(3)),
            ("bullets", self.tr("Bulleted list"), QKeySequence("Ctrl+Shift+8"), self.toggle_bullet_list),
            ("numbers", self.tr("Numbered list"), QKeySequence("Ctrl+Shift+7"), self.toggle_numbered_list),
            ("quote", self.tr("Block quote"), QKeySequence("Ctrl+Shift+9"), self.toggle_quote),
            ("link", self.tr("Link…"), QKeySequence("Ctrl+K"), self.edit_link),
            ("unlink", self.tr("Remove link"), QKeySequence("Ctrl+Shift+K"), self.remove_link),
        ]
        actions = {}
        for name, label, shortcut, slot in table:
            action = QAction(label, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions

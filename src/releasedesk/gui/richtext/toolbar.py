"""FormatToolBar: one toolbar serving whichever body editor has focus, showing the format at its cursor."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QToolBar, QWidget

from releasedesk.gui.richtext import icons
from releasedesk.gui.richtext.table_menu import table_menu
from releasedesk.model.richtext import Mark

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.richtext.editor import RichTextEditor


class FormatToolBar(QToolBar):
    """Checkable actions mirror the cursor's format; they act on the editor given to `set_editor`.

    The actions carry no shortcuts (the editors own them, so two editors never fight over Ctrl+B); tooltips name
    the shortcut instead. Theme icons are used where the desktop has them, short labels otherwise.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Format"))
        self.setObjectName("FormatToolBar")
        self._editor: RichTextEditor | None = None
        self._history: QUndoStack | None = None
        self._connections: list[tuple[object, Callable[..., object]]] = []
        self.undo_action = self._action(
            "edit-undo", "↶", self.tr("Undo"), QKeySequence.StandardKey.Undo, lambda e: e.undo()
        )
        self.redo_action = self._action(
            "edit-redo", "↷", self.tr("Redo"), QKeySequence.StandardKey.Redo, lambda e: e.redo()
        )
        self.addSeparator()
        self.heading_combo = QComboBox(self)
        self.heading_combo.addItems(
            [self.tr("Body text"), self.tr("Heading 1"), self.tr("Heading 2"), self.tr("Heading 3")]
        )
        self.heading_combo.setToolTip(self.tr("Paragraph style (Ctrl+0 … Ctrl+3)"))
        self.heading_combo.activated.connect(self._heading_chosen)
        self.addWidget(self.heading_combo)
        self.addSeparator()
        self.bold_action = self._action(
            "format-text-bold",
            "B",
            self.tr("Bold"),
            QKeySequence.StandardKey.Bold,
            lambda e: e.toggle_bold(),
            checkable=True,
        )
        self.italic_action = self._action(
            "format-text-italic",
            "I",
            self.tr("Italic"),
            QKeySequence.StandardKey.Italic,
            lambda e: e.toggle_italic(),
            checkable=True,
        )
        self.underline_action = self._action(
            "format-text-underline",
            "U",
            self.tr("Underline"),
            QKeySequence.StandardKey.Underline,
            lambda e: e.toggle_underline(),
            checkable=True,
        )
        self._style_label(self.bold_action, bold=True)
        self._style_label(self.italic_action, italic=True)
        self._style_label(self.underline_action, underline=True)
        self.addSeparator()
        self.bullets_action = self._action(
            "format-list-unordered",
            "•",
            self.tr("Bulleted list"),
            "Ctrl+Shift+8",
            lambda e: e.toggle_bullet_list(),
            checkable=True,
        )
        self.numbers_action = self._action(
            "format-list-ordered",
            "1.",
            self.tr("Numbered list"),
            "Ctrl+Shift+7",
            lambda e: e.toggle_numbered_list(),
            checkable=True,
        )
        self.outdent_action = self._action(
            "format-indent-less", "⇤", self.tr("Decrease list level"), "Shift+Tab", lambda e: e.outdent_list()
        )
        self.indent_action = self._action(
            "format-indent-more", "⇥", self.tr("Increase list level"), "Tab", lambda e: e.indent_list()
        )
        self.quote_action = self._action(
            "format-quote", "❝", self.tr("Block quote"), "Ctrl+Shift+9", lambda e: e.toggle_quote(), checkable=True
        )
        self.addSeparator()
        self.link_action = self._action(
            "insert-link",
            self.tr("Link"),
            self.tr("Insert or edit link"),
            "Ctrl+K",
            lambda e: e.edit_link(),
            checkable=True,
        )
        self.unlink_action = self._action(
            "remove-link", self.tr("Unlink"), self.tr("Remove link"), "Ctrl+Shift+K", lambda e: e.remove_link()
        )
        self.image_action = self._action(
            "insert-image", self.tr("Image"), self.tr("Insert image with caption"), None, lambda e: e.choose_image()
        )
        self.table_menu = table_menu(self._run, self.editor, self)
        self.table_action = self.table_menu.menuAction()
        self.table_action.setToolTip(self.tr("Table: insert, rows, columns, merge, header row"))
        self.addAction(self.table_action)
        self.set_editor(None)

    def _action(
        self,
        icon_name: str,
        fallback: str,
        tooltip: str,
        shortcut: QKeySequence.StandardKey | str | None,
        run: Callable[[RichTextEditor], object],
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)
        icon = icons.icon(icon_name)
        if icon.isNull():
            action.setText(fallback)
        else:
            action.setIcon(icon)
            action.setText(tooltip)
        if shortcut is not None:
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            tooltip = f"{tooltip} ({keys})"
        action.setToolTip(tooltip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: self._run(run))
        self.addAction(action)
        return action

    def _style_label(self, action: QAction, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
        if action.icon().isNull():
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(bold)
            font.setItalic(italic)
            font.setUnderline(underline)
            action.setFont(font)

    def _run(self, run: Callable[[RichTextEditor], object]) -> None:
        if self._editor is not None:
            run(self._editor)
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.refresh()

    @Slot(int)
    def _heading_chosen(self, index: int) -> None:
        self._run(lambda editor: editor.set_heading(index))

    def editor(self) -> RichTextEditor | None:
        return self._editor

    def use_history(self, stack: QUndoStack) -> None:
        """Undo/Redo act on the release's one history (the window's), not the focused editor's own."""
        self._history = stack
        for action, step in ((self.undo_action, stack.undo), (self.redo_action, stack.redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.refresh()

    def set_editor(self, editor: RichTextEditor | None) -> None:
        """Serve `editor` from now on (the focused body, zh-TW or en); None disables the toolbar."""
        for signal, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):  # the editor may already be gone
                signal.disconnect(slot)  # type: ignore[attr-defined]  # a SignalInstance, kept as object in the list
        self._connections = []
        self._editor = editor
        if editor is not None:
            self._connections = [
                (editor.formatChanged, self.refresh),
                (editor.destroyed, self._editor_destroyed),
            ]
            for signal, slot in self._connections:
                signal.connect(slot)  # type: ignore[attr-defined]  # as above
        self.refresh()

    @Slot(QObject)
    def _editor_destroyed(self, _obj: QObject | None = None) -> None:
        self._connections = []
        self._editor = None
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Mirror the format at the editor's cursor."""
        editor = self._editor
        enabled = editor is not None
        for action in self.actions():
            action.setEnabled(enabled)
        self.heading_combo.setEnabled(enabled)
        if self._history is not None:
            self.undo_action.setEnabled(self._history.canUndo())
            self.redo_action.setEnabled(self._history.canRedo())
        if editor is None:
            for action in self.actions():
                if action.isCheckable():
                    action.setChecked(False)
            return
        if self._history is None:
            document = editor.document()
            self.undo_action.setEnabled(document.isUndoAvailable())
            self.redo_action.setEnabled(document.isRedoAvailable())
        marks = editor.current_marks()
        self.bold_action.setChecked(Mark.BOLD in marks)
        self.italic_action.setChecked(Mark.ITALIC in marks)
        self.underline_action.setChecked(Mark.UNDERLINE in marks)
        current_list = editor.current_list()
        self.bullets_action.setChecked(current_list is not None and not current_list[0])
        self.numbers_action.setChecked(current_list is not None and current_list[0])
        self.indent_action.setEnabled(current_list is not None)
        self.outdent_action.setEnabled(current_list is not None)
        self.quote_action.setChecked(editor.in_quote())
        href = editor.current_href()
        self.link_action.setChecked(href is not None)
        self.unlink_action.setEnabled(href is not None or editor.textCursor().hasSelection())
        self.heading_combo.setCurrentIndex(min(editor.current_heading_level(), 3))

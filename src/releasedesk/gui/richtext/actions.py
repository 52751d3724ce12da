"""The editor's keyboard shortcuts, as actions living on the editor (the shared toolbar shows its own, shortcut-free
ones). Their labels keep the "RichTextEditor" translation context, where they were translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from releasedesk.gui.richtext.editor_protocol import EditorLike

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "literal") calls by this name too


def create_actions(editor: EditorLike) -> dict[str, QAction]:
    """Add one action per formatting command to `editor`, by name; the shortcuts work while the editor has focus."""
    table: list[tuple[str, str, QKeySequence, Callable[[], None]]] = [
        ("bold", translate("RichTextEditor", "Bold"), QKeySequence(QKeySequence.StandardKey.Bold), editor.toggle_bold),
        (
            "italic",
            translate("RichTextEditor", "Italic"),
            QKeySequence(QKeySequence.StandardKey.Italic),
            editor.toggle_italic,
        ),
        (
            "underline",
            translate("RichTextEditor", "Underline"),
            QKeySequence(QKeySequence.StandardKey.Underline),
            editor.toggle_underline,
        ),
        ("paragraph", translate("RichTextEditor", "Body text"), QKeySequence("Ctrl+0"), lambda: editor.set_heading(0)),
        ("heading1", translate("RichTextEditor", "Heading 1"), QKeySequence("Ctrl+1"), lambda: editor.set_heading(1)),
        ("heading2", translate("RichTextEditor", "Heading 2"), QKeySequence("Ctrl+2"), lambda: editor.set_heading(2)),
        ("heading3", translate("RichTextEditor", "Heading 3"), QKeySequence("Ctrl+3"), lambda: editor.set_heading(3)),
        (
            "bullets",
            translate("RichTextEditor", "Bulleted list"),
            QKeySequence("Ctrl+Shift+8"),
            editor.toggle_bullet_list,
        ),
        (
            "numbers",
            translate("RichTextEditor", "Numbered list"),
            QKeySequence("Ctrl+Shift+7"),
            editor.toggle_numbered_list,
        ),
        ("quote", translate("RichTextEditor", "Block quote"), QKeySequence("Ctrl+Shift+9"), editor.toggle_quote),
        ("link", translate("RichTextEditor", "Link…"), QKeySequence("Ctrl+K"), editor.edit_link),
        ("unlink", translate("RichTextEditor", "Remove link"), QKeySequence("Ctrl+Shift+K"), editor.remove_link),
    ]
    actions = {}
    for name, label, shortcut, slot in table:
        action = QAction(label, cast("QWidget", editor))  # every EditorLike is a RichTextEditor
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        editor.addAction(action)
        actions[name] = action
    return actions

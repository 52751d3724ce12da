"""ReleaseHistory: one QUndoStack for everything the release holds, shown in Edit → Undo/Redo with step names.

The widgets stay the source of truth; the history watches them. A form field's change becomes a `ValueCommand`
(old and new value), a text document's own undo level becomes a `DocumentCommand` replayed through that document,
and a contacts change a `ContactsCommand`. Undo/Redo keys pressed in a text field are routed here too, so Ctrl+Z
never undoes one field's private history out of order.
"""

from __future__ import annotations

import copy
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextDocument, QUndoStack
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from releasedesk.gui.undo.commands import ContactsCommand, DocumentCommand, ValueCommand

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from releasedesk.gui.contacts_panel import ContactsPanel
    from releasedesk.model.release import Contact


@dataclass
class _Field:
    text: str
    get: Callable[[], Any]
    set: Callable[[Any], None]
    merge: bool
    last: Any = None


class ReleaseHistory(QObject):
    """Watches the release's widgets and records every user change as one named, undoable step."""

    applied = Signal()
    """An undo or redo changed the widgets (some setters block their own signals): refresh preview and title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._fields: dict[str, _Field] = {}
        self._documents: list[QTextDocument] = []
        self._panel: ContactsPanel | None = None
        self._contacts: list[Contact] = []
        self._applying = 0
        self._suspended = 0
        self._session = 0  # typing merges into one step until focus moves
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # watching ----------------------------------------------------------------------------------------------------
    def watch_value(
        self,
        key: str,
        text: str,
        get: Callable[[], Any],
        set_: Callable[[Any], None],
        signals: list[Any],
        *,
        merge: bool = False,
    ) -> None:
        """`get`/`set_` read and write one value; each of `signals` fires after the user changed it."""
        self._fields[key] = _Field(text, get, set_, merge, copy.deepcopy(get()))
        for signal in signals:
            signal.connect(lambda *_args, key=key: self._value_changed(key))

    def watch_document(self, document: QTextDocument, text: str) -> None:
        self._documents.append(document)
        document.undoCommandAdded.connect(lambda: self._document_step(document, text))

    def watch_contacts(self, panel: ContactsPanel) -> None:
        self._panel = panel
        self._contacts = copy.deepcopy(panel.contacts())
        panel.changed.connect(self._contacts_changed)

    def route_keys(self, widgets: list[QWidget]) -> None:
        """Undo/Redo keys in these fields act on the release history (not the field's own)."""
        for widget in widgets:
            widget.installEventFilter(self)
            if isinstance(widget, QAbstractScrollArea):
                widget.viewport().installEventFilter(self)  # where a text edit's context menu events arrive

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._context_menu(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.stack.redo()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        """The field's own menu, with its Undo/Redo acting on the release history (as Ctrl+Z does)."""
        field = (
            watched.parentWidget()
            if isinstance(watched, QWidget) and watched.objectName() == "qt_scrollarea_viewport"
            else watched
        )
        make = getattr(field, "createStandardContextMenu", None)
        if make is None:
            return False
        menu = make()
        if menu is None:
            return False
        self.retarget_menu(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True

    def retarget_menu(self, menu: QMenu) -> None:
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                undo = name == "edit-undo"
                action.triggered.disconnect()
                action.triggered.connect(self.stack.undo if undo else self.stack.redo)
                action.setEnabled(self.stack.canUndo() if undo else self.stack.canRedo())

    # the release was replaced (new, open) --------------------------------------------------------------------------
    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Changes inside are not steps (loading a release); `reset` afterwards takes the new values as the start."""
        self._suspended += 1
        try:
            yield
        finally:
            self._suspended -= 1

    def reset(self) -> None:
        self.stack.clear()
        for field in self._fields.values():
            field.last = copy.deepcopy(field.get())
        for document in self._documents:
            document.clearUndoRedoStacks()
        if self._panel is not None:
            self._contacts = copy.deepcopy(self._panel.contacts())

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Every change inside is one step (Replace All); nothing changed leaves no step."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()
            top = self.stack.command(self.stack.index() - 1)
            if top is not None and top.childCount() == 0 and top.text() == text:
                top.setObsolete(True)
                self.stack.undo()  # an obsolete command is dropped on undo

    # applying a step -------------------------------------------------------------------------------------------------
    @contextmanager
    def applying(self) -> Iterator[None]:
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    def notify_applied(self) -> None:
        self.applied.emit()

    def set_value(self, key: str, value: Any) -> None:
        field = self._fields[key]
        with self.applying():
            field.set(copy.deepcopy(value))
            field.last = copy.deepcopy(field.get())
        self.notify_applied()

    def _restore_contacts(self, contacts: list[Contact]) -> None:
        panel = self._panel
        if panel is None:
            return
        with self.applying():
            panel.set_contacts(contacts)
            self._contacts = copy.deepcopy(contacts)
            panel.changed.emit()  # the directory flags and the window follow
        self.notify_applied()

    # recording -------------------------------------------------------------------------------------------------------
    def _recording(self) -> bool:
        return not (self._applying or self._suspended)

    def _value_changed(self, key: str) -> None:
        field = self._fields[key]
        new = field.get()
        if not self._recording():
            field.last = copy.deepcopy(new)
            return
        if new == field.last:
            return
        old, field.last = field.last, copy.deepcopy(new)
        merge = self._session if field.merge else None
        self.stack.push(ValueCommand(self, key, field.text, old, copy.deepcopy(new), merge=merge))

    def _document_step(self, document: QTextDocument, text: str) -> None:
        if self._recording():
            self.stack.push(DocumentCommand(self, document, text))

    def _contacts_changed(self) -> None:
        if self._panel is None:
            return
        new = self._panel.contacts()
        if not self._recording():
            self._contacts = copy.deepcopy(new)
            return
        if new == self._contacts:
            return
        old, self._contacts = self._contacts, copy.deepcopy(new)
        self.stack.push(ContactsCommand(self._restore_contacts, old, new, self._contacts_step_name(old, new)))

    def _contacts_step_name(self, old: list[Contact], new: list[Contact]) -> str:
        """What the user did, read from before and after: added, removed, moved, updated or edited."""
        if len(new) > len(old):
            return self.tr("Add %n contact(s)", "", len(new) - len(old))
        if len(new) < len(old):
            gone = next((contact for contact in old if contact not in new), old[-1])
            return self.tr("Remove contact %1").replace("%1", _name(gone)).strip()
        changed = [index for index, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if len(changed) > 1 and sorted(map(repr, old)) == sorted(map(repr, new)):
            current = self._panel.current_index() if self._panel is not None else -1
            moved = new[current] if current in changed else new[changed[-1]]  # the panel selects the moved row
            return self.tr("Move contact %1").replace("%1", _name(moved)).strip()
        if len(changed) == 1:
            before, after = old[changed[0]], new[changed[0]]
            if before.directory_id is not None and before.directory_updated != after.directory_updated:
                return self.tr("Update %1 from the directory").replace("%1", _name(after)).strip()
            return self.tr("Edit contact %1").replace("%1", _name(after)).strip()
        return self.tr("Edit contacts")

    def _focus_moved(self, *_args: object) -> None:
        self._session += 1


def _name(contact: Contact) -> str:
    return contact.name.zh or contact.name.en

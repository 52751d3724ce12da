"""The undo commands: a field's value, one step of a text document's own history, and the contacts list.

Each command is pushed *after* its change happened in the widget, so its first `redo()` does nothing.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QTextDocument, QUndoCommand

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from releasedesk.model.release import Contact

VALUE_ID = 1501


class ReleaseHistory(Protocol):
    """What a command needs of `history.ReleaseHistory`, which imports the commands (so they cannot import it)."""

    def set_value(self, key: str, value: Any) -> None: ...

    def applying(self) -> AbstractContextManager[None]: ...

    def notify_applied(self) -> None: ...


class _AfterTheFact(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done = True  # the widget already shows the change

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(forward=True)

    def undo(self) -> None:
        self.apply(forward=False)

    def apply(self, *, forward: bool) -> None:
        raise NotImplementedError


class ValueCommand(_AfterTheFact):
    """A form field went from `old` to `new`. Typing in one field merges into one step until focus moves on."""

    def __init__(self, history: ReleaseHistory, key: str, text: str, old: Any, new: Any, *, merge: int | None) -> None:
        super().__init__(text)
        self.history, self.key, self.old, self.new, self.merge = history, key, old, new, merge

    def apply(self, *, forward: bool) -> None:
        self.history.set_value(self.key, self.new if forward else self.old)

    def id(self) -> int:
        return VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ValueCommand) or self.merge is None:
            return False
        if (other.key, other.merge) != (self.key, self.merge):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed and erased again: no step at all
        return True


class DocumentCommand(_AfterTheFact):
    """One level of a text document's own undo stack (typing, formatting, paste), replayed through it."""

    def __init__(self, history: ReleaseHistory, document: QTextDocument, text: str) -> None:
        super().__init__(text)
        self.history, self.document = history, document

    def apply(self, *, forward: bool) -> None:
        with self.history.applying():
            self.document.redo() if forward else self.document.undo()
        self.history.notify_applied()


class ContactsCommand(_AfterTheFact):
    """The contacts list before and after one change (add, remove, move, edit, update from directory)."""

    def __init__(
        self, restore: Callable[[list[Contact]], None], old: list[Contact], new: list[Contact], text: str
    ) -> None:
        super().__init__(text)
        self.restore = restore
        self.old, self.new = copy.deepcopy(old), copy.deepcopy(new)

    def apply(self, *, forward: bool) -> None:
        self.restore(copy.deepcopy(self.new if forward else self.old))

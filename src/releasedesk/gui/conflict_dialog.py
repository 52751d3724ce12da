"""When the release on disk changed since it was opened: say so, and let the user decide what happens.

Nothing is overwritten silently: the choices are compare (a text diff of the two versions), save as a copy, reload
the version on disk (discarding this window's changes), overwrite on purpose, or cancel.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from releasedesk.gui.choice import Role, ask, local_time

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.fileformat import FileStamp, SaveConflictError
    from releasedesk.session.lockfile import LockOwner


class ConflictChoice(Enum):
    """What the user chose when the file changed on disk since it was opened."""

    COMPARE = "compare"
    SAVE_COPY = "save_copy"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def ask_conflict(parent: QWidget, path: Path, conflict: SaveConflictError, holder: LockOwner | None) -> ConflictChoice:
    """Tell who/when as far as known and return the user's choice."""
    current: FileStamp | None = conflict.current
    if current is None:
        text = QCoreApplication.translate("ConflictDialog", "“%1” was deleted or moved since you opened it.").replace(
            "%1", path.name
        )
    else:
        text = (
            QCoreApplication.translate("ConflictDialog", "“%1” was changed on disk since you opened it (modified %2).")
            .replace("%1", path.name)
            .replace("%2", local_time(current.mtime_ns / 1e9))
        )
    if holder is not None:
        text += " " + QCoreApplication.translate("ConflictDialog", "It is open by %1.").replace("%1", holder.describe())
    text += "\n\n" + QCoreApplication.translate(
        "ConflictDialog", "Saving now would replace their version. Nothing has been written yet."
    )
    choices = [
        (ConflictChoice.COMPARE.value, QCoreApplication.translate("ConflictDialog", "Compare…"), Role.ActionRole),
        (
            ConflictChoice.SAVE_COPY.value,
            QCoreApplication.translate("ConflictDialog", "Save as Copy…"),
            Role.AcceptRole,
        ),
        (
            ConflictChoice.RELOAD.value,
            QCoreApplication.translate("ConflictDialog", "Reload (Discard My Changes)"),
            Role.DestructiveRole,
        ),
        (
            ConflictChoice.OVERWRITE.value,
            QCoreApplication.translate("ConflictDialog", "Overwrite Their Version"),
            Role.DestructiveRole,
        ),
        (ConflictChoice.CANCEL.value, QCoreApplication.translate("ConflictDialog", "Cancel"), Role.RejectRole),
    ]
    if current is None:
        choices = [choice for choice in choices if choice[0] not in ("compare", "reload")]
        choices[-2] = (
            ConflictChoice.OVERWRITE.value,
            QCoreApplication.translate("ConflictDialog", "Save Here Again"),
            Role.DestructiveRole,
        )
    key = ask(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConflictDialog", "File changed on disk"),
        text,
        choices,
        ConflictChoice.SAVE_COPY.value,
    )
    return ConflictChoice(key) if key else ConflictChoice.CANCEL


def text_diff(theirs: str, mine: str, name: str) -> str:
    """A unified diff of the two files' text: their version on disk first, this window's second."""
    import difflib  # only when a conflict is shown

    lines = difflib.unified_diff(
        theirs.splitlines(), mine.splitlines(), f"{name} (on disk)", f"{name} (this window)", lineterm="", n=2
    )
    return "\n".join(lines) or "(no differences in the text)"


class DiffDialog(QDialog):
    """The two versions side by side as a text diff, read-only."""

    def __init__(self, parent: QWidget, title: str, diff: str) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_diff")
        self.setWindowTitle(title)
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.view.setFont(font)
        self.view.setPlainText(diff)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

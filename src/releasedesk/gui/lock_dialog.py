"""What to do when the release is already open elsewhere: read-only, open anyway, take over the lock, or cancel."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from releasedesk.gui.choice import Role, ask, local_time

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.session.lockfile import LockOwner


class LockChoice(Enum):
    """What the user chose when someone else has the file open."""

    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"


def _age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return QCoreApplication.translate("LockDialog", "less than a minute ago")
    if minutes < 120:
        return QCoreApplication.translate("LockDialog", "%1 minutes ago").replace("%1", str(minutes))
    return QCoreApplication.translate("LockDialog", "%1 hours ago").replace("%1", str(minutes // 60))


def ask_lock(parent: QWidget, path: Path, holder: LockOwner | None) -> LockChoice:
    """Say who holds `path` (user, computer, since when in local time, last seen) and return the choice."""
    if holder is None:
        text = QCoreApplication.translate("LockDialog", "“%1” is being opened by someone else right now.").replace(
            "%1", path.name
        )
    else:
        text = (
            QCoreApplication.translate("LockDialog", "“%1” is open by %2 since %3 (last seen %4).")
            .replace("%1", path.name)
            .replace("%2", holder.describe())
            .replace("%3", local_time(holder.since))
            .replace("%4", _age(holder.age_seconds()))
        )
    details = QCoreApplication.translate(
        "LockDialog",
        "Open it read-only to look without risk. If you open it anyway and both of you save, ReleaseDesk will "
        "show the conflict instead of overwriting.",
    )
    choices = [
        (LockChoice.READ_ONLY.value, QCoreApplication.translate("LockDialog", "Open Read-Only"), Role.AcceptRole),
        (LockChoice.OPEN_ANYWAY.value, QCoreApplication.translate("LockDialog", "Open Anyway"), Role.ActionRole),
    ]
    if holder is None or holder.on_other_computer:
        details += " " + QCoreApplication.translate(
            "LockDialog", "The lock is from another computer, so ReleaseDesk cannot tell whether it is still in use."
        )
        choices.append(
            (
                LockChoice.TAKE_OVER.value,
                QCoreApplication.translate("LockDialog", "Take Over Lock"),
                Role.DestructiveRole,
            )
        )
    choices.append((LockChoice.CANCEL.value, QCoreApplication.translate("LockDialog", "Cancel"), Role.RejectRole))
    title = QCoreApplication.translate("LockDialog", "File in use")
    key = ask(parent, QMessageBox.Icon.Warning, title, text, choices, LockChoice.READ_ONLY.value, details)
    return LockChoice(key) if key else LockChoice.CANCEL

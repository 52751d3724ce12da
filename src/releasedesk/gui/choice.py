"""A message box with named choices: the caller gets back a key, not a button object, and tests click by name."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def ask(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    choices: list[tuple[str, str, Role]],
    default: str,
    details: str = "",
) -> str | None:
    """Show `text` with one button per (key, label, role); the key of the button pressed, None when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    for key, label, role in choices:
        button = box.addButton(label, role)
        button.setObjectName(key)
        if key == default:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() else None


def local_time(moment: datetime | str | float | None) -> str:
    """A moment as this computer's local date and time with its zone, e.g. `2026-11-30 21:05 (CST)`.

    Accepts a datetime, an ISO 8601 text as lock and recovery files store it (UTC when it has no offset), or a
    POSIX timestamp; "?" when there is none or it cannot be read.
    """
    if isinstance(moment, float | int):
        moment = datetime.fromtimestamp(moment, UTC)
    elif isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return "?"
    if moment is None:
        return "?"
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{local:%Y-%m-%d %H:%M} ({local.tzname()})"

"""The directory beside a release: "Add from directory…", rows flagged when their entry changed, and updates.

Attaches to the window's ContactsPanel through its small API (add_button, add_contacts, replace_contact,
mark_changed_in_directory), so the main window only creates it and calls `refresh()` when it shows a release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from releasedesk.directory.repository import ContactRepository, DirectoryError, default_db_path
from releasedesk.directory.snapshot import LinkState, directory_entry, is_linked, link_states, refreshed
from releasedesk.gui.slots import command
from releasedesk.library.open_directory import open_repository

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.gui.contacts_panel import ContactsPanel
    from releasedesk.gui.directory.dialog import DirectoryDialog
    from releasedesk.model.release import Contact


def open_directory(path: Path | str | None = None) -> ContactRepository:
    """The directory in the library the settings name (the data folder's file by default); raises DirectoryError
    with a one-line reason when it cannot be opened."""
    if path is None:
        from releasedesk.gui.settings import Settings

        return open_repository(Settings().library_url or default_db_path())
    return open_repository(path)


class DirectoryLink(QObject):
    """Connects the contacts panel to the contact directory (links, changed marks, updates)."""

    def __init__(
        self,
        panel: ContactsPanel,
        parent: QWidget | None = None,
        *,
        repository: ContactRepository | None = None,
        db_path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self._repository = repository
        self._db_path = db_path
        self._failed = False
        self.states: list[LinkState] = []
        self.dialog: DirectoryDialog | None = None
        self.add_action = QAction(self.tr("Add from directory…"), panel)
        self.add_action.setObjectName("action_add_from_directory")
        self.add_action.setToolTip(self.tr("Pick contacts from the contact directory"))
        self.add_action.triggered.connect(command(self.open_dialog))
        self.update_action = QAction(self.tr("Update from directory"), panel)
        self.update_action.setObjectName("action_update_from_directory")
        self.update_action.setToolTip(self.tr("Replace the selected contact with its current directory entry"))
        self.update_action.triggered.connect(self.update_current)
        panel.add_button(self.add_action)
        panel.add_button(self.update_action)
        panel.changed.connect(command(self.refresh))
        panel.confirm_print_mobile = self.confirm_print_mobile
        panel.table.itemSelectionChanged.connect(self._sync_actions)
        if parent is not None:
            parent.installEventFilter(self)
        self._sync_actions()

    def switch_to(self, where: Path | str | None) -> None:
        """Follow the library to another address (the directory lives in it); None: the settings' library."""
        if self._repository is not None:
            self._repository.close()
        self._repository, self._db_path, self._failed = None, where, False

    def repository(self) -> ContactRepository | None:
        """Opened on first use; an unusable database is reported once and the release still works without it."""
        if self._repository is None and not self._failed:
            try:
                self._repository = open_directory(self._db_path)
            except DirectoryError as error:
                self._failed = True
                QMessageBox.warning(self.panel.window(), self.tr("Contact directory"), str(error))
        return self._repository

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()  # another window or program may have edited the directory
        return super().eventFilter(watched, event)

    def open_dialog(self) -> DirectoryDialog | None:
        repository = self.repository()
        if repository is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from releasedesk.gui.directory.dialog import DirectoryDialog  # vCard and the list: on first use

        dialog = DirectoryDialog(repository, self.panel.window(), can_add=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contactsChosen.connect(self.panel.add_contacts)
        dialog.model.mark_in_release(self.panel.contacts())
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _dialog_finished(self) -> None:
        self.dialog = None
        self.refresh()

    def refresh(self) -> list[LinkState]:
        """Compare every release contact with its directory entry and flag the changed ones."""
        contacts = self.panel.contacts()
        linked = any(is_linked(contact) for contact in contacts)
        repository = self.repository() if linked else self._repository
        if repository is None:
            self.states = [LinkState.NOT_LINKED] * len(contacts)
        else:
            try:
                self.states = link_states(contacts, repository)
            except DirectoryError:
                self.states = [LinkState.NOT_LINKED] * len(contacts)
        if self.dialog is not None:
            self.dialog.model.mark_in_release(contacts)
        tip = self.tr("Changed in the directory since it was added: use “Update from directory”")
        for index, state in enumerate(self.states):
            self.panel.mark_changed_in_directory(index, state is LinkState.CHANGED, tip)
        self._sync_actions()
        return self.states

    def confirm_print_mobile(self, contact: Contact) -> bool:
        """Ask before printing a mobile number the directory marks as not for print; True to go ahead."""
        repository = self.repository() if is_linked(contact) else None
        if repository is None:
            return True
        try:
            entry = directory_entry(contact, repository)
        except DirectoryError:
            return True
        if entry is None or entry.print_mobile:
            return True
        name = contact.name.zh or contact.name.en
        answer = QMessageBox.warning(
            self.panel.window(),
            self.tr("Print mobile number"),
            self.tr(
                "The contact directory says %1's mobile number may not be printed. Print it in this release anyway?"
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def update_current(self) -> None:
        index = self.panel.current_index()
        repository = self.repository()
        if repository is None or not 0 <= index < len(self.states) or self.states[index] is not LinkState.CHANGED:
            return
        fresh = refreshed(self.panel.contact(index), repository)
        if fresh is not None:
            self.panel.replace_contact(index, fresh)  # emits changed → refresh()

    @Slot()
    def _sync_actions(self) -> None:
        index = self.panel.current_index()
        flagged = 0 <= index < len(self.states) and self.states[index] is LinkState.CHANGED
        self.update_action.setEnabled(flagged)

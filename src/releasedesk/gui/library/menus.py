"""The library's menu entries, built in one place so the main window only places them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from releasedesk import samples
from releasedesk.gui.slots import command

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.library.controller import LibraryController
    from releasedesk.gui.library.dialog import LibraryDialog
    from releasedesk.gui.library.profiles_dialog import ProfilesDialog
    from releasedesk.gui.window_protocol import ReleaseWindow


class LibraryMenus(QObject):
    """The library's menu entries and what they do."""

    def __init__(self, window: ReleaseWindow, controller: LibraryController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.samples_menu = QMenu(self.tr("New from &Sample"), window)
        self.samples_menu.setObjectName("samples_menu")
        for name in samples.sample_names():
            action = self.samples_menu.addAction(name)
            action.triggered.connect(command(partial(controller.new_from_sample, name)))
        self.library_action = self._action(self.tr("Release &Library…"), self.show_library, "Ctrl+L", "action_library")
        self.profiles_action = self._action(self.tr("Agency &Profiles…"), self.show_profiles, None, "action_profiles")
        self.address_action = self._action(self.tr("Library &Address…"), controller.ask_address, None, "action_address")
        self.change_logo_action = self._action(self.tr("Change &Logo…"), controller.change_logo, None, "action_logo")
        self.remove_logo_action = self._action(self.tr("Remove Logo"), controller.remove_logo, None, "action_no_logo")

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(command(slot))
        self.window.addAction(action)
        return action

    def file_actions(self) -> list[QAction]:
        separator = QAction(self.window)
        separator.setSeparator(True)
        return [self.library_action, separator]

    def add_to_edit_menu(self, menu: QMenu | None) -> None:
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.change_logo_action, self.remove_logo_action])

    def show_library(self) -> LibraryDialog | None:
        if self.controller.library() is None:
            return None
        from releasedesk.gui.library.dialog import LibraryDialog  # SQLAlchemy: loaded when first opened

        dialog = LibraryDialog(self.controller, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def show_profiles(self) -> ProfilesDialog | None:
        if self.controller.library() is None:
            return None
        from releasedesk.gui.library.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(self.controller, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

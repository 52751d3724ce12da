"""The main window as its controllers see it: what they may call, and nothing else.

`main_window.MainWindow` builds the controllers (files, export, print, library, approval, checks, undo), so they
cannot import it back (tests/test_import_graph.py forbids the circle). They are typed against `ReleaseWindow`
instead, which `MainWindow` subclasses. It is a QMainWindow subclass rather than a bare `Protocol` because the
controllers also parent their widgets and dialogs to the window, and a Protocol cannot say "and is a QMainWindow".
The window's own parts that a controller wires into (the form, the panes, the contacts) are declared here, typed by
their widget classes; the other controllers appear only as the small protocols below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget

    from releasedesk.export.style import HouseStyle
    from releasedesk.gui.contacts_panel import ContactsPanel
    from releasedesk.gui.language_pane import LanguagePane
    from releasedesk.gui.metadata_form import MetadataForm
    from releasedesk.gui.preview import PreviewWidget
    from releasedesk.gui.settings import Settings
    from releasedesk.model.release import Image, Lang, Release


class FileState(Protocol):
    """`files.FileController` as other controllers use it."""

    path: Path | None

    def maybe_save(self) -> bool: ...

    def show_untitled(self, release: Release, *, modified: bool = True) -> None: ...


class LibraryKeeper(Protocol):
    """`library.LibraryController` as `files` (after a save), export and print use it."""

    def keep(self, release: Release, path: Path | None) -> bool: ...
    def template_for(self, release: Release, *, open_library: bool = False) -> HouseStyle | None: ...


class PrintEvents(Protocol):
    """`print_controller.PrintController` as the approval log listens to it."""

    printed: SignalInstance
    """(printer name, copies) after a print job was sent."""


class ReleaseWindow(QMainWindow):
    """The window's interface for its controllers; `MainWindow` fills in every member."""

    settings: Settings
    form: MetadataForm
    panes: dict[Lang, LanguagePane]
    contacts: ContactsPanel
    contacts_dock: QDockWidget
    preview: PreviewWidget
    files: FileState
    library: LibraryKeeper
    printer: PrintEvents
    save_action: QAction
    save_as_action: QAction
    print_action: QAction
    print_preview_action: QAction

    @property
    def edit_generation(self) -> int:
        """Counts edits (and `note_edit` calls): autosave compares it with the generation it saved last."""
        raise NotImplementedError

    def note_edit(self) -> None:
        """Count one more edit, so the next autosave writes even if nothing was typed since the last one."""
        raise NotImplementedError

    def current_release(self) -> Release:
        raise NotImplementedError

    def show_release(self, release: Release, path: Path | None, *, modified: bool = False) -> None:
        raise NotImplementedError

    def mark_saved(self, path: Path | None) -> None:
        raise NotImplementedError

    def update_recent_menu(self) -> None:
        raise NotImplementedError

    def record_workflow(self, release: Release) -> None:
        raise NotImplementedError

    def set_logo(self, image: Image | None) -> None:
        raise NotImplementedError

"""The main window: builds the panes and docks, wires signals, and delegates every command to its own module."""

from __future__ import annotations

import copy
from dataclasses import replace
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from releasedesk import __version__
from releasedesk.gui.approval import ApprovalController
from releasedesk.gui.checks.controller import ChecksController
from releasedesk.gui.contacts_panel import ContactsPanel
from releasedesk.gui.dateline_leadin import DatelineLeadIn, leadin_text
from releasedesk.gui.directory import DirectoryLink
from releasedesk.gui.export_dialog import ExportController
from releasedesk.gui.files import FileController
from releasedesk.gui.find_replace import FindReplaceDialog, Target, contact_cells
from releasedesk.gui.first_paint import after_first_paint
from releasedesk.gui.language_pane import LanguagePane
from releasedesk.gui.library import LibraryController, LibraryMenus
from releasedesk.gui.metadata_form import MetadataForm
from releasedesk.gui.pairs.controller import PairsController
from releasedesk.gui.preview import PreviewWidget
from releasedesk.gui.print_controller import PrintController
from releasedesk.gui.retranslate import switch_language
from releasedesk.gui.richtext.toolbar import FormatToolBar
from releasedesk.gui.settings import Settings
from releasedesk.gui.shortcuts import WindowShortcuts
from releasedesk.gui.slots import command
from releasedesk.gui.undo.wiring import attach_history
from releasedesk.gui.window_protocol import ReleaseWindow
from releasedesk.model import counts
from releasedesk.model.release import LANGUAGES, Image, Lang, Release
from releasedesk.model.release_state import collect_images
from releasedesk.resources import resource

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.help import GuideDialog
    from releasedesk.session.recovery import RecoveryStore

COUNTS_DELAY_MS = 250
DEFAULT_SIZE = QSize(1500, 940)


def first_start_geometry(available: QRect) -> QRect:
    """The default size, shrunk to leave a margin on a smaller screen, centred in the screen's free area."""
    width = min(DEFAULT_SIZE.width(), round(available.width() * 0.95))
    height = min(DEFAULT_SIZE.height(), round(available.height() * 0.92))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(resource("icons", "releasedesk.svg")))


class MainWindow(ReleaseWindow):
    """The editing window: builds the parts and the controllers and connects their signals (window_protocol.py
    is what the controllers see of it)."""

    def __init__(self, settings: Settings | None = None, store: RecoveryStore | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self._base = Release()
        self._edit_generation = 0
        self._painted = False
        after_first_paint(self, partial(setattr, self, "_painted", True))

        self.form = MetadataForm(self)
        self.panes: dict[Lang, LanguagePane] = {lang: LanguagePane(lang, self) for lang in LANGUAGES}
        self.pane_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.pane_splitter.setObjectName("pane_splitter")
        self.pane_splitter.setChildrenCollapsible(False)
        for pane in self.panes.values():
            self.pane_splitter.addWidget(pane)
        form_area = QScrollArea(self)
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        form_area.setMinimumHeight(60)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(form_area)
        self.main_splitter.addWidget(self.pane_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([self.form.sizeHint().height() + 4, 800])
        self.setCentralWidget(self.main_splitter)
        self.dateline_leadin = DatelineLeadIn(self.panes["en"].body)  # what export puts before the first paragraph

        self.contacts = ContactsPanel(self)
        self.contacts_dock = self._dock("contacts_dock", self.tr("Media contacts"), self.contacts)
        self.directory = DirectoryLink(self.contacts, self)  # "Add from directory…", changed-since flags
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.contacts_dock)
        self.preview = PreviewWidget(self.current_release, self)
        self.preview.set_lang(self.settings.preview_language)
        self.preview_dock = self._dock("preview_dock", self.tr("Preview"), self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.resizeDocks([self.preview_dock], [560], Qt.Orientation.Horizontal)
        self.resizeDocks([self.contacts_dock], [150], Qt.Orientation.Vertical)

        self.format_bar = FormatToolBar(self)
        self.format_bar.setObjectName("format_toolbar")
        self.format_bar.setWindowTitle(self.tr("Formatting"))
        self.format_bar.set_editor(None)

        self.files: FileController = FileController(self, self.settings, store)
        self.library: LibraryController = LibraryController(self, self.settings)
        self.exporter = ExportController(self, self.settings)
        self.printer: PrintController = PrintController(self)
        self.find_dialog = FindReplaceDialog(self.text_fields, self)
        self.history = attach_history(self)  # one undo history for the release
        self.find_dialog.batch = self.history.macro

        self.count_labels = {lang: QLabel(self) for lang in LANGUAGES}
        for label in self.count_labels.values():
            self.statusBar().addPermanentWidget(label)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.update_counts)

        self._build_actions()
        self.pairs = PairsController(self, self.panes, self._pairs_base)  # linked languages (gui/pairs)
        self.form.issued_at.changed.connect(self.pairs.tracker.schedule)  # 明年 / next year follow the date
        self.checks = ChecksController(self)  # underlines, checks panel, Checks menu (gui/checks/)
        self.approval = ApprovalController(self)  # banner over the form, Review menu, print station
        self.addToolBar(self.format_bar)
        self._connect()
        self._set_tab_order()
        self._restore_layout()

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    # actions and menus ------------------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(command(slot))  # commands return results for tests; Qt must not see them
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New…"), self.library.new_from_profile, key.New, "action_new")
        self.open_action = self._action(self.tr("&Open…"), self.files.open_dialog, key.Open, "action_open")
        self.save_action = self._action(self.tr("&Save"), self.files.save, key.Save, "action_save")
        self.save_as_action = self._action(self.tr("Save &As…"), self.files.save_as, key.SaveAs, "action_save_as")
        self.export_pdf_action = self._action(self.tr("Export &PDF…"), self.exporter.export_pdf, "Ctrl+E")
        self.export_docx_action = self._action(self.tr("Export &DOCX…"), self.exporter.export_docx, "Ctrl+Shift+E")
        self.export_any_action = self._action(self.tr("Export Other &Formats…"), self.exporter.export_any, "Ctrl+Alt+E")
        self.print_action = self._action(self.tr("&Print…"), self.printer.print_dialog, key.Print)
        self.print_preview_action = self._action(self.tr("Print Pre&view…"), self.printer.print_preview)
        self.close_action = self._action(self.tr("&Close"), self.close, key.Close)
        self.quit_action = self._action(self.tr("&Quit"), QApplication.closeAllWindows, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.tr("&Find and Replace…"), self.show_find, key.Find, "action_find")
        self.find_action.setShortcuts([QKeySequence(key.Find), QKeySequence(key.Replace)])
        self.find_next_action = self._action(self.tr("Find &Next"), self.find_dialog.find_next, key.FindNext)
        window_wide = [
            *(self.new_action, self.open_action, self.save_action, self.save_as_action),
            *(self.export_pdf_action, self.export_docx_action, self.print_action, self.find_action),
        ]
        for dock in (self.contacts_dock, self.preview_dock):
            dock.addActions(window_wide)  # a floating dock is a window of its own
        self.window_keys = WindowShortcuts(window_wide, self.owns, self)
        self.keep_command_keys(*self.findChildren(QLineEdit), *self.findChildren(QAbstractScrollArea))

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_action)
        self.library_menus = LibraryMenus(self, self.library)
        menu.addMenu(self.library_menus.samples_menu)
        menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addActions([self.export_pdf_action, self.export_docx_action, self.export_any_action])
        menu.addSeparator()
        menu.addActions([self.print_preview_action, self.print_action])
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])
        menu.insertActions(self.save_action, self.library_menus.file_actions())

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.history.stack.undo, key.Undo, "action_undo")
        self.redo_action = self._action(self.tr("&Redo"), self.history.stack.redo, key.Redo, "action_redo")
        self._sync_undo_actions()
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        for text, method, shortcut in (
            (self.tr("Cu&t"), "cut", key.Cut),
            (self.tr("&Copy"), "copy", key.Copy),
            (self.tr("&Paste"), "paste", key.Paste),
            (self.tr("Select &All"), "selectAll", key.SelectAll),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the text fields handle the keys
            action.triggered.connect(partial(self._edit_command, method))
        menu.addSeparator()
        menu.addActions([self.find_action, self.find_next_action])
        self.library_menus.add_to_edit_menu(menu)

        menu = self.menuBar().addMenu(self.tr("&View"))
        preview_toggle = self.preview_dock.toggleViewAction()
        preview_toggle.setText(self.tr("&Preview"))
        preview_toggle.setShortcut(QKeySequence("F9"))
        contacts_toggle = self.contacts_dock.toggleViewAction()
        contacts_toggle.setText(self.tr("Media &contacts"))
        format_toggle = self.format_bar.toggleViewAction()
        format_toggle.setText(self.tr("&Formatting toolbar"))
        menu.addActions([preview_toggle, contacts_toggle, format_toggle])
        menu.addSeparator()
        for lang, pane in self.panes.items():
            include = QAction(self.tr("Include &Chinese") if lang == "zh-TW" else self.tr("Include &English"), self)
            include.setCheckable(True)
            include.toggled.connect(pane.include.setChecked)
            pane.include.toggled.connect(include.setChecked)
            menu.addAction(include)

        menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = menu.addMenu(self.tr("Interface &language"))
        current = self.settings.ui_language
        group = QActionGroup(self)
        group.setExclusive(True)
        for code, text in (("system", self.tr("System default")), ("en", "English"), ("zh_TW", "繁體中文（台灣）")):
            action = language_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(partial(self._set_ui_language, code))

        menu.addActions([self.library_menus.profiles_action, self.library_menus.address_action])
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide, key.HelpContents, "action_guide")
        menu.addAction(self.guide_action)
        self.guide: GuideDialog | None = None
        about = menu.addAction(self.tr("&About ReleaseDesk"))
        about.triggered.connect(self._about)
        self.update_recent_menu()

    def keep_command_keys(self, *fields: QWidget) -> None:
        """Save/Export/Print keys reach the window from these text fields too (call it for fields added later).

        A filter per field, not one on the application, which would see every event of the program (the cost per
        key is measured by benchmarks/window_keys.py)."""
        for field in fields:
            field.installEventFilter(self.window_keys)

    def owns(self, widget: QWidget | None) -> bool:
        """`widget` is part of this window, its docks included (also when they float)."""
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False

    def _set_tab_order(self) -> None:
        """Reading order: the form row by row, then each language top to bottom, then the contacts."""
        chain: list[QWidget] = [self.form.last_field]
        for pane in self.panes.values():
            chain += [pane.include, pane.headline, pane.subheadline, pane.body, pane.boilerplate]
        chain.append(self.contacts.table)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(command(partial(self.files.open_path, path)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    @Slot()
    def _sync_undo_actions(self) -> None:
        """Edit → Undo/Redo name the step they would undo or redo (the toolbar's arrows follow the same history)."""
        stack = self.history.stack
        for action, plain, named, able, step in (
            (self.undo_action, self.tr("&Undo"), self.tr("&Undo %1"), stack.canUndo(), stack.undoText()),
            (self.redo_action, self.tr("&Redo"), self.tr("&Redo %1"), stack.canRedo(), stack.redoText()),
        ):
            action.setText(named.replace("%1", step) if able and step else plain)
            action.setEnabled(able)
        self.format_bar.undo_action.setEnabled(stack.canUndo())
        self.format_bar.redo_action.setEnabled(stack.canRedo())

    def _edit_command(self, method: str) -> None:
        """Cut, copy, paste and select all act on the field with focus."""
        command = getattr(QApplication.focusWidget(), method, None)
        if callable(command):
            command()

    def show_guide(self) -> GuideDialog:
        """Help → User guide (F1): the bundled guide in the interface language, beside the window."""
        if self.guide is None:
            from releasedesk.gui.help import GuideDialog  # its viewer and files load on first use

            self.guide = GuideDialog(self)
        self.guide.load()
        self.guide.show()
        self.guide.raise_()
        return self.guide

    @Slot()
    def show_find(self) -> None:
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.find_text.setFocus()
        self.find_dialog.find_text.selectAll()

    def _set_ui_language(self, code: str) -> None:
        """Switch at once: new translators, every text of the window asked again, value-built texts redone."""
        self.settings.ui_language = code
        switch_language(self, code)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Texts built from values (title, counts, undo step, dates in the user's format) in the current language."""
        self._update_title()
        self.update_counts()
        self._sync_undo_actions()
        self.update_recent_menu()
        for edit in (self.form.issued_at, self.form.embargo_until):
            edit.edit.retranslate()
            edit.edit.set_value(edit.edit.value())  # shown again in the new locale's format
        self.form.check_release_line()
        self.preview.schedule()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ReleaseDesk"),
            self.tr("ReleaseDesk %1\n\nBilingual press releases (Traditional Chinese and English).").replace(
                "%1", __version__
            ),
        )

    # signals --------------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.form.changed.connect(self._edited)
        self.form.changed.connect(self.update_dateline_leadin)
        self.form.warningToggled.connect(self._fit_form)
        self.contacts.changed.connect(self._edited)
        self.contacts.changed.connect(self.fit_contacts_dock)
        for pane in self.panes.values():
            pane.changed.connect(self._edited)
        self.preview.languageChanged.connect(self._preview_language_changed)
        self.history.applied.connect(self._edited)
        stack = self.history.stack
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self._sync_undo_actions)
        self.format_bar.use_history(stack)
        app = cast("QApplication", QApplication.instance())  # the window exists, so does the QApplication
        app.focusChanged.connect(self._focus_changed)
        app.applicationStateChanged.connect(self._application_state_changed)

    @Slot()
    def _edited(self) -> None:
        self.note_edit()
        self.setWindowModified(True)
        self.preview.schedule()
        self._counts_timer.start()

    @Slot(str)
    def _preview_language_changed(self, lang: str) -> None:
        self.settings.preview_language = lang

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        for pane in self.panes.values():
            if new is pane.body:
                self.format_bar.set_editor(pane.body)
                return

    @Slot(Qt.ApplicationState)
    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.files.autosave()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.files.autosave()  # focus moved to another window
        super().changeEvent(event)

    # the release ---------------------------------------------------------------------------------------------
    def show_release(self, release: Release, path: Path | None, *, modified: bool = False) -> None:
        """Put `release` in every widget; the window keeps it as the base for fields it has no widget for."""
        self._base = release
        self.library.current = None  # set again by the library when the release came from it
        images: dict[str, Image] = {image.id: image for image in release.images}
        decoded: dict[str, QImage] = {}  # each picture decoded once for both languages
        with self.history.suspended():
            self.form.set_release(release)
            self.pairs.prepare(release)  # block ids and pairs before the editors show the blocks
            for lang, pane in self.panes.items():
                pane.set_content(release.content.get(lang), images, decoded)
            self.contacts.set_contacts(list(release.contacts))
        self.history.reset()
        self.directory.refresh()
        self.fit_contacts_dock()
        self.note_edit()
        self.update_dateline_leadin()
        self.mark_saved(path)
        self.setWindowModified(modified)
        self.update_counts()
        self.pairs.loaded()
        if self._painted:
            self.preview.refresh_now()
        else:  # the snapshot sent to the worker can wait for the first frame; the worker is still starting then
            after_first_paint(self, self.preview.refresh_now)
        if hasattr(self, "approval"):
            self.approval.refresh()
        first = next((pane for pane in self.panes.values() if pane.included), None)
        if first is not None:  # start typing straight away, with the format toolbar live
            first.body.setFocus()
            self.format_bar.set_editor(first.body)

    @Slot()
    def _fit_form(self) -> None:
        """Give the form the height it asks for (its warning line comes and goes), taking it from the panes."""
        sizes = self.main_splitter.sizes()
        wanted = self.form.sizeHint().height() + 4
        if sizes[0] != wanted and sum(sizes) > wanted:
            self.main_splitter.setSizes([wanted, sum(sizes) - wanted])

    @Slot()
    def fit_contacts_dock(self) -> None:
        """Let the contacts dock grow to show every contact (up to a third of the window); it never shrinks itself."""
        if self.contacts_dock.isFloating() or not self.contacts_dock.isVisible():
            return
        table = self.contacts.table
        rows = max(3, table.rowCount())
        wanted = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize() + 2 * 4
        wanted += self.contacts.height() - table.height() + (self.contacts_dock.height() - self.contacts.height())
        wanted = min(wanted, self.height() // 3)
        if wanted > self.contacts_dock.height():
            self.resizeDocks([self.contacts_dock], [wanted], Qt.Orientation.Vertical)

    @Slot()
    def update_dateline_leadin(self) -> None:
        self.dateline_leadin.set_text(leadin_text(self.form.dateline.en.text(), self.form.issued_at.value()))

    @property
    def edit_generation(self) -> int:
        return self._edit_generation

    def note_edit(self) -> None:
        self._edit_generation += 1

    def _pairs_base(self) -> Release:
        """The pair states' release: the loaded one (pictures) with the form's date, which resolves 明年 / next year
        in the figure check (the date as the release was opened was used before)."""
        return replace(self._base, issued_at=self.form.issued_at.value())

    def current_release(self) -> Release:
        """A fresh release built from the widgets: safe to hand to a worker thread or an exporter."""
        release = copy.copy(self._base)
        self.form.apply_to(release)
        release.content = {lang: pane.content() for lang, pane in self.panes.items() if pane.included}
        editor_images: dict[str, Image] = {}
        for pane in self.panes.values():
            editor_images.update(pane.images())
        release.images = collect_images(self._base, release.content.values(), editor_images)
        release.contacts = self.contacts.contacts()
        release.pairs = self.pairs.tracker.snapshot() if hasattr(self, "pairs") else release.pairs
        return release

    def record_workflow(self, release: Release) -> None:
        """A review step changed the history and the workflow status: keep them, and mark the file modified."""
        self._base.history = release.history
        self._base.status = release.status
        self._edited()

    def set_logo(self, image: Image | None) -> None:
        """Give the release its own letterhead logo, or none (the template's, if it has one)."""
        if image is not None:
            self._base.images = [*self._base.images, image]
        self._base.logo_image_id = None if image is None else image.id
        self.note_edit()
        self.setWindowModified(True)
        self.preview.refresh_now()

    def mark_saved(self, path: Path | None) -> None:
        for pane in self.panes.values():
            pane.body.document().setModified(False)
        self.setWindowModified(False)
        self.setWindowFilePath(str(path) if path else "")
        self._update_title()

    def _update_title(self) -> None:
        path = Path(self.windowFilePath()) if self.windowFilePath() else None
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — ReleaseDesk").replace("%1", name))

    @Slot()
    def update_counts(self) -> None:
        for lang, pane in self.panes.items():
            label = self.count_labels[lang]
            if not pane.included:
                label.setText(self.tr("Chinese: not included") if lang == "zh-TW" else self.tr("English: not included"))
                continue
            value = counts.count(pane.plain_text(), lang)
            if lang == "zh-TW":
                label.setText(self.tr("Chinese: %n character(s)", "", value))
            else:
                label.setText(self.tr("English: %n word(s)", "", value))

    def text_fields(self) -> list[Target]:
        """Every searchable field in reading order, for find/replace: form, panes, then the contacts table."""
        fields: list[Target] = list(self.form.text_fields())
        for pane in self.panes.values():
            fields.extend(pane.text_fields())  # type: ignore[arg-type]  # every pane field is a line edit or a text editor, both Targets
        fields.extend(contact_cells(self.contacts))
        return fields

    # layout persistence and closing -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The saved geometry; on first start a size that fits the screen (1500×940 at most), centred on it."""
        if (geometry := self.settings.geometry) is None or not self.restoreGeometry(geometry):
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(first_start_geometry(screen.availableGeometry()))
            else:
                self.resize(DEFAULT_SIZE)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        for splitter in (self.main_splitter, self.pane_splitter):
            if (saved := self.settings.splitter_state(splitter.objectName())) is not None:
                splitter.restoreState(saved)

    def save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for splitter in (self.main_splitter, self.pane_splitter):
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.preview.shutdown()
        self.files.close()
        self.library.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
            app.applicationStateChanged.disconnect(self._application_state_changed)
        event.accept()

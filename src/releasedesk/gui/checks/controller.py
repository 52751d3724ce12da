"""Wires the writing checks into the main window: underlines per text widget, the panel, the Checks menu.

The window only creates this; everything else (settings, the office store, refreshing the panel) happens here.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from releasedesk.checks.findings import CHECKS, Finding, Location
from releasedesk.checks.glossary import Glossary
from releasedesk.checks.runner import Checker, CheckSettings
from releasedesk.checks.store_keys import ENGLISH_VARIANT, TAI_FORM, CheckStoreError
from releasedesk.gui.checks.context_menu import CheckMenu
from releasedesk.gui.checks.labels import CheckLabels
from releasedesk.gui.checks.panel import ChecksPanel, Entry
from releasedesk.gui.checks.service import CheckService
from releasedesk.gui.checks.underline import CheckHighlighter, LineUnderliner
from releasedesk.gui.first_paint import after_first_paint
from releasedesk.gui.richtext.styles import FigureRole, figure_role
from releasedesk.library.loading import import_library

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.gui.language_pane import LanguagePane
    from releasedesk.gui.window_protocol import ReleaseWindow

REFRESH_DELAY_MS = 300


def _default_store() -> Path:
    """The data folder's library file (its module brings the directory's database code: not at start-up)."""
    from releasedesk.directory.repository import default_db_path

    return default_db_path()


def _checker_from_store(enabled: frozenset[str], store_path: Path | str) -> tuple[Checker, str]:
    """A checker with the office's settings, glossary and words, and the problem ("" if none) reading them."""
    try:
        import_library()  # on the checks thread: the GUI thread may be importing it for the user at the same time
        from releasedesk.checks.glossary_store import CheckStore  # SQLAlchemy: not at start-up

        with CheckStore(store_path) as store:
            settings = CheckSettings(
                enabled, store.setting(ENGLISH_VARIANT), store.setting(TAI_FORM), tuple(store.words())
            )
            glossary = Glossary(store.entries())
    except CheckStoreError as error:
        return Checker(CheckSettings(enabled), Glossary()), str(error)
    return Checker(settings, glossary), ""  # its speller is built on the checks thread (CheckService)


class ChecksController(QObject):
    """The writing checks in the window: underlines, the checks panel, the menu and the glossary dialog."""

    def __init__(self, window: ReleaseWindow) -> None:
        super().__init__(window)
        self.window = window
        self.problem = ""
        enabled = frozenset(window.settings.enabled_checks)
        # the glossary and word list live in the library (SQLAlchemy, maybe a server): read them on the checks
        # thread, so the window shows at once; until then the checks run without them
        self.service = CheckService(Checker(CheckSettings(enabled), Glossary()), self, held=True)
        after_first_paint(window, self.service.start)  # its thread's imports would slow the first frame
        self.service.loaded.connect(self._loaded)
        self._start_load_pending = True  # a reload before it lands wins: it read the store later
        library_url = window.settings.library_url  # read here: the settings belong to the GUI thread
        self.service.load(lambda: _checker_from_store(enabled, library_url or _default_store()))
        if (app := QApplication.instance()) is not None:
            app.aboutToQuit.connect(self.service.shutdown)

        self.panel = ChecksPanel(window)
        self.dock = QDockWidget(self.tr("Checks"), window)
        self.dock.setObjectName("checks_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.contacts_dock, self.dock)
        self.dock.hide()  # opened from the Checks menu; a tab bar would take rows from the contacts on small screens

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.highlighters: list[CheckHighlighter] = []
        self.underliners: list[LineUnderliner] = []
        for pane in window.panes.values():
            self._attach(pane)
        self.service.checked.connect(self._timer.start)
        self.service.changed.connect(self._timer.start)
        self.panel.findingActivated.connect(self.jump)
        self._build_menu()
        self._timer.start()

    @property
    def store_path(self) -> Path | str:
        """The library the glossary lives in: the one the settings name, else the data folder's file."""
        return self.window.settings.library_url or _default_store()

    # set-up ---------------------------------------------------------------------------------------------------

    def _attach(self, pane: LanguagePane) -> None:
        def lang(pane: LanguagePane = pane) -> str:
            return pane.lang

        for editor in (pane.body, pane.boilerplate):
            self.highlighters.append(CheckHighlighter(editor.document(), lang, self.service, owner=editor))
        for edit in (pane.headline, pane.subheadline):
            self.underliners.append(LineUnderliner(edit, lang, self.service))
        for widget in (pane.headline, pane.subheadline, pane.body, pane.boilerplate):
            CheckMenu(widget, pane.lang, self.service, self.add_word)
        pane.changed.connect(self._timer.start)

    def _build_checker(self) -> Checker:
        checker, self.problem = _checker_from_store(frozenset(self.window.settings.enabled_checks), self.store_path)
        return checker

    @Slot(object)
    def _loaded(self, built: tuple[Checker, str]) -> None:
        """The checker with the office's glossary and words, read on the checks thread at start-up."""
        if not self._start_load_pending:
            return
        self._start_load_pending = False
        checker, self.problem = built
        self.service.set_checker(checker)
        self.problem = self.problem or checker.unavailable
        if self.problem:
            self.window.statusBar().showMessage(self.problem, 10_000)

    def _build_menu(self) -> None:
        menu = QMenu(self.tr("&Checks"), self.window)
        menu.setObjectName("checks_menu")
        panel = self.dock.toggleViewAction()
        panel.setText(self.tr("Checks &panel"))
        menu.addAction(panel)
        menu.addSeparator()
        labels = CheckLabels(self)
        self.check_actions: dict[str, QAction] = {}
        enabled = self.service.checker.settings.enabled
        for check in CHECKS:
            action = menu.addAction(labels.check_name(check))
            action.setObjectName(f"check_{check}")
            action.setCheckable(True)
            action.setChecked(check in enabled)
            action.toggled.connect(self._checks_toggled)
            self.check_actions[check] = action
        menu.addSeparator()
        english = menu.addMenu(self.tr("English &dictionary"))
        self._choices(
            english, ENGLISH_VARIANT, [("en_US", self.tr("American (US)")), ("en_GB", self.tr("British (UK)"))]
        )
        tai = menu.addMenu(self.tr("臺/&台"))
        self._choices(
            tai, TAI_FORM, [("臺", self.tr("Write 臺")), ("台", self.tr("Write 台")), ("", self.tr("No check"))]
        )
        menu.addSeparator()
        glossary = menu.addAction(self.tr("&Glossary and word list…"))
        glossary.setObjectName("action_glossary")
        glossary.triggered.connect(self.edit_glossary)
        bar = self.window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, menu)  # type: ignore[arg-type]  # None appends (Qt docs); the stub omits None
        self.menu = menu

    def _choices(self, menu: QMenu, key: str, choices: list[tuple[str, str]]) -> None:
        """Radio items for an office setting (shared through the directory database)."""
        group = QActionGroup(menu)
        settings = self.service.checker.settings
        current = settings.english if key == ENGLISH_VARIANT else settings.tai
        for value, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == current)
            group.addAction(action)
            action.triggered.connect(partial(self.set_office_setting, key, value))

    # settings ---------------------------------------------------------------------------------------------------

    @Slot()
    def _checks_toggled(self) -> None:
        self.window.settings.enabled_checks = [check for check, a in self.check_actions.items() if a.isChecked()]
        self.reload()

    def set_office_setting(self, key: str, value: str) -> None:
        try:
            import_library()
            from releasedesk.checks.glossary_store import CheckStore

            with CheckStore(self.store_path) as store:
                store.set_setting(key, value)
        except CheckStoreError as error:
            QMessageBox.warning(self.window, self.tr("Checks"), str(error))
        self.reload()

    def add_word(self, word: str) -> None:
        try:
            import_library()
            from releasedesk.checks.glossary_store import CheckStore

            with CheckStore(self.store_path) as store:
                store.add_word(word)
        except CheckStoreError as error:
            QMessageBox.warning(self.window, self.tr("Checks"), str(error))
            return
        self.reload()

    @Slot()
    def edit_glossary(self) -> None:
        import_library()
        from releasedesk.gui.checks.glossary_dialog import GlossaryDialog

        try:
            dialog = GlossaryDialog(self.store_path, self.window)
        except CheckStoreError as error:
            QMessageBox.warning(self.window, self.tr("Checks"), str(error))
            return
        if dialog.exec():
            self.reload()
        dialog.deleteLater()

    def reload(self) -> None:
        """Settings, glossary or word list changed: a new checker, and every text checked again."""
        self._start_load_pending = False
        self.service.set_checker(self._build_checker())
        self.problem = self.problem or self.service.checker.unavailable
        if self.problem:
            self.window.statusBar().showMessage(self.problem, 10_000)
        self._timer.start()

    # the panel --------------------------------------------------------------------------------------------------

    def settled(self) -> bool:
        """Every text checked and the panel up to date (tests, screenshots)."""
        parts: list[CheckHighlighter | LineUnderliner] = [*self.highlighters, *self.underliners]
        waiting = any(part.pending() for part in parts)
        return not waiting and self.service.idle() and not self._timer.isActive()

    def _units(self) -> list[tuple[Location, str, QWidget, int]]:
        """(location, text, widget, offset of the text in the widget) for every checked text, in reading order."""
        units: list[tuple[Location, str, QWidget, int]] = []
        for lang, pane in self.window.panes.items():
            if not pane.included:
                continue
            units.append((Location(lang, "headline"), pane.headline.text(), pane.headline, 0))
            units.append((Location(lang, "subheadline"), pane.subheadline.text(), pane.subheadline, 0))
            number, after_image = 0, False
            block = pane.body.document().firstBlock()
            while block.isValid():
                role = figure_role(block.blockFormat())
                if not (after_image and role == FigureRole.CAPTION):  # a figure's caption is its image's block
                    number += 1
                after_image = role == FigureRole.IMAGE
                units.append((Location(lang, "body", number), block.text(), pane.body, block.position()))
                block = block.next()
            block = pane.boilerplate.document().firstBlock()
            while block.isValid():
                units.append((Location(lang, "boilerplate"), block.text(), pane.boilerplate, block.position()))
                block = block.next()
        return units

    @Slot()
    def refresh(self) -> None:
        """Recompute the glossary's missing names for the whole release, then list every finding."""
        units = self._units()
        chinese = [text for location, text, _, _ in units if location.lang == "zh-TW"]
        english = [text for location, text, _, _ in units if location.lang == "en"]
        missing: dict[tuple[str, str], list[Finding]] = {}
        for index, finding in self.service.checker.glossary_missing(chinese, english):
            missing.setdefault(("zh-TW", chinese[index]), []).append(finding)
        self.service.set_missing(missing)
        entries = []
        for location, text, widget, base in units:
            for finding in self.service.visible(location.lang, text) or []:
                entries.append(Entry(location, finding, widget, base))
        self.panel.set_entries(entries)
        count = len(entries)
        self.dock.setWindowTitle(self.tr("Checks (%1)").replace("%1", str(count)) if count else self.tr("Checks"))

    @Slot(object)
    def jump(self, entry: Entry) -> None:
        """Show and select the finding's text in its widget."""
        widget, finding = entry.widget, entry.finding
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.setSelection(finding.start, finding.end - finding.start)
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(entry.base + finding.start)
            cursor.setPosition(entry.base + finding.end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()

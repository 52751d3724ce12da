"""Linked languages in the window: the gutters, partner highlight and scrolling, the Linked Languages menu and the
status-bar summary. The window creates one and calls `prepare`/`loaded` around showing a release."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextBlock, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QTextEdit

from releasedesk.gui.pairs.gutter import PairGutter
from releasedesk.gui.pairs.look import PairLook
from releasedesk.gui.pairs.tracker import PairTracker
from releasedesk.pairs.states import PairStatus, State, other

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.language_pane import LanguagePane
    from releasedesk.gui.pairs.dialogs import PairListDialog
    from releasedesk.model.release import Lang, Release

PARTNER_COLOR = QColor("#fff1b8")


class PairsController(QObject):
    """Translation pairs in the window: gutters, highlights and the pair list."""

    def __init__(self, window: QMainWindow, panes: dict[Lang, LanguagePane], release: Callable[[], Release]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        self.editors = {lang: pane.body for lang, pane in panes.items()}
        self.tracker = PairTracker(panes, release, window)
        self.look = PairLook(self)
        self.gutters = {
            lang: PairGutter(editor, lang, self.tracker, self.look) for lang, editor in self.editors.items()
        }
        self._lang: Lang = "zh-TW"
        self._scrolling = False
        self._highlighted: tuple[str, str, str] | None = None
        self.list_dialog: PairListDialog | None = None

        self.summary_button = QPushButton(window)
        self.summary_button.setObjectName("pair_summary")
        self.summary_button.setFlat(True)
        self.summary_button.setToolTip(self.tr("Translation pairs: click for the list of pairs needing work"))
        self.summary_button.clicked.connect(self.show_list)
        window.statusBar().addPermanentWidget(self.summary_button)

        self._build_menu()
        for lang, editor in self.editors.items():
            editor.cursorPositionChanged.connect(partial(self._cursor_moved, lang))
            editor.verticalScrollBar().valueChanged.connect(partial(self._scrolled, lang))
            self.gutters[lang].clicked.connect(self._gutter_clicked)
            panes[lang].changed.connect(self.tracker.schedule)  # headline, subheadline, boilerplate too
        self.tracker.changed.connect(self._states_changed)

    # -- menu --------------------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "", name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda: slot())
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.mark_action = self._action(self.tr("Mark in &sync"), self.mark_current, "Ctrl+Alt+Y", "action_pair_sync")
        self.minor_action = self._action(
            self.tr("&Minor edit (no retranslation needed)"), partial(self.mark_current, minor=True), "Ctrl+Alt+M",
            "action_pair_minor",
        )  # fmt: skip
        self.changes_action = self._action(
            self.tr("Show what &changed"), self.show_changes, "Ctrl+Alt+D", "action_pair_changes"
        )
        self.list_action = self._action(
            self.tr("Pairs needing &work…"), self.show_list, "Ctrl+Alt+L", "action_pair_list"
        )
        self.all_action = self._action(self.tr("Mark &all in sync"), self.tracker.mark_all, "", "action_pair_all")
        self.scroll_action = self._action(self.tr("Scroll &together"), lambda: None, "", "action_pair_scroll")
        self.scroll_action.setCheckable(True)
        self.scroll_action.setChecked(True)
        self.menu = QMenu(self.tr("Lin&ked Languages"), self.window)
        self.menu.addActions([self.mark_action, self.minor_action, self.changes_action])
        self.menu.addSeparator()
        self.menu.addActions([self.list_action, self.all_action])
        self.menu.addSeparator()
        self.menu.addAction(self.scroll_action)
        bar = self.window.menuBar()
        menus = bar.actions()
        before = menus[-2] if len(menus) >= 2 else None  # before Settings and Help
        bar.insertMenu(before, self.menu) if before is not None else bar.addMenu(self.menu)

    # -- the release -------------------------------------------------------------------------------------------

    def prepare(self, release: Release) -> None:
        self.tracker.prepare(release)

    def loaded(self) -> None:
        self.tracker.loaded()
        counts = self.tracker.counts()
        if counts[State.UNCONFIRMED] and not (counts[State.IN_SYNC] or counts[State.OUT_OF_DATE]):
            self.window.statusBar().showMessage(
                self.tr("Translation pairs never confirmed: check them, then Linked Languages → Mark all in sync."),
                15000,
            )

    # -- the current pair --------------------------------------------------------------------------------------

    def current(self) -> PairStatus | None:
        editor = self.editors[self._lang]
        return self.tracker.state_of(self._lang, editor.textCursor().block())

    def mark_current(self, minor: bool = False) -> bool:
        self.tracker.settle()
        status = self.current()
        return status is not None and self.tracker.mark(status, minor=minor)

    def show_changes(self) -> None:
        self.tracker.settle()
        status = self.current()
        if status is not None:
            from releasedesk.gui.pairs.dialogs import ChangesDialog  # with the word diff: on first use

            ChangesDialog(status, self.window).exec()

    def show_list(self) -> None:
        if self.list_dialog is None:
            from releasedesk.gui.pairs.dialogs import PairListDialog

            self.list_dialog = PairListDialog(self.tracker, self.window)
            self.list_dialog.goTo.connect(self.go_to)
        self.list_dialog.refresh()
        self.list_dialog.show()
        self.list_dialog.raise_()

    @Slot(object)
    def go_to(self, status: PairStatus) -> None:
        """Show a pair: its block in the language needing work (or the one that exists), the partner beside it."""
        if not status.is_body:
            pane = self.panes[status.needing_lang]
            field = {"headline": pane.headline, "subheadline": pane.subheadline, "boilerplate": pane.boilerplate}
            widget = field.get(status.key)
            if widget is not None:
                widget.setFocus()
            return
        lang = status.needing_lang if status.block_id(status.needing_lang) else other(status.needing_lang)
        block = self.tracker.find_block(lang, status.block_id(lang))
        if block is None:
            return
        editor = self.editors[lang]
        cursor = editor.textCursor()
        cursor.setPosition(block.position())
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus()

    # -- highlight and scrolling -------------------------------------------------------------------------------

    def _cursor_moved(self, lang: Lang) -> None:
        self._lang = lang
        self._highlight_partner(lang)

    def _highlight_partner(self, lang: Lang, *, again: bool = False) -> None:
        """Highlight the partner of the block at the cursor; nothing to do while typing within one block."""
        block = self.editors[lang].textCursor().block()
        status = self.tracker.state_of(lang, block)
        key = (lang, status.zh_id if status else "", status.en_id if status else "")
        if key == self._highlighted and not again:
            return
        self._highlighted = key
        target = self.editors[other(lang)]
        self.editors[lang].setExtraSelections([])  # one highlight at a time: the partner of where you are
        partner = self.tracker.partner_block(lang, block)
        if partner is None:
            target.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(PARTNER_COLOR)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(partner)
        target.setExtraSelections([selection])
        self._align(lang, self.editors[lang].textCursor().block(), partner, only_if_hidden=True)

    def _align(self, lang: Lang, block: QTextBlock, partner: QTextBlock, *, only_if_hidden: bool) -> None:
        """Scroll the other editor so `partner` sits level with `block`."""
        source, target = self.editors[lang], self.editors[other(lang)]
        partner_top = target.document().documentLayout().blockBoundingRect(partner).top()
        scrollbar = target.verticalScrollBar()
        if only_if_hidden:
            visible = scrollbar.value() <= partner_top <= scrollbar.value() + target.viewport().height() - 20
            if visible:
                return
        block_top = source.document().documentLayout().blockBoundingRect(block).top()
        on_screen = block_top - source.verticalScrollBar().value()
        self._scrolling = True
        try:
            scrollbar.setValue(int(partner_top - on_screen))
        finally:
            self._scrolling = False
        self._highlighted = None

    def _scrolled(self, lang: Lang, _value: int) -> None:
        if self._scrolling or not self.scroll_action.isChecked() or not self.tracker.bilingual:
            return
        editor = self.editors[lang]
        block = editor.cursorForPosition(QPoint(0, 0)).block()
        for _ in range(50):  # the first paired block from the top of the view
            if not block.isValid():
                return
            partner = self.tracker.partner_block(lang, block)
            if partner is not None:
                self._align(lang, block, partner, only_if_hidden=False)
                return
            block = block.next()

    # -- gutter and summary ------------------------------------------------------------------------------------

    @Slot(str, QPoint)
    def _gutter_clicked(self, lang: str, where: QPoint) -> None:
        self._lang = lang  # type: ignore[assignment]  # the gutter signal carries a Lang as str
        status = self.current()
        if status is None:
            return
        menu = QMenu(self.window)
        menu.addSection(f"{self.look.state_name(status.state)} — {self.look.place(status)}")
        self.mark_action.setEnabled(not status.empty)
        self.minor_action.setEnabled(status.state == State.OUT_OF_DATE)
        self.changes_action.setEnabled(status.confirmed is not None and bool(status.changed))
        menu.addActions([self.mark_action, self.minor_action, self.changes_action])
        menu.exec(where)
        for action in (self.mark_action, self.minor_action, self.changes_action):
            action.setEnabled(True)

    @Slot()
    def _states_changed(self) -> None:
        bilingual = self.tracker.bilingual
        self.summary_button.setVisible(bilingual)
        for gutter in self.gutters.values():
            gutter.update()
        if bilingual:
            self.summary_button.setText(self.look.summary(self.tracker.counts()))
        self._highlight_partner(self._lang, again=True)

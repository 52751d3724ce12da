"""The right-click menu over an underlined word: suggestions, add to the word list, ignore here."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from releasedesk.gui.checks.labels import CheckLabels

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.checks.findings import Finding
    from releasedesk.gui.checks.service import CheckService

TextWidget = QTextEdit | QPlainTextEdit | QLineEdit
MAX_SUGGESTIONS = 5


class CheckMenu(QObject):
    """Event filter on a text widget (its viewport for text edits) that puts check actions above Qt's menu."""

    def __init__(self, widget: TextWidget, lang: str, service: CheckService, add_word: Callable[[str], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.lang = lang
        self.service = service
        self.add_word = add_word
        self.labels = CheckLabels(self)
        target = widget if isinstance(widget, QLineEdit) else widget.viewport()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        menu = self.menu_at(event.pos())
        if menu is None:
            return False
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def finding_at(self, pos: QPoint) -> tuple[str, int, Finding] | None:
        """(text, offset of that text in the widget, finding) under `pos`."""
        if isinstance(self.widget, QLineEdit):
            text, base, offset = self.widget.text(), 0, self.widget.cursorPositionAt(pos)
        else:
            cursor = self.widget.cursorForPosition(pos)
            block = cursor.block()
            text, base, offset = block.text(), block.position(), cursor.positionInBlock()
        for finding in self.service.visible(self.lang, text) or []:
            if finding.start <= offset <= finding.end:
                return text, base, finding
        return None

    def menu_at(self, pos: QPoint) -> QMenu | None:
        hit = self.finding_at(pos)
        if hit is None:
            return None
        text, base, finding = hit
        if isinstance(self.widget, QLineEdit):
            menu = self.widget.createStandardContextMenu()
        else:
            menu = self.widget.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        actions = self.actions_for(text, base, finding, menu)
        menu.insertActions(first, actions)  # type: ignore[arg-type]  # None appends (Qt docs); the stub omits None
        menu.insertSeparator(first)  # type: ignore[arg-type]  # as above
        return menu

    def suggestions(self, finding: Finding) -> list[str]:
        if finding.code == "misspelt":
            speller = self.service.checker.speller
            return speller.suggest(finding.text, MAX_SUGGESTIONS) if speller else []
        if finding.code == "glossary-missing":
            return []
        return list(finding.suggestions[:MAX_SUGGESTIONS])

    def actions_for(self, text: str, base: int, finding: Finding, parent: QWidget) -> list[QAction]:
        actions = []
        title = QAction(self.labels.problem(finding), parent)
        title.setEnabled(False)
        actions.append(title)
        for suggestion in self.suggestions(finding):
            label = suggestion or self.tr("Remove “%1”").replace("%1", finding.text.replace(" ", "␣"))
            action = QAction(label, parent)
            action.triggered.connect(partial(self.replace, base, finding, suggestion))
            actions.append(action)
        if finding.code == "misspelt":
            action = QAction(self.tr("Add “%1” to the word list").replace("%1", finding.text), parent)
            action.triggered.connect(partial(self.add_word, finding.text))
            actions.append(action)
        ignore = QAction(self.tr("Ignore here"), parent)
        ignore.triggered.connect(partial(self.service.ignore, self.lang, text, finding))
        actions.append(ignore)
        return actions

    def replace(self, base: int, finding: Finding, suggestion: str) -> None:
        """Put `suggestion` in place of the finding's text, as one undoable edit that keeps the formatting."""
        if isinstance(self.widget, QLineEdit):
            self.widget.setSelection(finding.start, finding.end - finding.start)
            self.widget.insert(suggestion)
            return
        cursor = QTextCursor(self.widget.document())
        cursor.setPosition(base + finding.start)
        cursor.setPosition(base + finding.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)

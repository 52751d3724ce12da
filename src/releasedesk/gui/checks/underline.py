"""Wavy underlines: a QSyntaxHighlighter for the body editors and boilerplate, input-method formats for line edits."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QColor, QInputMethodEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtWidgets import QLineEdit

    from releasedesk.checks.findings import Finding
    from releasedesk.gui.checks.service import CheckService, Key

PAUSE_MS = 150
"""A changed text goes to the worker once typing pauses this long, so a fast typist's keys cost no checking."""

COLOURS = {
    "spelling": "#d32f2f",
    "style": "#1565c0",
    "numerals": "#2e7d32",
    "tai": "#ef6c00",
    "glossary": "#8e24aa",
}
"""Red for spelling, blue for zh-TW style, orange for 臺/台, purple for the glossary, green for gentle numerals."""


def underline_format(check: str, lang: str = "en") -> QTextCharFormat:
    """A wavy underline; under Chinese also a faint tint, because the wave under CJK glyphs is barely visible
    (seen in the screenshots: a 2-pixel wave under 台 or a comma is easy to miss)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    colour = QColor(COLOURS.get(check, "#d32f2f"))
    fmt.setUnderlineColor(colour)
    if lang == "zh-TW":
        tint = QColor(colour)
        tint.setAlpha(40)
        fmt.setBackground(tint)
    return fmt


def still_valid(findings: list[Finding], text: str) -> list[Finding]:
    """Earlier findings that still point at the same text: shown while the block is being rechecked."""
    return [f for f in findings if f.end <= len(text) and text[f.start : f.end] == f.text]


@contextmanager
def _quiet(document: QTextDocument) -> Iterator[None]:
    """Underlining is not editing: QSyntaxHighlighter marks blocks dirty, which emits contentsChanged, which the
    window would take for an edit (modified flag, preview refresh). Layout updates still repaint."""
    blocked = document.blockSignals(True)
    try:
        yield
    finally:
        document.blockSignals(blocked)


class CheckHighlighter(QSyntaxHighlighter):
    """Underlines a document's blocks from the service's cached findings; never checks on the GUI thread."""

    def __init__(
        self, document: QTextDocument, lang: Callable[[], str], service: CheckService, owner: QObject | None = None
    ) -> None:
        # owned by the editor; asking a plain-text editor's document for its parent returns Qt's internal text
        # control, and making a Python object for that class made PySide set up ~100 Qt enum types (~25 ms CPU)
        # before the first frame (benchmarks/gui.py's launch)
        super().__init__(owner if owner is not None else document.parent())  # type: ignore[arg-type]  # never None
        self._lang = lang
        self.service = service
        self.enabled = True
        self._last: dict[int, list[Finding]] = {}
        self._waiting: dict[str, set[int]] = {}
        """Texts sent to the worker and the blocks that showed them: only those are underlined again."""
        self._dirty: set[int] = set()
        self._submit = QTimer(self)
        self._submit.setSingleShot(True)
        self._submit.setInterval(PAUSE_MS)
        self._submit.timeout.connect(self._send_dirty)
        self._formats = {lang: {check: underline_format(check, lang) for check in COLOURS} for lang in ("zh-TW", "en")}
        with _quiet(document):
            self.setDocument(document)
            self.rehighlight()  # now, quietly, instead of Qt's delayed one
        service.checked.connect(self._checked)
        service.changed.connect(self._changed)

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text.strip():
            return
        number = self.currentBlock().blockNumber()
        lang = self._lang()
        found = self.service.visible(lang, text, submit=False)
        if found is None:
            self._dirty.add(number)
            self._submit.start()
            found = still_valid(self._last.get(number, []), text)
        else:
            self._last[number] = found
        for finding in found:
            self.setFormat(finding.start, finding.end - finding.start, self._formats[lang][finding.check])

    @Slot(object)
    def _checked(self, keys: set[Key] | None) -> None:
        document = self.document()
        if document is None:
            return
        with _quiet(document):
            if keys is None:
                self._last.clear()
                self._waiting.clear()
                self.rehighlight()
                return
            lang = self._lang()
            for key_lang, text in keys:
                if key_lang != lang:
                    continue
                for number in self._waiting.pop(text, ()):
                    block = document.findBlockByNumber(number)
                    if block.isValid() and block.text() == text:
                        self.rehighlightBlock(block)

    @Slot(object)
    def _changed(self, keys: set[Key]) -> None:
        """Ignore-here or the glossary changed what some texts show: find those texts' blocks (rare)."""
        document, lang = self.document(), self._lang()
        if document is None:
            return
        with _quiet(document):
            for key_lang, text in keys:
                if key_lang == lang:
                    for number in self._numbers_of(document, text):
                        self.rehighlightBlock(document.findBlockByNumber(number))

    @Slot()
    def _send_dirty(self) -> None:
        """Typing paused: send each changed block's text (as it is now, not every keystroke's) to the worker."""
        document, lang = self.document(), self._lang()
        dirty, self._dirty = self._dirty, set()
        for number in sorted(dirty):
            block = document.findBlockByNumber(number) if document is not None else None
            if block is None or not block.isValid():
                continue
            text = block.text()
            if self.service.findings(lang, text) is None:
                self._waiting.setdefault(text, set()).add(number)
            else:
                with _quiet(document):
                    self.rehighlightBlock(block)

    def pending(self) -> bool:
        return bool(self._dirty)

    @staticmethod
    def _numbers_of(document: QTextDocument, text: str) -> list[int]:
        numbers = []
        block = document.firstBlock()
        while block.isValid():
            if block.text() == text:
                numbers.append(block.blockNumber())
            block = block.next()
        return numbers

    def refresh(self) -> None:
        """Underline again (switched on or off)."""
        document = self.document()
        if document is not None:
            with _quiet(document):
                self.rehighlight()

    def findings_at(self, block_number: int, text: str) -> list[Finding]:
        return self.service.visible(self._lang(), text) or []


class LineUnderliner(QObject):
    """The same underlines in a QLineEdit, drawn as input-method text formats (QLineEdit has no highlighter)."""

    def __init__(self, edit: QLineEdit, lang: Callable[[], str], service: CheckService) -> None:
        super().__init__(edit)
        self.edit = edit
        self._lang = lang
        self.service = service
        self.enabled = True
        self._shown: list[tuple[int, int, str]] = []
        self._last: list[Finding] = []
        self._submit = QTimer(self)
        self._submit.setSingleShot(True)
        self._submit.setInterval(PAUSE_MS)
        self._submit.timeout.connect(self.refresh)
        edit.textChanged.connect(self._typed)
        edit.cursorPositionChanged.connect(self._cursor_moved)
        service.checked.connect(self._checked)
        service.changed.connect(self._checked)

    def findings(self) -> list[Finding]:
        text = self.edit.text()
        if not self.enabled or not text.strip():
            return []
        found = self.service.visible(self._lang(), text, submit=not self._submit.isActive())
        if found is None:
            return still_valid(self._last, text)
        self._last = found
        return found

    @Slot()
    def _typed(self) -> None:
        self._submit.start()  # checked when typing pauses; until then the still-valid underlines stay
        self.refresh()

    def pending(self) -> bool:
        return self._submit.isActive()

    @Slot()
    def refresh(self) -> None:
        self._shown = [(f.start, f.end, f.check) for f in self.findings()]
        self._send()

    @Slot(int, int)
    def _cursor_moved(self, _old: int, _new: int) -> None:
        if self._shown:
            self._send()  # the formats are relative to the cursor

    def _send(self) -> None:
        cursor = self.edit.cursorPosition()
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, start - cursor, end - start, underline_format(check, self._lang()))
            for start, end, check in self._shown
        ]
        QCoreApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))

    @Slot(object)
    def _checked(self, keys: set[Key] | None) -> None:
        if keys is None or (self._lang(), self.edit.text()) in keys:
            self.refresh()

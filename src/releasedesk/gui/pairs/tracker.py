"""Keeps block ids and pairs right while both bodies are edited, and works out every pair's state.

Runs shortly after typing stops (never per key): settles ids that Enter duplicated (a split keeps the pair on the
part that kept the text, the other part is a new unpaired block), gives a new paragraph a "to translate"
placeholder on the other side, and asks whether a deleted paragraph's partner goes too. A pair whose block is
gone (cut, deleted, undone) stays on record until saving, so a paste or an undo brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget

from releasedesk.gui.richtext import styles
from releasedesk.gui.richtext.block_ids import BLOCK_ID, block_id
from releasedesk.gui.richtext.convert import from_doc_text
from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.gui.richtext.tables import is_caption, read_table
from releasedesk.model.release import LANGUAGES, Lang, LanguageContent, Release
from releasedesk.model.richtext import Block, Figure, Paragraph, Run, Table, block_runs, plain_text
from releasedesk.pairs.ids import new_block_id
from releasedesk.pairs.model import BodyPair, PairRecord, Pairs
from releasedesk.pairs.states import PairStatus, State, other, pair_statuses
from releasedesk.pairs.tracking import start_tracking

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.gui.language_pane import LanguagePane
    from releasedesk.gui.richtext.editor import RichTextEditor
    from releasedesk.pairs.figures import Mismatch

SETTLE_DELAY_MS = 400


@dataclass
class _Entry:
    block: QTextBlock
    id: str
    text: str
    image: str = ""
    """The image id of a figure's image block."""
    table: Table | None = None
    """A table's cells as plain runs (its entry is the caption block; the cells' blocks are no entries of their own)."""


def _image_of(block: QTextBlock) -> str:
    iterator = block.begin()
    while not iterator.atEnd():
        fmt = iterator.fragment().charFormat()
        if fmt.isImageFormat():
            return styles.image_id_from_name(fmt.toImageFormat().name()) or ""
        iterator += 1
    return ""


def _plain_runs(block: QTextBlock) -> tuple[Run, ...]:
    value = from_doc_text(block.text())
    return (Run(value),) if value else ()


def _table_entry(block: QTextBlock) -> tuple[_Entry, QTextBlock] | None:
    """A caption block and the QTextTable after it as one entry (as the file has one table block), and the block
    after the table."""
    if not is_caption(block) or not block.next().isValid():
        return None
    qt_table = QTextCursor(block.next()).currentTable()
    if qt_table is None:
        return None
    table = read_table(qt_table, _plain_runs(block), block_id(block), _plain_runs)
    entry = _Entry(block, block_id(block), plain_text(block_runs(table)).strip(), table=table)
    return entry, qt_table.lastCursorPosition().block().next()


def _entries(editor: RichTextEditor) -> list[_Entry]:
    """One entry per model block: a figure's caption block belongs to its image block, a table's cells to its
    caption block."""
    out: list[_Entry] = []
    block = editor.document().begin()
    while block.isValid():
        if (found := _table_entry(block)) is not None:
            out.append(found[0])
            block = found[1]
            continue
        role = styles.figure_role(block.blockFormat())
        if role == styles.FigureRole.CAPTION and out and out[-1].text == "" and out[-1].block == block.previous():
            out[-1].text = from_doc_text(block.text()).strip()
        else:
            image = _image_of(block) if role == styles.FigureRole.IMAGE else ""
            out.append(_Entry(block, block_id(block), from_doc_text(block.text()).strip(), image))
        block = block.next()
    return out


def _set_id(block: QTextBlock, value: str) -> None:
    """Give a block its id inside the user's last undo step, so undoing the edit undoes the id too."""
    cursor = QTextCursor(block)
    cursor.joinPreviousEditBlock()
    fmt = QTextBlockFormat()
    fmt.setProperty(BLOCK_ID, value)
    cursor.mergeBlockFormat(fmt)
    cursor.endEditBlock()


def _squash(value: str) -> str:
    return "".join(value.split())


def _light_block(entry: _Entry) -> Block:
    if entry.table is not None:
        return entry.table
    runs = (Run(entry.text),) if entry.text else ()
    return Figure(entry.image, runs, entry.id) if entry.image else Paragraph(runs, entry.id)


class PairTracker(QObject):
    """Works out the pairs' states again when the texts change (debounced)."""

    changed = Signal()
    """The states were worked out again (statuses(), state_of())."""

    def __init__(
        self, panes: dict[Lang, LanguagePane], base: Callable[[], Release], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.panes = panes
        self.editors: dict[Lang, RichTextEditor] = {lang: pane.body for lang, pane in panes.items()}
        self._base = base
        self.pairs: Pairs = Pairs()
        self.bilingual = False
        self._statuses: list[PairStatus] = []
        self._release_year: int | None = None
        self._light: Release | None = None
        """The release the states were worked out from (ids and plain text; tables with their cells)."""
        self._by_id: dict[Lang, dict[str, PairStatus]] = {lang: {} for lang in LANGUAGES}
        self._known: dict[Lang, dict[str, str]] = {lang: {} for lang in LANGUAGES}
        self._fresh: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
        self._settling = False
        self.ask_delete_partner: Callable[[Lang, int], bool] = self._ask_delete_partner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_DELAY_MS)
        self._timer.timeout.connect(self.settle)
        for editor in self.editors.values():
            editor.document().contentsChanged.connect(self._schedule)

    # -- loading -----------------------------------------------------------------------------------------------

    def prepare(self, release: Release) -> None:
        """Before the editors show `release`: every block gets an id, and a release without pairs gets them."""
        start_tracking(release)
        assert release.pairs is not None
        self.pairs = release.pairs

    def loaded(self) -> None:
        """After the editors show the release: remember what each block says, work out the states."""
        self._timer.stop()
        for lang, editor in self.editors.items():
            self._known[lang] = {e.id: e.text for e in _entries(editor) if e.id}
            self._fresh[lang].clear()
        self._refresh()

    def snapshot(self) -> Pairs:
        """A copy for a release handed to another thread; snapshots and fingerprints are immutable, so shared."""
        pairs = self.pairs
        return Pairs(
            {key: PairRecord(r.confirmed, r.minor) for key, r in pairs.fields.items()},
            [BodyPair(p.zh, p.en, PairRecord(p.record.confirmed, p.record.minor)) for p in pairs.body],
        )

    def _release(self) -> Release:
        """What the states need, straight from the widgets: each block's id and plain text, not the rich text.

        (Building the full release converts both documents twice: ten times slower on the long sample.)
        """
        base = self._base()
        content = {}
        for lang, pane in self.panes.items():
            if pane.included:
                body = [_light_block(entry) for entry in _entries(pane.body)]
                content[lang] = LanguageContent(
                    pane.headline.text(), pane.subheadline.text(), body, pane.boilerplate.toPlainText()
                )
        return Release(issued_at=base.issued_at, content=content, images=base.images, pairs=self.pairs)

    # -- states ------------------------------------------------------------------------------------------------

    def statuses(self) -> list[PairStatus]:
        return list(self._statuses)

    def state_of(self, lang: Lang, block: QTextBlock) -> PairStatus | None:
        return self._by_id[lang].get(block_id(block))

    def partner_block(self, lang: Lang, block: QTextBlock) -> QTextBlock | None:
        status = self.state_of(lang, block)
        if status is None or not status.block_id(other(lang)):
            return None
        return self.find_block(other(lang), status.block_id(other(lang)))

    def find_block(self, lang: Lang, wanted: str) -> QTextBlock | None:
        block = self.editors[lang].document().begin()
        while block.isValid():
            if block_id(block) == wanted:
                return block
            block = block.next()
        return None

    def refresh_now(self) -> None:
        self._timer.stop()
        self._refresh()

    @Slot()
    def _schedule(self) -> None:
        if not self._settling:
            self._timer.start()

    @Slot()
    def schedule(self) -> None:
        """Recount soon (debounced): for texts outside the bodies it watches itself (headline, boilerplate)."""
        self._schedule()

    def _refresh(self) -> None:
        release = self._release()
        self.bilingual = "zh-TW" in release.content and "en" in release.content
        self._statuses = pair_statuses(release)
        self._light = release
        self._release_year = release.issued_at.year
        self._by_id = {lang: {} for lang in LANGUAGES}
        for status in self._statuses:
            if status.is_body:
                for lang in LANGUAGES:
                    if status.block_id(lang):
                        self._by_id[lang][status.block_id(lang)] = status
        self.changed.emit()

    # -- settling ids after edits ------------------------------------------------------------------------------

    @Slot()
    def settle(self) -> None:
        """Fix ids and pairs after an edit (see the module's docstring), then work out the states again."""
        self._timer.stop()
        self._settling = True
        try:
            new: dict[Lang, list[str]] = {}
            removed: dict[Lang, list[tuple[str, str]]] = {}
            for lang, editor in self.editors.items():
                new[lang], removed[lang] = self._settle_ids(lang, editor)
            if self._both_included():
                for lang in LANGUAGES:
                    self._delete_partners(lang, removed[lang])
                    for block_id_ in new[lang]:
                        self._add_placeholder(lang, block_id_)
            for lang, editor in self.editors.items():
                self._known[lang] = {e.id: e.text for e in _entries(editor) if e.id}
        finally:
            self._settling = False
        self._refresh()

    def _both_included(self) -> bool:
        return all(pane.included for pane in self.panes.values())

    def _settle_ids(self, lang: Lang, editor: RichTextEditor) -> tuple[list[str], list[tuple[str, str]]]:
        """Give blocks without an id (or with a duplicated one) their own; the new paragraphs and removed ids."""
        entries = _entries(editor)
        groups: dict[str, list[_Entry]] = {}
        for entry in entries:
            if entry.id:
                groups.setdefault(entry.id, []).append(entry)
        keepers = {key: next((e for e in group if e.text), group[0]) for key, group in groups.items()}
        taken = set(groups)
        new_paragraphs: list[str] = []
        for entry in entries:
            if entry.id and keepers[entry.id] is entry:
                continue
            old_text = self._known[lang].get(entry.id, "")
            split = bool(entry.id and entry.text and old_text) and _squash(old_text).endswith(_squash(entry.text))
            fresh_id = new_block_id(taken)
            taken.add(fresh_id)
            _set_id(entry.block, fresh_id)
            entry.id = fresh_id
            if split:
                continue  # the second part of a split: a block of its own, unpaired
            self._fresh[lang].add(fresh_id)
        paired = {pair.zh if lang == "zh-TW" else pair.en for pair in self.pairs.body}
        for entry in entries:
            if entry.id in self._fresh[lang] and entry.text:
                self._fresh[lang].discard(entry.id)
                if entry.id not in paired:
                    new_paragraphs.append(entry.id)
        present = {e.id: e.text for e in entries}
        everything = _squash(" ".join(present.values()))
        removed = []
        for gone, text in self._known[lang].items():
            if gone in present or not text:
                continue
            if _squash(text) in everything:
                continue  # merged into a neighbour (Backspace at a block's start), not deleted
            removed.append((gone, text))
        return new_paragraphs, removed

    def _add_placeholder(self, lang: Lang, new_id: str) -> None:
        """An empty "to translate" block on the other side, after the partner of the nearest paired block before."""
        target = other(lang)
        entries = _entries(self.editors[lang])
        index = next(i for i, e in enumerate(entries) if e.id == new_id)
        anchor: QTextBlock | None = None
        for entry in reversed(entries[:index]):
            pair = self.pairs.body_pair(lang, entry.id)
            if pair is not None:
                anchor = self.find_block(target, pair.en if lang == "zh-TW" else pair.zh)
                if anchor is not None:
                    break
        document = self.editors[target].document()
        placeholder = new_block_id({e.id for e in _entries(self.editors[target])})
        fmt = styles.paragraph_format()
        fmt.setProperty(BLOCK_ID, placeholder)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if anchor is None:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.setBlockFormat(fmt)
        else:
            after = anchor.next()
            if after.isValid() and styles.figure_role(after.blockFormat()) == styles.FigureRole.CAPTION:
                anchor = after
            cursor.setPosition(anchor.position() + anchor.length() - 1)
            cursor.insertBlock(fmt, styles.block_char_look())
        cursor.endEditBlock()
        pair = BodyPair(new_id, placeholder) if lang == "zh-TW" else BodyPair(placeholder, new_id)
        self.pairs.body.append(pair)

    def _delete_partners(self, lang: Lang, removed: list[tuple[str, str]]) -> None:
        clipboard = _squash(QGuiApplication.clipboard().text())
        target = other(lang)
        partners: list[tuple[BodyPair, QTextBlock]] = []
        for gone, text in removed:
            if clipboard and _squash(text) in clipboard:
                continue  # cut, probably to be pasted elsewhere: the pair waits for its block
            pair = self.pairs.body_pair(lang, gone)
            if pair is None:
                continue
            partner = self.find_block(target, pair.en if lang == "zh-TW" else pair.zh)
            if partner is not None:
                partners.append((pair, partner))
        if not partners or not self.ask_delete_partner(lang, len(partners)):
            return
        cursor = QTextCursor(self.editors[target].document())
        cursor.beginEditBlock()
        for pair, partner in partners:
            last = partner
            following = partner.next()
            if following.isValid() and styles.figure_role(following.blockFormat()) == styles.FigureRole.CAPTION:
                last = following
            start, end = partner.position(), last.position() + last.length() - 1
            if last.next().isValid():
                end += 1  # and the block break after it
            elif partner.previous().isValid():
                start -= 1
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.pairs.body.remove(pair)
        cursor.endEditBlock()

    def _ask_delete_partner(self, lang: Lang, count: int) -> bool:
        editor = self.editors[lang]
        if lang == "zh-TW":
            question = self.tr("You deleted %n Chinese paragraph(s). Delete the English translation too?", "", count)
        else:
            question = self.tr("You deleted %n English paragraph(s). Delete the Chinese partner too?", "", count)
        answer = QMessageBox.question(
            editor.window(), self.tr("Delete the partner?"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    # -- confirming (the window's commands) --------------------------------------------------------------------

    def mark(self, status: PairStatus, minor: bool = False) -> bool:
        from releasedesk.pairs.states import mark_in_sync, mark_minor

        release = self._release()
        done = mark_minor(release, status) if minor else mark_in_sync(release, status)
        if done:
            self._refresh()
        return done

    def mark_all(self) -> int:
        from releasedesk.pairs.states import confirm_all

        release = self._release()
        count = confirm_all(release)
        self._refresh()
        return count

    def figure_warnings(self, status: PairStatus) -> list[Mismatch]:
        """Figures that disagree within the pair (worked out on demand: the window asks for a few at a time); two
        tables cell by cell, as the pairs check does."""
        if not status.zh_text.strip() or not status.en_text.strip() or self._light is None:
            return []
        from releasedesk.pairs.tables import pair_mismatches  # its figure patterns compile on import: not at start-up

        return pair_mismatches(self._light, status, self._release_year)

    def pairs_with_figure_warnings(self) -> list[tuple[PairStatus, list[Mismatch]]]:
        found = ((status, self.figure_warnings(status)) for status in self._statuses)
        return [(status, warnings) for status, warnings in found if warnings]

    def needing_work(self) -> list[PairStatus]:
        return [s for s in self._statuses if s.needs_work]

    def counts(self) -> dict[State, int]:
        out = {state: 0 for state in State}
        for status in self._statuses:
            out[status.state] += 1
        return out

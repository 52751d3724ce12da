"""Edit the office's glossary and word list; import and export the glossary as CSV. Written to the store on OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from releasedesk.atomicfile import write_atomic
from releasedesk.checks.glossary import KINDS, GlossaryEntry, GlossaryError, read_csv, write_csv
from releasedesk.checks.glossary_store import CheckStore, CheckStoreError

COLUMNS = 5  # zh, en, deprecated, kind, note


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a cell: `_add_row` fills every column of a row."""
    item = table.item(row, column)
    assert item is not None, f"glossary table: no item at ({row}, {column})"
    return item


class GlossaryDialog(QDialog):
    """Edits the office glossary as a table; import and export as CSV; written only on OK."""

    def __init__(self, store_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setWindowTitle(self.tr("Glossary and word list"))
        self.store_path = store_path
        with CheckStore(store_path) as store:
            self._entries = store.entries()
            self._words = store.words()

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("glossary_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Chinese"),
                self.tr("Official English"),
                self.tr("Deprecated (separate with |)"),
                self.tr("Kind"),
                self.tr("Note"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 240)
        self.table.setColumnWidth(2, 220)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for entry in self._entries:
            self._add_row(entry)
        add, remove = QPushButton(self.tr("&Add"), self), QPushButton(self.tr("&Remove"), self)
        import_csv, export_csv = QPushButton(self.tr("&Import CSV…"), self), QPushButton(self.tr("&Export CSV…"), self)
        add.clicked.connect(lambda: self._add_row(GlossaryEntry("", "")))
        remove.clicked.connect(self._remove_rows)
        import_csv.clicked.connect(self.import_csv)
        export_csv.clicked.connect(self.export_csv)
        buttons = QHBoxLayout()
        for button in (add, remove, import_csv, export_csv):
            buttons.addWidget(button)
        buttons.addStretch(1)
        glossary = QWidget(self)
        glossary_layout = QVBoxLayout(glossary)
        glossary_layout.addWidget(self.table, 1)
        glossary_layout.addLayout(buttons)

        self.word_list = QListWidget(self)
        self.word_list.setObjectName("word_list")
        self.word_list.addItems(self._words)
        self.word_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        remove_word = QPushButton(self.tr("Remove &word"), self)
        remove_word.clicked.connect(
            lambda: [self.word_list.takeItem(self.word_list.row(item)) for item in self.word_list.selectedItems()]
        )
        words = QWidget(self)
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(self.word_list, 1)
        words_layout.addWidget(remove_word)

        tabs = QTabWidget(self)
        tabs.addTab(glossary, self.tr("Glossary"))
        tabs.addTab(words, self.tr("Word list"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(box)
        self.resize(900, 480)

    def _add_row(self, entry: GlossaryEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (entry.zh, entry.en, " | ".join(entry.deprecated), entry.kind, entry.note)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(256, entry.id)  # Qt.UserRole: the stored id, None for a new row
            self.table.setItem(row, column, item)

    @Slot()
    def _remove_rows(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[GlossaryEntry]:
        """The table as entries; ValueError naming the first incomplete row."""
        entries = []
        for row in range(self.table.rowCount()):
            cells = [(item.text().strip() if (item := self.table.item(row, c)) else "") for c in range(COLUMNS)]
            zh, en, deprecated, kind, note = cells
            if not zh and not en:
                continue
            if not zh or not en:
                raise ValueError(
                    self.tr("Row %1 needs both the Chinese term and its official English.").replace("%1", str(row + 1))
                )
            item_id = _cell(self.table, row, 0).data(256)
            variants = tuple(part.strip() for part in deprecated.split("|") if part.strip())
            entries.append(GlossaryEntry(zh, en, variants, kind if kind in KINDS else "other", note, item_id))
        return entries

    def words(self) -> list[str]:
        return [self.word_list.item(row).text() for row in range(self.word_list.count())]

    @Slot()
    def import_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import glossary"), "", self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            imported = read_csv(Path(name).read_text(encoding="utf-8"), Path(name).name)
        except (OSError, UnicodeDecodeError, GlossaryError) as error:
            QMessageBox.warning(self, self.tr("Import glossary"), str(error))
            return
        existing = {_cell(self.table, row, 0).text(): row for row in range(self.table.rowCount())}
        for entry in imported:
            if entry.zh in existing:
                self.table.removeRow(existing.pop(entry.zh))
                existing = {_cell(self.table, row, 0).text(): row for row in range(self.table.rowCount())}
            self._add_row(entry)

    @Slot()
    def export_csv(self) -> None:
        try:
            entries = self.rows()
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Export glossary"), str(error))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export glossary"), "glossary.csv", self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            write_atomic(Path(name), write_csv(entries).encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export glossary"), f"{name}: {error.strerror or error}")

    def accept(self) -> None:
        """Write the changes; the dialog stays open with one line when they cannot be written."""
        try:
            entries = self.rows()
            with CheckStore(self.store_path) as store, store.transaction():
                kept = {entry.id for entry in entries if entry.id is not None}
                for old in self._entries:
                    if old.id is not None and old.id not in kept:
                        store.delete(old.id)
                for entry in entries:
                    store.save(entry)
                words = set(self.words())
                for word in self._words:
                    if word not in words:
                        store.remove_word(word)
        except (ValueError, CheckStoreError) as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()

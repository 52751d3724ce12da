"""Insert Table's size dialog, as in Word: rows × columns, a header row, an optional caption."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_ROWS = 500
MAX_COLUMNS = 20
"""Beyond 20 columns no table fits an A4 page; the 200-row table is tested, 500 leaves room."""


@dataclass(frozen=True)
class TableSize:
    """What the user asked for: the table's size, whether its first row is a header, and its caption."""

    rows: int
    columns: int
    header: bool
    caption: str


class InsertTableDialog(QDialog):
    """Insert Table, as Word users know it: rows × columns, a header row, an optional caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert Table"))
        self.rows = QSpinBox(minimum=1, maximum=MAX_ROWS, value=3)
        self.columns = QSpinBox(minimum=1, maximum=MAX_COLUMNS, value=3)
        self.header = QCheckBox(self.tr("First row is a header row"))
        self.header.setChecked(True)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Optional, e.g. Table 1: Villages served, by region"))
        form = QFormLayout()
        form.addRow(self.tr("&Rows:"), self.rows)
        form.addRow(self.tr("&Columns:"), self.columns)
        form.addRow("", self.header)
        form.addRow(self.tr("C&aption:"), self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def size_chosen(self) -> TableSize:
        return TableSize(self.rows.value(), self.columns.value(), self.header.isChecked(), self.caption.text().strip())


def ask_table_size(parent: QWidget | None) -> TableSize | None:
    """The size the user chose, or None when they cancelled."""
    dialog = InsertTableDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.size_chosen()
    finally:
        dialog.deleteLater()

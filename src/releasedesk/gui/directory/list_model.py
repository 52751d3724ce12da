"""The directory list: holds only the matching ids and fetches the rows a view actually paints, in blocks.

Rows are also offered to the view a page at a time (canFetchMore/fetchMore, as the view scrolls): a view lays out
every row it is told about, and 10,000 Python rowCount() calls per keystroke cost more than the search itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from releasedesk.directory.repository import ContactRepository, DirectoryContact
    from releasedesk.model.release import Contact

BLOCK = 64
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def display_text(contact: DirectoryContact) -> str:
    """Two lines: both names, then title and unit (Chinese when there is one)."""
    names = "  ".join(name for name in (contact.name.zh, contact.name.en) if name) or contact.email or "—"
    detail = " · ".join(part for part in (contact.title.best("zh-TW"), contact.unit.best("zh-TW")) if part)
    return f"{names}\n{detail}" if detail else names


class ContactListModel(QAbstractListModel):
    """The directory's contacts as a Qt list model, for the directory dialog."""

    def __init__(self, repository: ContactRepository) -> None:
        super().__init__()
        self.repository = repository
        self.query = ""
        self._ids: list[int] = []
        self._shown = 0
        self._cache: dict[int, DirectoryContact] = {}
        self._in_release: tuple[set[int], set[str]] = (set(), set())

    def set_query(self, query: str) -> None:
        """Run the search again (also after edits, which may add, drop or reorder rows)."""
        self.beginResetModel()
        self.query = query
        self._ids = self.repository.search_ids(query)
        self._shown = min(len(self._ids), PAGE)
        self._cache.clear()
        self.endResetModel()

    def match_count(self) -> int:
        """All matches, including those not yet offered to the view."""
        return len(self._ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        self.show_through(self._shown + PAGE - 1)

    def show_through(self, row: int) -> None:
        """Make rows up to `row` part of the model (to select a contact further down than the view has scrolled)."""
        last = min(row, len(self._ids) - 1)
        if last >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, last)
            self._shown = last + 1
            self.endInsertRows()

    def refresh(self) -> None:
        self.set_query(self.query)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def contact_at(self, row: int) -> DirectoryContact | None:
        if not 0 <= row < len(self._ids):
            return None
        contact_id = self._ids[row]
        if contact_id not in self._cache:
            start = row - row % BLOCK
            for contact in self.repository.get_many(self._ids[start : start + BLOCK]):
                self._cache[contact.id or 0] = contact
        return self._cache.get(contact_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        contact = self.contact_at(index.row())
        if contact is None:
            return None
        text = display_text(contact)
        if self.is_in_release(contact):
            names, _, detail = text.partition("\n")
            text = "\n".join(("✓ " + names, " · ".join(part for part in (self.tr("in this release"), detail) if part)))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [contact.office_phone, contact.mobile, contact.email, ", ".join(contact.tags)]
            return "\n".join([text, *(line for line in lines if line)])
        return text

    def mark_in_release(self, contacts: list[Contact]) -> None:
        """Flag the entries these release contacts were copied from (by uid; by id in files without uids)."""
        ids = {c.directory_id for c in contacts if c.directory_uid is None and c.directory_id is not None}
        uids = {c.directory_uid for c in contacts if c.directory_uid is not None}
        if (ids, uids) != self._in_release:
            self._in_release = (ids, uids)
            if self._shown:
                self.dataChanged.emit(self.index(0), self.index(self._shown - 1))

    def is_in_release(self, contact: DirectoryContact) -> bool:
        ids, uids = self._in_release
        return contact.uid in uids or contact.id in ids


class ContactDelegate(QStyledItemDelegate):
    """Names on the first line (bold), title and unit below in a quieter colour, with room between contacts."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.lineSpacing() + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = index.data()  # not option.text: initStyleOption turns "\n" into U+2028
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        names, _, detail = str(text or "").partition("\n")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        rect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        line = QFontMetrics(option.font).lineSpacing()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(
            rect.adjusted(0, 0, 0, -line),
            flags,
            QFontMetrics(bold).elidedText(names, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rect.adjusted(0, line, 0, 0),
            flags,
            QFontMetrics(option.font).elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

"""The release library dialog: search as you type in either language, filter by status, open a release or start a
new one from it. Refreshes itself when a colleague changes the library."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.slots import command
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from releasedesk.gui.library.controller import LibraryController
    from releasedesk.library.releases import ReleaseSummary

SEARCH_DELAY_MS = 120
ROWS = 200


class LibraryDialog(QDialog):
    """Search the library and open a release from it."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("library_dialog")
        self.setWindowTitle(self.tr("Release library"))
        self.resize(980, 560)
        self.query = QLineEdit(self)
        self.query.setObjectName("library_query")
        self.query.setPlaceholderText(self.tr("Search headlines, text, numbers and names — 中文 or English"))
        self.query.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), "")
        for status, label in (
            (Status.DRAFT, self.tr("Draft")),
            (Status.IN_REVIEW, self.tr("In review")),
            (Status.APPROVED, self.tr("Approved")),
        ):
            self.status.addItem(label, status.value)
        self.results = QTreeWidget(self)
        self.results.setObjectName("library_results")
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Chinese headline"),
                self.tr("English headline"),
            ]
        )
        self.results.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.new_button = QPushButton(self.tr("&New from this release"), self)
        self.boilerplate_button = QPushButton(self.tr("Use its &boilerplate"), self)
        self.contacts_button = QPushButton(self.tr("Use its &contacts"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.boilerplate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.contacts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(command(self.refresh))
        self.query.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(command(self.refresh))
        self.results.itemActivated.connect(self._open_item)
        self.results.currentItemChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(command(self.open_selected))
        self.new_button.clicked.connect(command(self.new_from_selected))
        self.boilerplate_button.clicked.connect(command(partial(self.reuse_selected, boilerplate=True)))
        self.contacts_button.clicked.connect(command(partial(self.reuse_selected, contacts=True)))
        controller.changed.connect(command(self.refresh))
        self.refresh()

    def refresh(self) -> list[ReleaseSummary]:
        library = self.controller.library()
        if library is None:
            return []
        try:
            found = library.releases.search(self.query.text(), status=self.status.currentData() or None, limit=ROWS)
        except ReleaseDeskError as error:
            self.count.setText(str(error))
            return []
        selected = self.selected_id()
        self.results.clear()
        for summary in found:
            item = QTreeWidgetItem(
                [
                    summary.number,
                    summary.issued_on.isoformat(),
                    self.status.itemText(max(0, self.status.findData(summary.status))),
                    summary.headline.zh,
                    summary.headline.en,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.results.addTopLevelItem(item)
            if summary.id == selected:
                self.results.setCurrentItem(item)
        if self.results.currentItem() is None and found:
            self.results.setCurrentItem(self.results.topLevelItem(0))  # type: ignore[arg-type]  # `found`: a first row exists
        more = self.tr(" (the newest %1 shown)").replace("%1", str(ROWS)) if len(found) == ROWS else ""
        self.count.setText(self.tr("%n release(s)", "", len(found)) + more)
        self._update_buttons()
        return found

    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.new_button, self.boilerplate_button, self.contacts_button):
            button.setEnabled(has)

    @Slot(QTreeWidgetItem, int)
    def _open_item(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_selected()  # the result is for tests; Qt gets nothing back

    def open_selected(self) -> bool:
        release_id = self.selected_id()
        if release_id is not None and self.controller.open_stored(release_id):
            self.accept()
            return True
        return False

    def new_from_selected(self) -> bool:
        release_id = self.selected_id()
        if release_id is not None and self.controller.new_from_stored(release_id):
            self.accept()
            return True
        return False

    def reuse_selected(self, *, boilerplate: bool = False, contacts: bool = False) -> bool:
        """Into the release in the window: the selected release's "about" text or its contact block."""
        release_id = self.selected_id()
        if release_id is None:
            return False
        done = self.controller.reuse_from_stored(release_id, boilerplate=boilerplate, contacts=contacts)
        if done:
            self.accept()
        return done

"""The directory dialog: type-ahead search, edit form, new/delete, vCard import/export, "Add to release".

Edits are saved when the person moves to another contact, adds to the release or closes the dialog, so nothing typed
is lost; a contact changed elsewhere meanwhile is not overwritten without asking.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from releasedesk.directory.repository import (
    ContactRepository,
    DirectoryConflict,
    DirectoryContact,
    DirectoryError,
    ImportSummary,
)
from releasedesk.directory.snapshot import to_snapshot
from releasedesk.directory.vcard import ParsedVCards, VCardVersion, read_vcard_file, write_vcard_file
from releasedesk.gui.directory.form import ContactForm
from releasedesk.gui.directory.list_model import ID_ROLE, ContactDelegate, ContactListModel
from releasedesk.gui.slots import command

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DirectoryDialog(QDialog):
    """Works on any ContactRepository; the caller owns it. `contactsChosen` carries release snapshots."""

    contactsChosen = Signal(list)

    def __init__(self, repository: ContactRepository, parent: QWidget | None = None, *, can_add: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("directory_dialog")
        self.setWindowTitle(self.tr("Contact directory"))
        self.repository = repository
        self.can_add = can_add
        self._switching = False
        self._import: Future[ParsedVCards] | None = None
        self._import_timer = QTimer(self)
        self._import_timer.setInterval(50)
        self._import_timer.timeout.connect(self._poll_import)

        self.search = QLineEdit(self)
        self.search.setObjectName("directory_search")
        self.search.setPlaceholderText(self.tr("Search names, titles, units, numbers, e-mail, tags (中文 or English)"))
        self.search.setClearButtonEnabled(True)
        self.model = ContactListModel(repository)
        self.list = QListView(self)
        self.list.setObjectName("directory_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ContactDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.count_label = QLabel(self)
        self.form = ContactForm(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.save_button = self._button(self.tr("&Save"), command(self.save))
        self.revert_button = self._button(self.tr("Re&vert"), self.revert)
        self.new_button = self._button(self.tr("&New contact"), self.new_contact)
        self.delete_button = self._button(self.tr("&Delete"), self.delete_selected)
        self.import_button = self._button(self.tr("&Import vCards…"), self.import_vcards)
        self.export_button = self._button(self.tr("E&xport vCards…"), self.export_vcards)
        self.export_button.setToolTip(self.tr("Export the contacts listed (all of them when the search is empty)"))
        self.add_button = self._button(self.tr("&Add to release"), self.add_to_release)
        self.add_button.setToolTip(self.tr("Copy the selected contacts into the release (Enter in the list)"))
        self.add_button.setVisible(can_add)
        self.close_button = self._button(self.tr("Close"), self.accept)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_search)
        self._shortcut(QKeySequence.StandardKey.Save, command(self.save))
        self._shortcut(QKeySequence.StandardKey.New, self.new_contact)

        self._build_layout()
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.form.edited.connect(self._update_buttons)
        for edit in self.form.fields.values():
            edit.returnPressed.connect(command(self.save))
        self.resize(1040, 640)
        self._filter("")
        self.search.setFocus()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        right_layout.addLayout(row)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.import_button, self.export_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter belongs to the search box, the list and the form
        button.clicked.connect(slot)
        return button

    def _shortcut(self, key: QKeySequence.StandardKey, slot: object) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # keyboard ------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, *_ENTER):
            if self.model.rowCount() == 0:
                return True
            self.list.setFocus()
            if not self.list.currentIndex().isValid():
                self.select_row(0)
            return True
        if watched is self.list and key in _ENTER:
            self._activated()
            return True
        if watched is self.list and key == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        if watched is self.list and key == Qt.Key.Key_Up and self.list.currentIndex().row() == 0:
            self._focus_search()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, *_args: object) -> None:
        """Enter or double-click on the list: add to the release, or go to the form when there is no release."""
        if self.can_add:
            self.add_to_release()
        else:
            self.form.fields["name_zh"].setFocus()

    # list and form -------------------------------------------------------------------------------------------
    @Slot(str)
    def _filter(self, query: str) -> None:
        keep = self.form.contact().id
        self._reload_list(query, keep)

    def _reload_list(self, query: str, select_id: int | None) -> None:
        self._switching = True
        try:
            self.model.set_query(query)
        except DirectoryError as error:
            self._report(error)
        finally:
            self._switching = False
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.select_row(row, load=False)
        self.count_label.setText(self.tr("%n contact(s)", "", self.model.match_count()))
        self._update_buttons()

    def select_row(self, row: int, *, load: bool = True) -> None:
        self.model.show_through(row)
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._switching = not load
        try:
            self.list.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._switching = False
        self.list.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching:
            return
        target = current.data(ID_ROLE) if current.isValid() else None
        if self.form.dirty and not self.save():
            return
        if target is not None and self.model.row_of(target) >= 0:
            self.select_row(self.model.row_of(target), load=False)  # saving may have reordered the list
        self.form.set_contact(self.repository.get(target) if target is not None else None)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        ids = [self.model.index(row, 0).data(ID_ROLE) for row in rows]
        current = self.list.currentIndex()
        if not ids and current.isValid():
            ids = [current.data(ID_ROLE)]
        return [int(contact_id) for contact_id in ids]

    @Slot()
    def _update_buttons(self) -> None:
        selected, idle = bool(self.selected_ids()), not self.importing
        self.save_button.setEnabled(self.form.dirty)
        self.revert_button.setEnabled(self.form.dirty)
        self.delete_button.setEnabled(selected and idle)
        self.add_button.setEnabled(selected and idle)
        self.export_button.setEnabled(self.model.match_count() > 0 and idle)
        self.import_button.setEnabled(idle)
        self.new_button.setEnabled(idle)

    def _report(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Contact directory"), str(error))

    # editing -------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form's edits; False when they could not be stored (the form keeps them)."""
        if not self.form.dirty:
            return True
        if not self.form.has_identity():
            QMessageBox.warning(
                self, self.tr("Contact directory"), self.tr("Give the contact a name or an e-mail address first.")
            )
            return False
        contact = self.form.contact()
        try:
            stored = self._store(contact)
        except DirectoryError as error:
            self._report(error)
            return False
        if stored is None:
            return False
        self.form.set_contact(stored)
        self.status.setText(self.tr("Saved."))
        if self.model.query and stored.id not in self.repository.search_ids(self.model.query):
            self.search.setText("")  # the saved contact must stay visible
        self._reload_list(self.model.query, stored.id)
        return True

    def _store(self, contact: DirectoryContact) -> DirectoryContact | None:
        try:
            return self.repository.update(contact) if contact.id is not None else self.repository.add(contact)
        except DirectoryConflict as conflict:
            answer = QMessageBox.warning(
                self,
                self.tr("Contact directory"),
                self.tr("%1\n\nSave your version anyway?").replace("%1", str(conflict)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return None
            if contact.id is None or self.repository.get(contact.id) is None:
                contact.id = None
                return self.repository.add(contact)
            contact.updated_at = ""  # overwrite knowingly
            return self.repository.update(contact)

    @Slot()
    def revert(self) -> None:
        contact_id = self.form.contact().id
        self.form.set_contact(self.repository.get(contact_id) if contact_id is not None else None)
        self._update_buttons()

    @Slot()
    def new_contact(self) -> None:
        if not self.save():
            return
        self._switching = True
        try:
            self.list.selectionModel().clear()
        finally:
            self._switching = False
        self.form.set_contact(DirectoryContact())
        self.form.fields["name_zh"].setFocus()
        self._update_buttons()

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [c.name.best("zh-TW") or c.email for c in self.repository.get_many(ids)]
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            self.tr("Delete %n contact(s) from the directory?", "", len(ids)) + "\n" + "\n".join(names[:10]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = min(index.row() for index in self.list.selectionModel().selectedRows()) if ids else 0
        try:
            for contact_id in ids:
                self.repository.delete(contact_id)
        except DirectoryError as error:
            self._report(error)
        self.form.set_contact(None)
        self._reload_list(self.model.query, None)
        if self.model.match_count():
            self.select_row(min(row, self.model.match_count() - 1))
        self.status.setText(self.tr("Deleted %n contact(s).", "", len(ids)))

    # release -------------------------------------------------------------------------------------------------
    @Slot()
    def add_to_release(self) -> None:
        """Emit snapshots of the selected contacts (saving pending edits first) and close."""
        if not self.can_add or not self.save():
            return
        ids = self.selected_ids()
        if not ids:
            return
        snapshots = [to_snapshot(contact) for contact in self.repository.get_many(ids)]
        self.contactsChosen.emit(snapshots)
        self.accept()

    def done(self, result: int) -> None:
        """Closing (Close, Escape, the window's button) keeps typed edits and finishes a running import first."""
        if self._import is not None:
            self._import.result()
            self._finish_import()
        if self.form.dirty and not self.save():
            return
        super().done(result)

    # vCard -----------------------------------------------------------------------------------------------------
    @property
    def importing(self) -> bool:
        return self._import is not None

    @Slot()
    def import_vcards(self) -> None:
        """Read the file in a worker thread (vobject takes ~0.6 ms a card), then store it all in one transaction."""
        if self.importing:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import vCards"), "", self.tr("vCard files (*.vcf *.vcard);;All files (*)")
        )
        if not path or not self.save():
            return
        executor = ThreadPoolExecutor(max_workers=1)
        self._import = executor.submit(read_vcard_file, path)
        executor.shutdown(wait=False)  # the thread ends with its one task
        self._import_timer.start()
        self.status.setText(self.tr("Reading %1…").replace("%1", path))
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self._update_buttons()

    @Slot()
    def _poll_import(self) -> None:
        if self._import is not None and self._import.done():
            self._finish_import()

    def _finish_import(self) -> None:
        future, self._import = self._import, None
        self._import_timer.stop()
        self._set_busy(False)
        if future is None:
            return
        try:
            parsed = future.result()
            summary = self.repository.import_contacts(parsed.contacts) if parsed.contacts else ImportSummary(0, 0)
        except DirectoryError as error:
            self.status.setText("")
            self._report(error)
            return
        self._reload_list(self.model.query, self.form.contact().id)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import vCards"))
        box.setIcon(QMessageBox.Icon.Warning if parsed.problems else QMessageBox.Icon.Information)
        box.setText(
            self.tr("Imported %n contact(s)", "", summary.total)
            + self.tr(" (%1 new, %2 updated, %3 already in the directory).")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.unchanged))
            + (
                " "
                + self.tr("%1 older card(s) left newer directory entries unchanged.").replace(
                    "%1", str(summary.kept_newer)
                )
                if summary.kept_newer
                else ""
            )
        )
        if parsed.problems:
            box.setInformativeText(self.tr("%n card(s) could not be read and were skipped.", "", len(parsed.problems)))
            box.setDetailedText("\n".join(str(problem) for problem in parsed.problems))
        self.status.setText(box.text())
        box.exec()

    @Slot()
    def export_vcards(self) -> None:
        filters = ["vCard 3.0 (*.vcf)", "vCard 4.0 (*.vcf)"]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export vCards"), "contacts.vcf", ";;".join(filters), filters[0]
        )
        if not path or not self.save():
            return
        if not path.lower().endswith((".vcf", ".vcard")):
            path += ".vcf"
        version: VCardVersion = "4.0" if "4.0" in chosen else "3.0"
        try:
            contacts = self.repository.get_many(self.model.ids())
            write_vcard_file(path, contacts, version)
        except DirectoryError as error:
            self._report(error)
            return
        self.status.setText(
            self.tr("Exported %n contact(s) to %1.", "", len(contacts)).replace("%1", path) + f" (vCard {version})"
        )

"""Review menu, banner and print station: wires the Qt-free workflow (releasedesk.approval) into the window.

The standing is recomputed from the widgets' content shortly after every edit, so a change — typed, replaced,
pasted or a contact update — shows "changed after approval" at once, and undoing it shows "approved" again.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QVBoxLayout, QWidget

from releasedesk.approval import workflow
from releasedesk.approval.office import Office, load_office, signing_key_path
from releasedesk.approval.printlog import PrintRecord, append_record
from releasedesk.approval.state import ApprovalState, approval_state
from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.approval.banner import ApprovalBanner

if TYPE_CHECKING:
    from collections.abc import Callable

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from releasedesk.approval.signing import PublicKey
    from releasedesk.gui.approval.history_dialog import HistoryDialog
    from releasedesk.gui.window_protocol import ReleaseWindow
    from releasedesk.model.release import Release

REFRESH_DELAY_MS = 300


class ApprovalController(QObject):
    """The Review menu and banner: submit, approve, return, history and signing keys."""

    def __init__(self, window: ReleaseWindow) -> None:
        super().__init__(window)
        self.window = window
        try:
            self.office = load_office()
        except ReleaseDeskError as error:  # a broken office file must not stop the window: defaults, and say so
            self.office = Office(workflow.default_user())
            window.statusBar().showMessage(str(error), 15000)
        self.state: ApprovalState | None = None
        self.banner = ApprovalBanner(window)
        central = window.takeCentralWidget()  # take, not replace: setCentralWidget would delete the old one
        assert central is not None, "the main window always has a central widget"
        container = QWidget(window)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(container)
        self.editable: list[QWidget] = [central, window.contacts]

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        window.form.changed.connect(self._timer.start)
        window.contacts.changed.connect(self._timer.start)
        for pane in window.panes.values():
            pane.changed.connect(self._timer.start)
        window.printer.printed.connect(self._log_print)
        self._build_menu()

    def _build_menu(self) -> None:
        def action(text: str, slot: object, name: str) -> QAction:
            item = QAction(text, self.window)
            item.setObjectName(name)
            item.triggered.connect(slot)
            return item

        self.submit_action = action(self.tr("&Submit for Review…"), self.submit, "action_submit")
        self.approve_action = action(self.tr("&Approve…"), self.approve, "action_approve")
        self.return_action = action(self.tr("&Return for Changes…"), self.return_for_changes, "action_return")
        self.version_action = action(self.tr("Save &Version…"), self.save_version, "action_save_version")
        self.history_action = action(self.tr("Versions and &Compare…"), self.show_history, "action_history")
        self.key_action = action(self.tr("Signing &Key…"), self.signing_key, "action_signing_key")
        menu = QMenu(self.tr("Revie&w"), self.window)
        menu.setObjectName("review_menu")
        menu.addActions([self.submit_action, self.approve_action, self.return_action])
        menu.addSeparator()
        menu.addActions([self.version_action, self.history_action])
        menu.addSeparator()
        menu.addAction(self.key_action)
        bar = self.window.menuBar()
        bar.insertMenu(bar.actions()[-1], menu)  # before Help

    # the standing ---------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._timer.stop()
        release = self.window.current_release()
        self.state = approval_state(release)
        self.banner.show_state(release, self.state, print_station=self.office.print_station)
        self.window.form.show_standing(self.state)
        approved = self.state.approved
        station = self.office.print_station
        for widget in self.editable:
            widget.setEnabled(not station)
        for item in (self.window.save_action, self.window.save_as_action):
            item.setEnabled(not station)
        for item in (self.window.print_action, self.window.print_preview_action):
            item.setEnabled(approved or not station)  # a print station prints approved releases only
        for item in (self.submit_action, self.approve_action, self.return_action, self.version_action):
            item.setEnabled(not station)

    @Slot(str, int)
    def _log_print(self, printer: str, copies: int) -> None:
        """Every print from the window goes into the office's print log, like `releasedesk print`."""
        path = self.window.files.path
        record = PrintRecord(
            by=self.office.user_name,
            at=datetime.now().astimezone().replace(microsecond=0).isoformat(),
            file=str(path.resolve()) if path else "",
            fingerprint=approval_state(self.window.current_release()).current,
            printer=printer or "(default printer)",
            copies=copies,
        )
        try:
            append_record(self.office.log_path, record)
        except ReleaseDeskError as error:
            QMessageBox.warning(self.window, self.tr("Print log"), str(error))

    # workflow steps -------------------------------------------------------------------------------------------
    def _ask(self, title: str, label: str, *, required: bool = False) -> str | None:
        text, ok = QInputDialog.getText(self.window, title, label)
        if not ok:
            return None
        if required and not text.strip():
            QMessageBox.warning(self.window, title, self.tr("A note is required."))
            return None
        return text

    def _step(self, title: str, run: Callable[[Release], object]) -> bool:
        release = self.window.current_release()
        try:
            run(release)
        except ReleaseDeskError as error:
            QMessageBox.warning(self.window, title, str(error))
            return False
        self.window.record_workflow(release)
        self.refresh()
        return True

    @Slot()
    def submit(self) -> bool:
        title = self.tr("Submit for review")
        note = self._ask(title, self.tr("Note for the reviewer (optional):"))
        if note is None:
            return False
        return self._step(title, lambda r: workflow.submit(r, self.office.user_name, note=note))

    def _key(self, title: str) -> tuple[bool, Ed25519PrivateKey | None]:
        """The approver's own key, if they made one (Signing Key…): (False, None) when it cannot be unlocked."""
        from releasedesk.approval.signing import KeyFileError, load_private_key  # cryptography: not at start-up

        path = signing_key_path()
        if not path.exists():
            return True, None
        try:
            return True, load_private_key(path)
        except KeyFileError as error:
            if "protected by a passphrase" not in str(error):
                QMessageBox.warning(self.window, title, str(error))
                return False, None
        passphrase, ok = QInputDialog.getText(
            self.window, title, self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return False, None
        try:
            return True, load_private_key(path, passphrase)
        except KeyFileError as error:
            QMessageBox.warning(self.window, title, str(error))
            return False, None

    @Slot()
    def approve(self) -> bool:
        """Approve as the configured user; signed with their key when they made one."""
        title = self.tr("Approve")
        question = self.tr("Approve exactly this content as %1? Note (optional):").replace("%1", self.office.user_name)
        note = self._ask(title, question)
        if note is None:
            return False
        ok, key = self._key(title)
        if not ok:
            return False
        return self._step(
            title,
            lambda r: workflow.approve(
                r, self.office.user_name, note=note, key=key, two_person=self.office.two_person_rule
            ),
        )

    @Slot()
    def signing_key(self) -> PublicKey | None:
        """Create the approver's key pair in the config folder (private 0600), or show the existing public key."""
        from releasedesk.approval.signing import KeyFileError, new_key_pair, parse_public_line

        title = self.tr("Signing key")
        path = signing_key_path()
        public_path = path.with_name(path.name + ".pub")
        try:
            if path.exists() and public_path.exists():
                public = parse_public_line(public_path.read_text(encoding="utf-8"), str(public_path))
            else:
                prompt = self.tr("Create a signing key for %1. Passphrase (recommended; empty for none):")
                passphrase, ok = QInputDialog.getText(
                    self.window, title, prompt.replace("%1", self.office.user_name), QLineEdit.EchoMode.Password
                )
                if not ok:
                    return None
                public = new_key_pair(self.office.user_name, path, passphrase or None)
        except (KeyFileError, OSError) as error:
            QMessageBox.warning(self.window, title, str(error))
            return None
        text = self.tr("Your approvals are signed with %1.\n\nGive this line to the office for its trusted keys:\n\n%2")
        QMessageBox.information(self.window, title, text.replace("%1", public.id).replace("%2", public.line()))
        return public

    @Slot()
    def return_for_changes(self) -> bool:
        title = self.tr("Return for changes")
        note = self._ask(title, self.tr("What needs to change?"), required=True)
        if note is None:
            return False
        return self._step(title, lambda r: workflow.return_for_changes(r, self.office.user_name, note))

    @Slot()
    def save_version(self) -> bool:
        title = self.tr("Save version")
        note = self._ask(title, self.tr("Describe this version (optional):"))
        if note is None:
            return False
        return self._step(title, lambda r: workflow.save_version(r, self.office.user_name, note=note))

    @Slot()
    def show_history(self) -> HistoryDialog:
        from releasedesk.gui.approval.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.window.current_release(), self.window)
        dialog.exec()
        return dialog

"""The window: the banner follows every edit at once; undo restores the approval; review steps; print station."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QInputDialog

from releasedesk.approval import Standing, workflow
from releasedesk.samples import load_sample

from ..helpers import type_text

if TYPE_CHECKING:
    from releasedesk.gui.main_window import MainWindow
    from releasedesk.model.release import Release


def _approved() -> Release:
    release = load_sample("announcement")
    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明")
    return release


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Queued answers for the note prompts of the Review menu."""
    queue: list[tuple[str, bool]] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: queue.pop(0)))
    return queue


def _standing(window: MainWindow) -> Standing:
    window.approval.refresh()
    assert window.approval.state is not None
    return window.approval.state.standing


def test_an_approved_release_shows_who_approved_it(make_window: Any) -> None:
    window = make_window(_approved())
    assert _standing(window) == Standing.APPROVED
    assert window.approval.banner.isVisible()
    assert window.approval.banner.label.text().startswith("Approved by 王小明 on ")
    assert window.form.status.text() == "Approved"


def test_typing_in_the_body_ends_the_approval_and_undo_restores_it(make_window: Any, qtbot: Any) -> None:
    window = make_window(_approved())
    body = window.panes["en"].body
    body.setFocus()
    type_text(body, "Fares rise 50% ")
    qtbot.waitUntil(lambda: window.approval.state is not None and window.approval.state.standing == Standing.CHANGED)
    text = window.approval.banner.label.text()
    assert text.startswith("Changed after approval: 王小明 approved this release on ")
    assert "body (English) block" in text
    assert window.form.status.text() == "Changed after approval"
    while body.document().isUndoAvailable():
        body.undo()
    assert _standing(window) == Standing.APPROVED


def test_find_replace_and_contact_edits_end_the_approval(make_window: Any) -> None:
    window = make_window(_approved())
    dialog = window.find_dialog
    dialog.find_text.setText("Ministry of Digital Services")
    dialog.replace_text.setText("Ministry of Data Services")
    assert dialog.replace_all() >= 1
    assert _standing(window) == Standing.CHANGED
    assert "agency (English)" in window.approval.banner.label.text()
    dialog.find_text.setText("Ministry of Data Services")
    dialog.replace_text.setText("Ministry of Digital Services")
    dialog.replace_all()  # back to the approved words
    assert _standing(window) == Standing.APPROVED
    contact = window.contacts.contact(0)
    window.contacts.replace_contact(0, replace(contact, email="someone.else@example.org"))
    assert _standing(window) == Standing.CHANGED


def test_review_menu_submit_approve_with_two_person_rule(
    make_window: Any, answers: list[tuple[str, bool]], dialogs: Any, tmp_path: Path
) -> None:
    window = make_window(load_sample("announcement"))
    window.approval.office = replace(window.approval.office, user_name="林美華")
    assert _standing(window) == Standing.DRAFT
    assert not window.approval.banner.isVisible()
    answers.append(("please check the figures", True))
    assert window.approval.submit_action.isEnabled()
    window.approval.submit_action.trigger()
    assert _standing(window) == Standing.IN_REVIEW
    assert window.isWindowModified()
    assert "In review: submitted by 林美華" in window.approval.banner.label.text()
    answers.append(("", True))
    window.approval.approve_action.trigger()  # the same person: refused with a message
    assert dialogs.kinds()[-1] == "warning"
    assert "two-person rule" in dialogs.shown[-1][2]
    assert _standing(window) == Standing.IN_REVIEW
    window.approval.office = replace(window.approval.office, user_name="王小明")
    answers.append(("OK", True))
    window.approval.approve_action.trigger()
    assert _standing(window) == Standing.APPROVED
    release = window.current_release()
    assert [e.kind.value for e in release.history.events] == ["submitted", "approved"]
    assert release.status.value == "approved"
    saved = tmp_path / "approved.rdrelease"
    assert window.files.save_to(saved)
    from releasedesk.approval import approval_state
    from releasedesk.fileformat import load_release

    assert approval_state(load_release(saved)).approved


def test_history_dialog_compares_versions_in_both_languages(make_window: Any) -> None:
    window = make_window(_approved())
    window.form.agency.zh.setText("數位發展部")
    window.panes["en"].headline.setText(window.panes["en"].headline.text().replace("120", "150"))
    from releasedesk.gui.approval.history_dialog import HistoryDialog

    dialog = HistoryDialog(window.current_release(), window)
    assert dialog.versions.topLevelItemCount() == 2
    assert dialog.source.currentData() == 2
    assert dialog.target.currentData() == 0
    html = dialog.view.toHtml()
    assert "服務" in html
    assert "發展" in html
    assert "120" in html
    assert "150" in html
    changes = dialog.compare(2, 0)
    assert {(c.place, c.deleted, c.inserted) for c in changes} == {
        ("agency (zh-TW)", "服務", "發展"),
        ("headline (en)", "120", "150"),
    }
    assert dialog.compare(1, 2) == []


def test_print_station_is_read_only_and_prints_only_approved(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = tmp_path / "office.toml"
    office.write_text("print_station = true\n", encoding="utf-8")
    monkeypatch.setenv("RELEASEDESK_OFFICE", str(office))
    window = make_window(load_sample("announcement"))
    assert window.approval.office.print_station
    assert not window.approval.editable[0].isEnabled()
    assert not window.contacts.isEnabled()
    assert not window.save_action.isEnabled()
    assert not window.approval.approve_action.isEnabled()
    assert not window.print_action.isEnabled()  # a draft
    assert window.approval.banner.station.text() == "Print station: read-only"
    window.show_release(_approved(), None)
    assert window.print_action.isEnabled()
    assert window.print_preview_action.isEnabled()


def test_a_print_from_the_window_is_logged(make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from releasedesk.approval import fingerprint
    from releasedesk.approval.printlog import read_records
    from releasedesk.gui.printing import full_page_printer

    log = tmp_path / "log.jsonl"
    (tmp_path / "office.toml").write_text(f'print_log = "{log}"\nuser_name = "Print Desk"\n', encoding="utf-8")
    monkeypatch.setenv("RELEASEDESK_OFFICE", str(tmp_path / "office.toml"))
    release = _approved()
    window = make_window(release)
    printer = full_page_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.printer.print_to(printer) > 0
    (record,) = read_records(log)
    assert (record.by, record.printer, record.copies) == ("Print Desk", str(tmp_path / "printed.pdf"), 1)
    assert record.fingerprint == fingerprint(release)


def test_signing_key_made_in_the_window_signs_approvals(
    make_window: Any, answers: list[tuple[str, bool]], dialogs: Any
) -> None:
    import os
    import stat

    from releasedesk.approval import signing
    from releasedesk.approval.office import signing_key_path
    from releasedesk.approval.verify import verify

    window = make_window(load_sample("announcement"))
    window.approval.office = replace(window.approval.office, user_name="王小明")
    answers.append(("correct horse", True))
    public = window.approval.signing_key()
    assert public is not None
    assert public.name == "王小明"
    path = signing_key_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert b"ENCRYPTED" in path.read_bytes()
    assert public.line() in dialogs.shown[-1][2]  # the line to hand to the office

    release = window.current_release()
    workflow.submit(release, "林美華")
    window.record_workflow(release)
    answers.extend([("", True), ("wrong", True)])
    assert not window.approval.approve()  # a wrong passphrase: not approved, said so
    assert "wrong passphrase" in dialogs.shown[-1][2]
    answers.extend([("", True), ("correct horse", True)])
    assert window.approval.approve()
    signed = window.current_release()
    assert verify(signed, signing.load_trusted(Path(f"{path}.pub"))).ok


def test_return_needs_a_note_and_save_version_keeps_a_snapshot(
    make_window: Any, answers: list[tuple[str, bool]], dialogs: Any
) -> None:
    release = load_sample("announcement")
    workflow.submit(release, "林美華")
    window = make_window(release)
    window.approval.office = replace(window.approval.office, user_name="王小明")
    answers.append(("  ", True))
    assert not window.approval.return_for_changes()
    assert dialogs.shown[-1][2] == "A note is required."
    answers.append(("Check the figure in paragraph 2", True))
    assert window.approval.return_for_changes()
    assert _standing(window) == Standing.RETURNED
    assert window.approval.banner.label.text().endswith(": Check the figure in paragraph 2")
    window.form.number.setText("MODS-2026-1124-09")
    answers.append(("after the fix", True))
    assert window.approval.save_version()
    events = window.current_release().history.events
    assert [e.kind.value for e in events] == ["submitted", "returned", "version"]
    assert len(window.current_release().history.snapshots) == 2  # the submitted content, and the fixed one
    answers.append(("", False))  # cancelled: nothing recorded
    assert not window.approval.submit()
    assert len(window.current_release().history.events) == 3

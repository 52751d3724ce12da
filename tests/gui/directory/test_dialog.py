"""The directory dialog on a real SQLite file: type-ahead in Chinese and English, edit, new, delete, vCards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from gui.directory.people import fill
from gui.helpers import commit_input_method, type_text
from releasedesk.appdirs import app_data_dir
from releasedesk.directory.repository import SqliteContactRepository, default_db_path
from releasedesk.directory.vcard import read_vcard_file
from releasedesk.gui.directory import DirectoryDialog
from releasedesk.gui.directory.list_model import PAGE
from releasedesk.gui.files import recovery_folder

if TYPE_CHECKING:
    from releasedesk.model.release import Contact


def make_dialog(qtbot: Any, repo: SqliteContactRepository, **kwargs: Any) -> DirectoryDialog:
    dialog = DirectoryDialog(repo, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def listed(dialog: DirectoryDialog) -> list[str]:
    return [dialog.model.index(row, 0).data().split("\n")[0] for row in range(dialog.model.rowCount())]


def test_find_by_chinese_name_and_add_it_with_the_keyboard(qtbot: Any, repo: SqliteContactRepository) -> None:
    dialog = make_dialog(qtbot, repo)
    assert dialog.model.rowCount() == 153
    type_text(dialog.search, "美玲")  # key events carrying Chinese text
    assert listed(dialog) == ["陳美玲  Chen Mei-ling"]
    chosen: list[list[Contact]] = []
    dialog.contactsChosen.connect(chosen.append)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.list.hasFocus()
    assert dialog.form.fields["title_zh"].text() == "發言人"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert len(chosen) == 1
    assert len(chosen[0]) == 1
    snapshot = chosen[0][0]
    stored = repo.search("陳美玲")[0]
    assert snapshot.name.zh == "陳美玲"
    assert snapshot.title.en == "Spokesperson"
    assert (snapshot.directory_id, snapshot.directory_updated) == (stored.id, stored.updated_at)
    assert (snapshot.print_office_phone, snapshot.print_mobile) == (True, True)
    assert not dialog.isVisible()


def test_input_method_commit_and_english_search(qtbot: Any, repo: SqliteContactRepository) -> None:
    dialog = make_dialog(qtbot, repo)
    commit_input_method(dialog.search, "王小明")
    assert listed(dialog) == ["王小明  Wang Hsiao-ming"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ministry")
    assert listed(dialog) == ["林志豪  Lin Chih-hao", "陳美玲  Chen Mei-ling"]  # code-point (radical) order
    qtbot.keyClicks(dialog.search, " transport")
    assert listed(dialog) == ["林志豪  Lin Chih-hao"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "0223661234")  # digits only
    assert listed(dialog) == ["王小明  Wang Hsiao-ming"]


def test_edit_is_saved_and_survives_reopening(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path, dialogs: Any
) -> None:
    dialog = make_dialog(qtbot, repo)
    commit_input_method(dialog.search, "王小明")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    before = repo.search("王小明")[0]
    title = dialog.form.fields["title_zh"]
    title.selectAll()
    type_text(title, "新聞科專門委員")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.form.dirty
    with SqliteContactRepository(tmp_path / "directory.sqlite3") as again:
        after = again.get(before.id or 0)
    assert after is not None
    assert after.title.zh == "新聞科專門委員"
    assert after.updated_at > before.updated_at
    assert after.name == before.name
    assert after.mobile == before.mobile
    assert dialogs.shown == []


def test_edits_are_saved_when_moving_on_or_closing(qtbot: Any, repo: SqliteContactRepository) -> None:
    dialog = make_dialog(qtbot, repo)
    dialog.select_row(0)
    first = dialog.form.contact()
    type_text(dialog.form.fields["mobile"], "9")
    dialog.select_row(1)  # moving on saves the first contact
    assert repo.get(first.id or 0).mobile == first.mobile + "9"  # type: ignore[union-attr]
    second = dialog.form.contact()
    assert second.id != first.id
    dialog.form.notes.setPlainText("打電話前先寄信")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert repo.get(second.id or 0).notes == "打電話前先寄信"  # type: ignore[union-attr]


def test_new_contact_and_delete(qtbot: Any, repo: SqliteContactRepository, dialogs: Any) -> None:
    dialog = make_dialog(qtbot, repo)
    type_text(dialog.search, "記者00")
    qtbot.keyClick(dialog.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.form.isEnabled()
    assert dialog.form.fields["name_zh"].hasFocus()
    commit_input_method(dialog.form.fields["name_zh"], "張雅婷")
    qtbot.keyClicks(dialog.form.fields["name_en"], "Chang Ya-ting")
    qtbot.keyClicks(dialog.form.fields["email"], "ytchang@example.tw")
    qtbot.keyClick(dialog.form.fields["email"], Qt.Key.Key_Return)
    stored = repo.search("張雅婷")
    assert [c.email for c in stored] == ["ytchang@example.tw"]
    assert dialog.search.text() == ""  # cleared so the new contact is in view
    assert dialog.selected_ids() == [stored[0].id]

    dialogs.answers["question"] = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert repo.get(stored[0].id or 0) is not None
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert repo.get(stored[0].id or 0) is None
    assert [kind for kind, _, _ in dialogs.shown] == ["question", "question"]
    assert "張雅婷" in dialogs.shown[-1][2]


def test_a_contact_without_name_or_email_is_not_saved(qtbot: Any, repo: SqliteContactRepository, dialogs: Any) -> None:
    dialog = make_dialog(qtbot, repo)
    dialog.new_contact()
    qtbot.keyClicks(dialog.form.fields["title_en"], "Nobody")
    assert dialog.save() is False
    assert dialogs.kinds() == ["warning"]
    assert repo.count() == 153
    assert dialog.form.dirty  # the typing is still there


def test_conflicting_edit_is_not_overwritten_silently(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path, dialogs: Any
) -> None:
    dialog = make_dialog(qtbot, repo)
    commit_input_method(dialog.search, "林志豪")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    with SqliteContactRepository(tmp_path / "directory.sqlite3") as other:
        theirs = other.search("林志豪")[0]
        theirs.email = "new@motc.gov.tw"
        other.update(theirs)
    type_text(dialog.form.fields["mobile"], "0988")
    dialogs.answers["warning"] = QMessageBox.StandardButton.Cancel
    assert dialog.save() is False
    assert repo.search("林志豪")[0].email == "new@motc.gov.tw"
    assert dialog.form.dirty
    dialogs.answers["warning"] = QMessageBox.StandardButton.Save
    assert dialog.save() is True
    assert repo.search("林志豪")[0].mobile == "0988"


def test_import_reports_bad_cards_and_keeps_good_ones(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path, dialogs: Any
) -> None:
    vcf = tmp_path / "in.vcf"
    vcf.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN;LANGUAGE=zh-TW:黃淑芬\nFN;LANGUAGE=en:Huang Shu-fen\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN broken\nEND:VCARD\n",
        "utf-8",
    )
    dialog = make_dialog(qtbot, repo)
    dialogs.open_paths.append(vcf)
    dialog.import_button.click()
    assert dialog.importing
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.importing, timeout=10_000)
    assert dialog.import_button.isEnabled()
    assert [c.name.en for c in repo.search("黃淑芬")] == ["Huang Shu-fen"]
    kind, _title, text = dialogs.shown[-1]
    assert kind == "exec"
    assert "Imported 1 contact" in text
    assert "1 card(s) could not be read" in text
    assert dialog.model.rowCount() == 154


def test_export_writes_the_listed_contacts(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path, dialogs: Any
) -> None:
    dialog = make_dialog(qtbot, repo)
    commit_input_method(dialog.search, "經濟部")
    dialogs.save_paths.append(tmp_path / "moea")
    dialog.export_button.click()
    parsed = read_vcard_file(tmp_path / "moea.vcf")
    assert parsed.problems == []
    assert [c.content() for c in parsed.contacts] == [c.content() for c in repo.search("經濟部")]
    assert "Exported 2 contact(s)" in dialog.status.text()


def test_without_a_release_enter_goes_to_the_form(qtbot: Any, repo: SqliteContactRepository) -> None:
    dialog = make_dialog(qtbot, repo, can_add=False)
    assert not dialog.add_button.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.form.fields["name_zh"].hasFocus()
    assert dialog.isVisible()


def test_window_and_command_line_use_the_same_database_file() -> None:
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("ReleaseDesk")
    QCoreApplication.setApplicationName("ReleaseDesk")
    try:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        assert Path(folder) == default_db_path().parent == app_data_dir()  # the Qt-free computation matches Qt's
        assert recovery_folder() == Path(folder) / "recovery"
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_closing_during_an_import_finishes_it(
    qtbot: Any, repo: SqliteContactRepository, tmp_path: Path, dialogs: Any
) -> None:
    vcf = tmp_path / "many.vcf"
    vcf.write_text("".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:通訊員{n}\nEND:VCARD\n" for n in range(300)), "utf-8")
    dialog = make_dialog(qtbot, repo)
    dialogs.open_paths.append(vcf)
    dialog.import_button.click()
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert not dialog.importing
    assert len(repo.search("通訊員")) == 300


def test_add_several_contacts_at_once(qtbot: Any, repo: SqliteContactRepository) -> None:
    dialog = make_dialog(qtbot, repo)
    qtbot.keyClicks(dialog.search, "ministry")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen: list[list[Contact]] = []
    dialog.contactsChosen.connect(chosen.append)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert [[c.name.zh for c in batch] for batch in chosen] == [["林志豪", "陳美玲"]]


def test_long_lists_are_offered_to_the_view_a_page_at_a_time(
    qtbot: Any, repo: SqliteContactRepository, dialogs: Any
) -> None:
    fill(repo, filler=400)  # 153 contacts, then the 3 people again and reporters 150-399 (0-149 exist): 406
    dialog = make_dialog(qtbot, repo)
    assert dialog.model.match_count() == 406
    assert dialog.count_label.text() == "406 contact(s)"
    assert dialog.model.rowCount() == PAGE
    dialog.list.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > PAGE)  # the view asked for more as it reached the end
    target = repo.search_ids()[300]
    dialog.select_row(300)
    assert dialog.selected_ids() == [target]
    assert dialog.form.contact().id == target
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    dialog.delete_selected()
    assert dialog.model.match_count() == 405
    assert dialog.selected_ids() == [repo.search_ids()[300]]  # the next contact takes its place

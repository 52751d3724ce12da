"""The library in the real window: a profile with a logo, File → New from it, saving keeps the release in the
library, finding it again by a two-character Chinese query, New from this release, and the release's own logo."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from PIL import Image as PilImage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from gui.helpers import commit_input_method, type_text
from releasedesk.gui.library.dialog import LibraryDialog
from releasedesk.gui.library.profiles_dialog import ProfilesDialog
from releasedesk.library.profiles import Profile
from releasedesk.library.store import Library
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from pathlib import Path


def logo_file(folder: Path, colour: str = "darkgreen") -> Path:
    path = folder / f"logo-{colour}.png"
    buffer = io.BytesIO()
    PilImage.new("RGB", (120, 40), colour).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_profile_with_a_logo_new_save_find_and_new_from_it(
    qtbot: Any, window: Any, tmp_path: Path, dialogs: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("MODS", True)))
    profiles = ProfilesDialog(window.library, window)
    qtbot.addWidget(profiles)
    assert profiles.new_profile()
    profiles.fields["agency_zh"].setText("數位服務部")
    profiles.fields["agency_en"].setText("Ministry of Digital Services")
    profiles.boilerplate["zh"].setPlainText("數位服務部負責數位政策。")
    profiles.scheme.setText("MODS-{yyyy}-{mmdd}-{seq:02}")
    assert profiles.save()
    assert profiles.set_logo_file(logo_file(tmp_path))
    assert profiles.logo.pixmap() is not None
    assert not profiles.logo.pixmap().isNull()
    profiles.close()

    window.findChild(type(window.new_action), "action_new").trigger()  # File → New: the only profile is used
    release = window.current_release()
    assert release.agency.zh == "數位服務部"
    assert release.number.startswith("MODS-")
    assert release.number.endswith("-01")
    assert release.logo_image_id is not None
    assert release.content["zh-TW"].boilerplate == "數位服務部負責數位政策。"
    assert window.isWindowModified()
    window.panes["zh-TW"].headline.setText("偏鄉寬頻成果發表")
    path = tmp_path / "first.rdrelease"
    assert window.files.save_to(path)

    dialog = LibraryDialog(window.library, window)
    qtbot.addWidget(dialog)
    commit_input_method(dialog.query, "寬頻")  # a two-character Chinese query, committed by an input method
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=3000)
    assert dialog.results.topLevelItem(0).text(3) == "偏鄉寬頻成果發表"
    dialog.query.clear()
    type_text(dialog.query, "nothing")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 0, timeout=3000)
    dialog.query.setText("寬")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=3000)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # New from this release
    copy = window.current_release()
    assert copy.number == ""
    assert copy.status == Status.DRAFT
    assert copy.embargo_until is None
    assert copy.content["zh-TW"].headline == "偏鄉寬頻成果發表"
    assert window.isWindowModified()
    assert window.library.current is None  # a new release: saving it adds a library entry, not a version


def test_saving_again_is_a_new_version_and_a_colleagues_save_is_not_overwritten(
    window: Any, tmp_path: Path, dialogs: Any
) -> None:
    path = tmp_path / "r.rdrelease"
    assert window.files.save_to(path)
    library = window.library.library()
    release_id, version = window.library.current
    assert version == 1
    window.panes["en"].headline.setText("Second version")
    assert window.files.save()  # the file's own save: it knows what it wrote last time
    assert window.library.current == (release_id, 2)
    with Library(library.url) as colleague:  # someone else saves the same release meanwhile
        stored = colleague.releases.get(release_id)
        assert stored is not None
        colleague.releases.save(release_id, stored.release, expected_version=2, author="colleague")
    window.panes["en"].headline.setText("Mine")
    assert window.files.save()
    assert dialogs.kinds()[-1] == "information"
    assert library.releases.get(release_id).release.content["en"].headline == "Second version"  # theirs kept
    mine = library.releases.get(window.library.current[0])
    assert mine is not None
    assert mine.release.content["en"].headline == "Mine"
    assert library.releases.count() == 2


def test_change_and_remove_the_release_logo(window: Any, tmp_path: Path) -> None:
    assert window.library.set_logo_file(logo_file(tmp_path, "navy"))
    release = window.current_release()
    logo = release.image(release.logo_image_id)
    assert logo is not None
    assert logo.mime_type == "image/png"
    assert window.isWindowModified()
    assert window.library.remove_logo()
    assert window.current_release().logo_image_id is None
    assert all(image.id != logo.id for image in window.current_release().images)


def test_new_from_sample_and_new_without_profiles(window: Any, dialogs: Any) -> None:
    window.library_menus.samples_menu.actions()[0].trigger()
    assert window.current_release().agency.zh  # the sample's fictional ministry
    window.new_action.trigger()
    blank = window.current_release()
    assert blank.agency.zh == ""
    assert blank.languages == ("zh-TW", "en")


def test_colleagues_changes_refresh_an_open_library_dialog(qtbot: Any, window: Any, tmp_path: Path) -> None:
    library = window.library.library()
    dialog = LibraryDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.results.topLevelItemCount() == 0
    with Library(library.url) as colleague:
        colleague.profiles.save(Profile(name="Other"))
        colleague.releases.add(window.current_release(), author="colleague")
    assert window.library.poll()
    assert dialog.results.topLevelItemCount() == 1
    dialog.status.setCurrentIndex(dialog.status.findData("approved"))  # the sample is a draft
    assert dialog.results.topLevelItemCount() == 0
    assert not window.library.poll()  # nothing new since


def test_on_sqlite_a_saved_release_refreshes_the_library_but_only_a_glossary_change_reloads_the_checks(
    qtbot: Any, window: Any
) -> None:
    """SQLite cannot notify: the window polls a token per table, so a save (anyone's) does not rebuild the checker
    and check every text again, while a colleague's glossary entry, word or setting does."""
    from releasedesk.checks.glossary import GlossaryEntry
    from releasedesk.checks.glossary_store import ENGLISH_VARIANT, CheckStore

    library = window.library.library()
    assert library.dialect == "sqlite"
    qtbot.waitUntil(window.checks.settled, timeout=10_000)
    checker = window.checks.service.checker
    with Library(library.url) as colleague:
        colleague.releases.add(window.current_release(), author="colleague")
    assert window.library.poll()
    assert window.checks.service.checker is checker
    with CheckStore(library.url) as glossary:
        glossary.save(GlossaryEntry("海底電纜", "submarine cable"))
    assert window.library.poll()
    assert window.checks.service.checker is not checker
    assert "海底電纜" in window.checks.service.checker.glossary.chinese_terms
    checker = window.checks.service.checker
    with CheckStore(library.url) as store:
        store.set_setting(ENGLISH_VARIANT, "en_GB" if checker.settings.english == "en_US" else "en_US")
    assert window.library.poll()
    assert window.checks.service.checker is not checker
    assert not window.library.poll()  # nothing new since


def test_reuse_a_past_boilerplate_and_contact_block(qtbot: Any, window: Any, tmp_path: Path) -> None:
    library = window.library.library()
    past = window.current_release()
    past.content["zh-TW"].boilerplate = "去年的機關簡介"
    past.content["en"].boilerplate = "Last year's about text"
    library.releases.add(past, author="colleague")
    window.library_menus.samples_menu.actions()[1].trigger()  # another release in the window
    assert window.current_release().content["en"].boilerplate != "Last year's about text"
    dialog = LibraryDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.reuse_selected(boilerplate=True)
    now = window.current_release()
    assert now.content["en"].boilerplate == "Last year's about text"
    assert window.isWindowModified()
    assert "zh-TW" not in now.content or now.content["zh-TW"].boilerplate == "去年的機關簡介"
    before = now.contacts
    dialog = LibraryDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.reuse_selected(contacts=True)
    assert window.current_release().contacts == past.contacts != before


def test_pointing_the_window_at_another_library(window: Any, tmp_path: Path, dialogs: Any) -> None:
    other = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert window.library.set_address(other)
    assert window.settings.library_url == other
    assert window.library.library().url == other
    assert not window.library.set_address("postgresql://amy:secret@dbhost/releasedesk")  # never kept
    assert not window.library.set_address("mysql://nope/x")
    assert window.settings.library_url == other
    assert dialogs.kinds() == ["warning", "warning"]
    assert window.library.set_address("")  # back to this computer's file
    assert window.settings.library_url == ""

"""Colleagues' changes reach an open window without a restart or a poll: on a real PostgreSQL server the window
listens (LISTEN/NOTIFY through a socket notifier) and its library dialog, directory and checks' glossary refresh."""

from __future__ import annotations

from typing import Any

from releasedesk.checks.glossary import GlossaryEntry
from releasedesk.checks.glossary_store import CheckStore
from releasedesk.directory.contact import DirectoryContact
from releasedesk.gui.library.dialog import LibraryDialog
from releasedesk.library.store import Library
from releasedesk.model.release import Bilingual


def test_a_colleagues_changes_arrive_by_notification(qtbot: Any, window: Any, pg_url: str) -> None:
    assert window.library.set_address(pg_url)  # Settings → Library Address…
    library = window.library.library()
    assert library is not None
    assert library.dialect == "postgresql"
    assert window.library._notifier is not None
    assert not window.library.poll_timer.isActive()
    dialog = LibraryDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.results.topLevelItemCount() == 0
    directory = window.directory.open_dialog()
    assert directory is not None
    assert directory.model.rowCount() == 0

    with Library(pg_url) as colleague:  # another workstation
        colleague.releases.add(window.current_release(), author="colleague")
        colleague.contacts().add(DirectoryContact(name=Bilingual("陳美玲", "Chen Mei-ling")))
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1, timeout=5000)

    with qtbot.waitSignal(window.library.changed, timeout=5000), CheckStore(pg_url) as glossary:
        glossary.save(GlossaryEntry("海底電纜", "submarine cable"))
    qtbot.waitUntil(lambda: "海底電纜" in window.checks.service.checker.glossary.chinese_terms, timeout=5000)
    window.library.close()
    assert window.library._notifier is None

"""The contacts dock grows with the contacts, so more than about three rows show without scrolling."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from releasedesk.model.release import Bilingual, Contact


def test_contacts_dock_grows_to_show_the_contacts(window, qtbot):
    table = window.contacts.table
    before = window.contacts_dock.height()
    window.contacts.add_contacts([Contact(name=Bilingual(f"聯絡人{n}", f"Contact {n}")) for n in range(5)])
    QApplication.processEvents()
    assert table.rowCount() >= 7
    qtbot.waitUntil(lambda: window.contacts_dock.height() > before)
    assert not table.verticalScrollBar().isVisible()  # every row shows
    assert window.contacts_dock.height() <= window.height() // 3 + 1

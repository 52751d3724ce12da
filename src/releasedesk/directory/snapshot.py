"""Directory contact → release contact, and "has the directory entry changed since it was copied?".

A release keeps a snapshot (the file stays self-contained and prints the same years later); `directory_id` and
`directory_updated` remember where and when it came from, so the window can offer an update.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from releasedesk.directory.repository import ContactRepository, DirectoryContact
from releasedesk.model.release import Bilingual, Contact


class LinkState(StrEnum):
    NOT_LINKED = "not_linked"
    """Typed into the release, never from the directory."""
    CURRENT = "current"
    CHANGED = "changed"
    """The directory entry was edited since the copy and what the release prints would differ."""
    MISSING = "missing"
    """Deleted from the directory, or the id belongs to another person (a file from another computer)."""


def to_snapshot(entry: DirectoryContact) -> Contact:
    """What a release keeps of a directory contact: the printed fields, plus id and stamp to notice changes."""
    return Contact(
        name=Bilingual(entry.name.zh, entry.name.en),
        title=Bilingual(entry.title.zh, entry.title.en),
        unit=Bilingual(entry.unit.zh, entry.unit.en),
        office_phone=entry.office_phone,
        mobile=entry.mobile,
        email=entry.email,
        print_office_phone=entry.print_office_phone,
        print_mobile=entry.print_mobile,
        directory_id=entry.id,
        directory_updated=entry.updated_at,
    )


def printed_content(contact: Contact) -> tuple[object, ...]:
    """The fields a release prints; notes and tags stay in the directory, so editing them changes nothing here."""
    return (
        contact.name.zh,
        contact.name.en,
        contact.title.zh,
        contact.title.en,
        contact.unit.zh,
        contact.unit.en,
        contact.office_phone,
        contact.mobile,
        contact.email,
        contact.print_office_phone,
        contact.print_mobile,
    )


def _same_person(contact: Contact, entry: DirectoryContact) -> bool:
    """Ids are local to one database: a file made elsewhere may point at somebody else's id."""
    pairs = ((contact.name.zh, entry.name.zh), (contact.name.en, entry.name.en), (contact.email, entry.email))
    return any(mine.strip() and mine.strip().casefold() == theirs.strip().casefold() for mine, theirs in pairs)


def link_state(contact: Contact, entry: DirectoryContact | None) -> LinkState:
    """Compare a release contact with the directory entry its `directory_id` names (None when not found).

    Changed means: the entry's stamp differs from the one copied *and* the printed fields differ. The stamp keeps
    edits made in the release itself from being flagged; the content check keeps note-only edits quiet.
    """
    if contact.directory_id is None:
        return LinkState.NOT_LINKED
    if entry is None or entry.id != contact.directory_id or not _same_person(contact, entry):
        return LinkState.MISSING
    if entry.updated_at == contact.directory_updated:
        return LinkState.CURRENT
    if printed_content(to_snapshot(entry)) == printed_content(contact):
        return LinkState.CURRENT
    return LinkState.CHANGED


def link_states(contacts: Sequence[Contact], repository: ContactRepository) -> list[LinkState]:
    """One state per release contact, in order (what the contacts panel shows as flags)."""
    return [
        link_state(contact, repository.get(contact.directory_id) if contact.directory_id is not None else None)
        for contact in contacts
    ]


def refreshed(contact: Contact, repository: ContactRepository) -> Contact | None:
    """The up-to-date snapshot for a changed contact, or None when there is nothing (left) to update from."""
    if contact.directory_id is None:
        return None
    entry = repository.get(contact.directory_id)
    if entry is None or link_state(contact, entry) is LinkState.MISSING:
        return None
    return to_snapshot(entry)

"""Directory contact → release contact, and "has the directory entry changed since it was copied?".

A release keeps a snapshot (the file stays self-contained and prints the same years later); `directory_uid`,
`directory_id` and `directory_updated` remember where and when it came from, so the window can offer an update.
The uid is what identifies the entry: the id means something only in the database that gave it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from releasedesk.model.release import Bilingual, Contact

if TYPE_CHECKING:
    from collections.abc import Sequence

    from releasedesk.directory.repository import ContactRepository, DirectoryContact


class LinkState(StrEnum):
    """How a contact in a release relates to its directory entry."""

    NOT_LINKED = "not_linked"
    """Typed into the release, never from the directory."""
    CURRENT = "current"
    CHANGED = "changed"
    """The directory entry was edited since the copy and what the release prints would differ."""
    MISSING = "missing"
    """Not in this directory: deleted, or the file comes from another computer's directory."""


def to_snapshot(entry: DirectoryContact) -> Contact:
    """What a release keeps of a directory contact: the printed fields, plus uid, id and stamp to notice changes."""
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
        directory_uid=entry.uid or None,
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


def is_linked(contact: Contact) -> bool:
    """The contact was copied from the directory (by uid, or by id in older files)."""
    return contact.directory_uid is not None or contact.directory_id is not None


def _same_person(contact: Contact, entry: DirectoryContact) -> bool:
    """Only for files without a uid: an id from another database may be somebody else's; a name or e-mail must agree."""
    pairs = ((contact.name.zh, entry.name.zh), (contact.name.en, entry.name.en), (contact.email, entry.email))
    return any(mine.strip() and mine.strip().casefold() == theirs.strip().casefold() for mine, theirs in pairs)


def _is_its_entry(contact: Contact, entry: DirectoryContact) -> bool:
    if contact.directory_uid is not None:
        return entry.uid == contact.directory_uid  # never by id: the same id elsewhere is another person
    return entry.id == contact.directory_id and _same_person(contact, entry)


def directory_entry(contact: Contact, repository: ContactRepository) -> DirectoryContact | None:
    """The entry a release contact was copied from, looked up by uid (by id only in files made before uids)."""
    if contact.directory_uid is not None:
        return repository.get_by_uid(contact.directory_uid)
    if contact.directory_id is not None:
        return repository.get(contact.directory_id)
    return None


def link_state(contact: Contact, entry: DirectoryContact | None) -> LinkState:
    """Compare a release contact with its directory entry (`directory_entry`; None when not found).

    Changed means: the entry's stamp differs from the one copied *and* the printed fields differ. The stamp keeps
    edits made in the release itself from being flagged; the content check keeps note-only edits quiet.
    """
    if not is_linked(contact):
        return LinkState.NOT_LINKED
    if entry is None or not _is_its_entry(contact, entry):
        return LinkState.MISSING
    if entry.updated_at == contact.directory_updated:
        return LinkState.CURRENT
    if printed_content(to_snapshot(entry)) == printed_content(contact):
        return LinkState.CURRENT
    return LinkState.CHANGED


def link_states(contacts: Sequence[Contact], repository: ContactRepository) -> list[LinkState]:
    """One state per release contact, in order (what the contacts panel shows as flags)."""
    return [link_state(contact, directory_entry(contact, repository)) for contact in contacts]


def refreshed(contact: Contact, repository: ContactRepository) -> Contact | None:
    """The up-to-date snapshot (now with the entry's uid) for a linked contact, or None when it is not here."""
    entry = directory_entry(contact, repository)
    if entry is None or link_state(contact, entry) is LinkState.MISSING:
        return None
    return to_snapshot(entry)

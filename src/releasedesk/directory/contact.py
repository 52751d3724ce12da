"""A directory contact and the plain rules about it: identity (uid), tags, search folding, change stamps.

Kept apart from storage so the repository, vCard and snapshot modules share one definition.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from releasedesk.errors import ReleaseDeskError
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from collections.abc import Iterable

DB_FILENAME = "contacts.sqlite3"
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
"""UTC with microseconds and fixed width, so stamps compare correctly as strings."""


class DirectoryError(ReleaseDeskError):
    """The directory database cannot be opened, read or written; one line a person can act on."""


class DirectoryConflict(DirectoryError):
    """A contact was changed (or deleted) by someone else since it was read."""


@dataclass
class DirectoryContact:
    """A contact as kept in the directory: more than a release prints (notes, tags) plus identity and stamp."""

    name: Bilingual = field(default_factory=Bilingual)
    title: Bilingual = field(default_factory=Bilingual)
    unit: Bilingual = field(default_factory=Bilingual)
    office_phone: str = ""
    mobile: str = ""
    email: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    print_office_phone: bool = True
    print_mobile: bool = False
    id: int | None = None
    uid: str = ""
    """Stable across export, import and machines (the vCard UID; a release remembers it), unlike `id`, which is local
    to one database. Given by the repository (a UUID4) or kept from an imported card; never changed afterwards."""
    updated_at: str = ""
    """STAMP_FORMAT, set by the repository on every write."""

    def content(self) -> tuple[object, ...]:
        """Everything a person edits: equal content means the same contact, whatever its id or stamp."""
        return (
            self.name.zh,
            self.name.en,
            self.title.zh,
            self.title.en,
            self.unit.zh,
            self.unit.en,
            self.office_phone,
            self.mobile,
            self.email,
            self.notes,
            tuple(normalise_tags(self.tags)),
            self.print_office_phone,
            self.print_mobile,
        )


@dataclass(frozen=True)
class ImportSummary:
    """What a vCard import did: counts by outcome, for the one line the user sees."""

    added: int
    updated: int
    unchanged: int = 0
    """Already in the directory with the same content (by uid, or any contact when the card has none)."""
    kept_newer: int = 0
    """Cards older (by their REV) than the directory's entry: the newer entry was kept, the card not imported."""

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.kept_newer


UID_MAX_LENGTH = 255


def usable_uid(uid: str) -> bool:
    """A uid kept as given: vCard allows any text, but one that is empty, padded, unprintable or huge is no identity."""
    return 0 < len(uid) <= UID_MAX_LENGTH and uid == uid.strip() and uid.isprintable()


def new_uid() -> str:
    """A new contact uid (UUID4): stable across exports, so a re-import updates instead of duplicating."""
    import uuid  # here, not with the window's start-up (uuid imports platform: ~5-10 ms)

    return str(uuid.uuid4())


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, without empties or case-insensitive duplicates, sorted: tags are a set a person reads."""
    seen: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return sorted(seen.values(), key=str.casefold)


def fold(text: str) -> str:
    """The search form of a text: NFKC (full-width Latin and digits become ASCII) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(contact: DirectoryContact) -> str:
    """Every searchable field folded into one string; phone numbers also as bare digits ("0223…" finds "(02) 23…")."""
    parts = [
        *contact.content()[:10],
        *normalise_tags(contact.tags),
        re.sub(r"\D", "", contact.office_phone),
        re.sub(r"\D", "", contact.mobile),
    ]
    return "\n".join(fold(str(part)) for part in parts if part)


def query_terms(query: str) -> list[str]:
    """A query matches a contact when every whitespace-separated term is a substring of its search text."""
    return fold(query).split()


def older_than(stamp: str, other: str) -> bool:
    """True when both are STAMP_FORMAT stamps and `stamp` is strictly earlier (an empty or bad stamp never is)."""
    try:
        return datetime.strptime(stamp, STAMP_FORMAT) < datetime.strptime(other, STAMP_FORMAT)
    except ValueError:
        return False


def now_stamp() -> str:
    """Now in UTC, in the directory's stamp format (sortable text)."""
    return datetime.now(UTC).strftime(STAMP_FORMAT)


def next_stamp(previous: str) -> str:
    """Now, but always later than `previous`, so "changed since" holds even within a microsecond or a clock step."""
    stamp = now_stamp()
    if previous and stamp <= previous:
        earlier = datetime.strptime(previous, STAMP_FORMAT)
        stamp = (earlier + timedelta(microseconds=1)).strftime(STAMP_FORMAT)
    return stamp

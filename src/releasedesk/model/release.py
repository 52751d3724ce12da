"""The release: a bilingual press release as plain Python values.

Values are mutable dataclasses because the editor changes them field by field; equality is structural, which the
round-trip tests rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias
from zoneinfo import ZoneInfo

from releasedesk.model.history import History

if TYPE_CHECKING:
    from releasedesk.model.richtext import Block
    from releasedesk.pairs.model import Pairs

Lang: TypeAlias = Literal["zh-TW", "en"]
LANGUAGES: tuple[Lang, ...] = ("zh-TW", "en")
DEFAULT_TIMEZONE = "Asia/Taipei"


def now_in(zone: str) -> datetime:
    """The current minute in `zone`: the default release time of a new release."""
    return datetime.now(ZoneInfo(zone)).replace(second=0, microsecond=0)


class Status(StrEnum):
    """Where the release is in its life, as stored in the file."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


@dataclass
class Bilingual:
    """A short text in both languages; either may be empty."""

    zh: str = ""
    en: str = ""

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh-TW" else self.en

    def set(self, lang: Lang, value: str) -> None:
        if lang == "zh-TW":
            self.zh = value
        else:
            self.en = value

    def best(self, lang: Lang) -> str:
        """The text in `lang`, or the other language's when that one is empty."""
        return self.get(lang) or self.get("en" if lang == "zh-TW" else "zh-TW")


@dataclass
class LanguageContent:
    """Everything a release says in one language."""

    headline: str = ""
    subheadline: str = ""
    body: list[Block] = field(default_factory=list)
    boilerplate: str = ""
    """"About the agency": plain paragraphs separated by line breaks."""


@dataclass
class Contact:
    """A media contact as printed in a release: a snapshot, so the file stays self-contained."""

    name: Bilingual = field(default_factory=Bilingual)
    title: Bilingual = field(default_factory=Bilingual)
    unit: Bilingual = field(default_factory=Bilingual)
    office_phone: str = ""
    mobile: str = ""
    email: str = ""
    print_office_phone: bool = True
    print_mobile: bool = False
    directory_id: int | None = None
    """The contact directory entry this was copied from, if any."""
    directory_updated: str | None = None
    """The directory entry's last-updated stamp when copied; a newer one in the directory means "changed since"."""
    directory_uid: str | None = None
    """The directory entry's UUID: ids mean something only in one database, so on another machine the uid is what
    finds the same person (or nobody). None in files made before uids were kept."""


@dataclass
class Image:
    """An embedded image; figures in the body refer to it by `id`."""

    id: str
    mime_type: str
    data: bytes
    alt: Bilingual = field(default_factory=Bilingual)


@dataclass
class Release:
    """A press release: shared metadata, the text per language, contacts, images, pairs and history."""

    agency: Bilingual = field(default_factory=Bilingual)
    unit: Bilingual = field(default_factory=Bilingual)
    number: str = ""
    issued_at: datetime = field(
        default_factory=lambda: datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).replace(second=0, microsecond=0)
    )
    """Release date-time, always timezone-aware (a ZoneInfo, so the zone's name survives a save)."""
    dateline: Bilingual = field(default_factory=Bilingual)
    embargo_until: datetime | None = None
    """None means "for immediate release"; otherwise an aware date-time."""
    end_mark: Bilingual = field(default_factory=lambda: Bilingual(zh="###", en="###"))
    status: Status = Status.DRAFT
    content: dict[Lang, LanguageContent] = field(default_factory=dict)
    """Per language, in LANGUAGES order; a release may have one language or both."""
    contacts: list[Contact] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    logo_image_id: str | None = None
    """An image of `images` used as the letterhead logo instead of the template's."""
    pairs: Pairs | None = None
    """Translation pairs between the two bodies (releasedesk.pairs); None = not tracked (a release made in code)."""
    history: History = field(default_factory=History)
    """Submissions, approvals, returns and saved versions; approval is derived from it (releasedesk.approval)."""

    @property
    def languages(self) -> tuple[Lang, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.content)

    @property
    def is_embargoed(self) -> bool:
        return self.embargo_until is not None

    def image(self, image_id: str) -> Image | None:
        return next((image for image in self.images if image.id == image_id), None)

"""What a release remembers about its translation pairs: which blocks pair up and what both said when confirmed.

Body blocks pair by id (a block may pair with none: "to translate"); the headline, subheadline, boilerplate and
image alt texts pair by position, under a fixed key. A pair never confirmed has no snapshot.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

FIELD_KEYS = ("headline", "subheadline", "boilerplate")
ALT_PREFIX = "alt:"
"""Image alt texts pair under "alt:<image id>"."""


def fingerprint(text: str) -> str:
    """A short hash of what a reader reads: NFC, whitespace runs collapsed, so re-wrapping is no change."""
    normalized = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Snapshot:
    """Both sides' text when the pair was last confirmed in sync, with their fingerprints (the text is for diffs)."""

    zh: str
    en: str
    zh_fingerprint: str
    en_fingerprint: str

    @classmethod
    def of(cls, zh: str, en: str) -> Snapshot:
        return cls(zh, en, fingerprint(zh), fingerprint(en))

    def fingerprints(self) -> tuple[str, str]:
        return self.zh_fingerprint, self.en_fingerprint


@dataclass
class PairRecord:
    """The confirmation of one pair; `minor` are the (zh, en) fingerprints a writer accepted as a minor edit."""

    confirmed: Snapshot | None = None
    minor: tuple[str, str] | None = None


@dataclass
class BodyPair:
    """Body block `zh` (an id in the Chinese body) is the translation partner of block `en` (in the English body)."""

    zh: str
    en: str
    record: PairRecord = field(default_factory=PairRecord)


@dataclass
class Pairs:
    """All pairs of a release; `Release.pairs` is None when a release does not track pairs (made in code)."""

    fields: dict[str, PairRecord] = field(default_factory=dict)
    body: list[BodyPair] = field(default_factory=list)

    def body_pair(self, lang: str, block_id: str) -> BodyPair | None:
        for pair in self.body:
            if (pair.zh if lang == "zh-TW" else pair.en) == block_id:
                return pair
        return None

    def field_record(self, key: str) -> PairRecord:
        """The record under `key`, created (unconfirmed) when there is none."""
        return self.fields.setdefault(key, PairRecord())

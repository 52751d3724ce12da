"""What each pair is now: in sync, a minor edit, out of date (which side changed), missing a side, or unpaired.

Computed from the release alone, every time (fingerprints are cheap), so reverting a change clears its flag by
itself: the fingerprints are equal again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from releasedesk.model.richtext import Block, Figure, block_runs, plain_text
from releasedesk.pairs.model import ALT_PREFIX, FIELD_KEYS, PairRecord, Pairs, Snapshot, fingerprint

if TYPE_CHECKING:
    from releasedesk.model.release import Lang, Release


class State(StrEnum):
    """How a translation pair stands since it was last confirmed."""

    IN_SYNC = "in_sync"
    MINOR_EDIT = "minor_edit"
    """Changed since confirmation, and the writer said the change needs no retranslation."""
    OUT_OF_DATE = "out_of_date"
    MISSING = "missing"
    """Paired, but one side is empty (e.g. a "to translate" placeholder)."""
    UNPAIRED = "unpaired"
    """A block with no partner at all."""
    UNCONFIRMED = "unconfirmed"
    """Both sides have text but nobody has confirmed them in sync yet (a new pair, or one from an older file)."""


NEEDS_WORK = frozenset({State.OUT_OF_DATE, State.MISSING, State.UNPAIRED, State.UNCONFIRMED})
TO_TRANSLATE = frozenset({State.MISSING, State.UNPAIRED})


_BOTH: tuple[Lang, Lang] = ("zh-TW", "en")


def other(lang: Lang) -> Lang:
    """The other language of a bilingual release."""
    return "en" if lang == "zh-TW" else "zh-TW"


@dataclass(frozen=True)
class PairStatus:
    """One pair (or lone block) as it is now. Block numbers count every body block from 1, as a reader would."""

    key: str
    """"headline", "subheadline", "boilerplate", "alt:<image id>", or "body"."""
    state: State
    zh_text: str
    en_text: str
    zh_id: str = ""
    en_id: str = ""
    zh_number: int = 0
    en_number: int = 0
    changed: tuple[Lang, ...] = ()
    """OUT_OF_DATE / MINOR_EDIT: the sides whose text changed since confirmation."""
    empty: tuple[Lang, ...] = ()
    """MISSING / UNPAIRED: the sides with no text (or no block)."""
    confirmed: Snapshot | None = None

    @property
    def needs_work(self) -> bool:
        return self.state in NEEDS_WORK

    @property
    def is_body(self) -> bool:
        return self.key == "body"

    def text(self, lang: Lang) -> str:
        return self.zh_text if lang == "zh-TW" else self.en_text

    def number(self, lang: Lang) -> int:
        return self.zh_number if lang == "zh-TW" else self.en_number

    def block_id(self, lang: Lang) -> str:
        return self.zh_id if lang == "zh-TW" else self.en_id

    @property
    def needing_lang(self) -> Lang:
        """The language a translator has to work in: the side that did not change, or the empty one."""
        if self.empty:
            return self.empty[0]
        if len(self.changed) == 1:
            return other(self.changed[0])
        return "en"

    def where(self, lang: Lang | None = None) -> str:
        """Where a person finds it, e.g. "en body, block 3" or "zh-TW headline"."""
        lang = lang or self.needing_lang
        if self.is_body:
            number = self.number(lang) or self.number(other(lang))
            side = lang if self.number(lang) else other(lang)
            return f"{side} body, block {number}"
        if self.key.startswith(ALT_PREFIX):
            return f"{lang} alt text of image {self.key[len(ALT_PREFIX) :]!r}"
        return f"{lang} {self.key}"


def excerpt(text: str, limit: int = 40) -> str:
    """`text` on one line, shortened to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _state(record: PairRecord | None, zh: str, en: str) -> tuple[State, tuple[Lang, ...], tuple[Lang, ...]]:
    empty = tuple(lang for lang, value in zip(_BOTH, (zh, en), strict=True) if not value.strip())
    if len(empty) == 2:
        return State.IN_SYNC, (), ()  # nothing on either side (a figure without captions): nothing to translate
    if empty:
        return State.MISSING, (), empty
    if record is None or record.confirmed is None:
        return State.UNCONFIRMED, (), ()
    now = (fingerprint(zh), fingerprint(en))
    then = record.confirmed.fingerprints()
    changed: tuple[Lang, ...] = tuple(lang for lang, a, b in zip(_BOTH, now, then, strict=True) if a != b)
    if not changed:
        return State.IN_SYNC, (), ()
    if record.minor == now:
        return State.MINOR_EDIT, changed, ()
    return State.OUT_OF_DATE, changed, ()


def block_text(block: Block) -> str:
    """The plain text of a block."""
    return plain_text(block_runs(block))


def _field_statuses(release: Release, pairs: Pairs) -> list[PairStatus]:
    zh, en = release.content["zh-TW"], release.content["en"]
    out = []
    texts = [(key, getattr(zh, key), getattr(en, key)) for key in FIELD_KEYS]
    used = {b.image_id for c in (zh, en) for b in c.body if isinstance(b, Figure)}
    texts += [(ALT_PREFIX + i.id, i.alt.zh, i.alt.en) for i in release.images if i.id in used]
    for key, zh_text, en_text in texts:
        if not zh_text.strip() and not en_text.strip():
            continue
        record = pairs.fields.get(key)
        state, changed, empty = _state(record, zh_text, en_text)
        confirmed = record.confirmed if record else None
        out.append(PairStatus(key, state, zh_text, en_text, changed=changed, empty=empty, confirmed=confirmed))
    return out


def _body_statuses(release: Release, pairs: Pairs) -> list[PairStatus]:
    bodies = {lang: release.content[lang].body for lang in _BOTH}
    where = {lang: {b.id: (n, b) for n, b in enumerate(body, start=1) if b.id} for lang, body in bodies.items()}
    paired: dict[str, set[str]] = {"zh-TW": set(), "en": set()}
    out: list[PairStatus] = []
    for pair in pairs.body:
        zh, en = where["zh-TW"].get(pair.zh), where["en"].get(pair.en)
        if zh is None or en is None:
            continue  # a stale pair: the lone side (if any) shows as unpaired below
        paired["zh-TW"].add(pair.zh)
        paired["en"].add(pair.en)
        zh_text, en_text = block_text(zh[1]), block_text(en[1])
        state, changed, empty = _state(pair.record, zh_text, en_text)
        confirmed = pair.record.confirmed
        out.append(
            PairStatus(
                "body",
                state,
                zh_text,
                en_text,
                zh_id=pair.zh,
                en_id=pair.en,
                zh_number=zh[0],
                en_number=en[0],
                changed=changed,
                empty=empty,
                confirmed=confirmed,
            )
        )
    for lang, body in bodies.items():
        for number, block in enumerate(body, start=1):
            if block.id in paired[lang] and block.id:
                continue
            value = block_text(block)
            if not value.strip():
                continue  # an empty block has nothing to translate
            missing = other(lang)
            if lang == "zh-TW":
                status = PairStatus("body", State.UNPAIRED, value, "", block.id, "", number, 0, (), (missing,))
            else:
                status = PairStatus("body", State.UNPAIRED, "", value, "", block.id, 0, number, (), (missing,))
            out.append(status)
    zh_of_en = {s.en_number: s.zh_number for s in out if s.zh_number and s.en_number}

    def order(status: PairStatus) -> tuple[float, int]:
        """Lone English blocks sort just after the Chinese partner of the nearest paired English block before."""
        if status.zh_number:
            return status.zh_number, status.en_number
        before = [zh for en, zh in zh_of_en.items() if en < status.en_number]
        return (max(before) if before else 0) + 0.5, status.en_number

    out.sort(key=order)
    return out


def pair_statuses(release: Release) -> list[PairStatus]:
    """Every pair and lone block of a bilingual release that tracks pairs, in reading order; [] otherwise."""
    pairs = release.pairs
    if pairs is None or "zh-TW" not in release.content or "en" not in release.content:
        return []
    return _field_statuses(release, pairs) + _body_statuses(release, pairs)


def summary(statuses: list[PairStatus]) -> dict[State, int]:
    """How many pairs are in each state (every state present, zero or not)."""
    counts = {state: 0 for state in State}
    for status in statuses:
        counts[status.state] += 1
    return counts


# ------------------------------------------------------------------------------------------- confirming


def _record(release: Release, status: PairStatus) -> PairRecord | None:
    pairs = release.pairs
    if pairs is None:
        return None
    if status.is_body:
        pair = pairs.body_pair("zh-TW", status.zh_id) if status.zh_id else None
        return pair.record if pair is not None and pair.en == status.en_id else None
    return pairs.field_record(status.key)


def mark_in_sync(release: Release, status: PairStatus) -> bool:
    """Confirm the pair's current texts as each other's translation; False when it is not a pair with two texts."""
    record = _record(release, status)
    if record is None or not status.zh_text.strip() or not status.en_text.strip():
        return False
    record.confirmed = Snapshot.of(status.zh_text, status.en_text)
    record.minor = None
    return True


def mark_minor(release: Release, status: PairStatus) -> bool:
    """Accept the change since confirmation as needing no retranslation; a further change flags the pair again."""
    record = _record(release, status)
    if record is None or status.state not in (State.OUT_OF_DATE, State.MINOR_EDIT):
        return False
    record.minor = (fingerprint(status.zh_text), fingerprint(status.en_text))
    return True


def confirm_all(release: Release) -> int:
    """Mark every pair with text on both sides in sync (e.g. after opening a file from before pairs); how many."""
    return sum(mark_in_sync(release, status) for status in pair_statuses(release) if status.state != State.IN_SYNC)

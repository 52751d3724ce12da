"""`release.pairs` (schema 2) <-> the model's `Pairs`: kept beside codec.py so the pair layout lives in one place.

Writing leaves out pairs whose blocks or images are gone (a language switched off, an image removed), so a saved
file never names a block it lacks; reading refuses such references, unknown keys and a block in two pairs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from releasedesk.pairs.model import ALT_PREFIX, FIELD_KEYS, BodyPair, PairRecord, Pairs, Snapshot

if TYPE_CHECKING:
    from releasedesk.fileformat.json_reader import Reader
    from releasedesk.model.release import Lang, LanguageContent, Release

Json = dict[str, Any]


def _record_out(record: PairRecord) -> Json:
    out: Json = {}
    if record.confirmed is not None:
        snap = record.confirmed
        out["confirmed"] = {
            "zh-TW": {"text": snap.zh, "fingerprint": snap.zh_fingerprint},
            "en": {"text": snap.en, "fingerprint": snap.en_fingerprint},
        }
    if record.minor is not None:
        out["minor"] = {"zh-TW": record.minor[0], "en": record.minor[1]}
    return out


def pairs_out(release: Release) -> Json:
    """The release's pairs as JSON, leaving out pairs whose blocks or images are gone."""
    pairs = release.pairs or Pairs()
    ids = {lang: {block.id for block in content.body} for lang, content in release.content.items()}
    images = {image.id for image in release.images}
    fields = {}
    for key, record in pairs.fields.items():
        if key.startswith(ALT_PREFIX) and key[len(ALT_PREFIX) :] not in images:
            continue
        if out := _record_out(record):
            fields[key] = out
    body = [
        {"zh-TW": pair.zh, "en": pair.en} | _record_out(pair.record)
        for pair in pairs.body
        if pair.zh in ids.get("zh-TW", ()) and pair.en in ids.get("en", ())
    ]
    return {"fields": fields, "body": body}


def _record_in(reader: Reader, *extra: str) -> PairRecord:
    reader.only(*extra, "confirmed", "minor")
    confirmed = None
    if (snap := reader.optional_child("confirmed")) is not None:
        snap.only("zh-TW", "en")
        zh = snap.child("zh-TW").only("text", "fingerprint")
        en = snap.child("en").only("text", "fingerprint")
        confirmed = Snapshot(zh.text("text"), en.text("text"), zh.text("fingerprint"), en.text("fingerprint"))
    minor = None
    if (minor_reader := reader.optional_child("minor")) is not None:
        minor_reader.only("zh-TW", "en")
        minor = (minor_reader.text("zh-TW"), minor_reader.text("en"))
    return PairRecord(confirmed, minor)


def pairs_in(reader: Reader, content: dict[Lang, LanguageContent], image_ids: set[str]) -> Pairs:
    """The pairs from their JSON; refuses unknown keys, missing blocks and a block in two pairs."""
    reader.only("fields", "body")
    pairs = Pairs()
    if (fields := reader.optional_child("fields")) is not None:
        for key in fields.data:
            image = key[len(ALT_PREFIX) :] if key.startswith(ALT_PREFIX) else None
            if key not in FIELD_KEYS and image is None:
                fields.fail(f"unknown pair {key!r}", key)
            if image is not None and image not in image_ids:
                fields.fail(f"no image {image!r}", key)
            pairs.fields[key] = _record_in(fields.child(key))
    ids: dict[str, set[str]] = {lang: {b.id for b in section.body if b.id} for lang, section in content.items()}
    used: dict[str, set[str]] = {"zh-TW": set(), "en": set()}
    for where, value in reader.items("body"):
        item = type(reader)(value, where)
        record = _record_in(item, "zh-TW", "en")
        zh, en = item.text("zh-TW"), item.text("en")
        for lang, block_id in (("zh-TW", zh), ("en", en)):
            if block_id not in ids.get(lang, ()):
                item.fail(f"no {lang} body block {block_id!r}", lang)
            if block_id in used[lang]:
                item.fail(f"{lang} block {block_id!r} is in two pairs", lang)
            used[lang].add(block_id)
        pairs.body.append(BodyPair(zh, en, record))
    return pairs

"""The canonical form of a release's content and its SHA-256 fingerprint (docs/approval.md, "The fingerprint").

Everything printed or exported goes in — every field in both languages, contacts as printed, image bytes (by their
SHA-256), the logo — and nothing else (no status, history or directory links). The bytes are produced by our own
small encoder, not by `json.dumps`, so they depend on neither key order, whitespace nor a library's version.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from releasedesk.model.richtext import (
    Block,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Run,
    Table,
    TableCell,
    normalize_runs,
)
from releasedesk.model.textclean import replace_lone_surrogates

if TYPE_CHECKING:
    from releasedesk.model.release import Bilingual, Contact, Release

CANON = "releasedesk-content-1"
"""Names this canonical form inside itself: a later form gets a new name, so old fingerprints keep their meaning."""

Json = dict[str, Any]
_text = replace_lone_surrogates
"""The file saves a lone surrogate as U+FFFD (fileformat/store.py); so does the print, or a save would change it."""


def _bilingual(value: Bilingual) -> Json:
    return {"zh-TW": _text(value.zh), "en": _text(value.en)}


def _moment(moment: datetime) -> Json:
    tz = moment.tzinfo
    if isinstance(tz, ZoneInfo):
        name = tz.key
    else:
        minutes = int((moment.utcoffset() or timedelta(0)).total_seconds() // 60)
        name = f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return {"local": moment.replace(tzinfo=None).isoformat(), "tz": name, "fold": moment.fold}


def _runs(runs: tuple[Run, ...]) -> list[Json]:
    return [
        {"text": _text(run.text), "marks": sorted(str(mark) for mark in run.marks), "href": run.href}
        for run in normalize_runs(list(runs))
    ]


def _align(cell: TableCell) -> str | None:
    return None if cell.align is None else str(cell.align)


def _block(block: Block) -> Json:
    match block:
        case Paragraph(runs):
            return {"type": "paragraph", "content": _runs(runs)}
        case Heading(level, runs):
            return {"type": "heading", "level": level, "content": _runs(runs)}
        case ListItem(ordered, level, runs):
            return {"type": "list_item", "ordered": ordered, "level": level, "content": _runs(runs)}
        case Quote(runs):
            return {"type": "quote", "content": _runs(runs)}
        case Figure(image_id, caption):
            return {"type": "figure", "image": image_id, "caption": _runs(caption)}
        case Table(rows, header_rows, widths, caption):
            # Every key always present: a cell's defaults (span 1, align null) are written out, never implied.
            cells = [
                [
                    {"content": _runs(c.content), "colspan": c.colspan, "rowspan": c.rowspan, "align": _align(c)}
                    for c in row
                ]
                for row in rows
            ]
            return {
                "type": "table",
                "header_rows": header_rows,
                "rows": cells,
                "widths": list(widths),
                "caption": _runs(caption),
            }
    raise TypeError(f"not a block: {block!r}")


def _contact(contact: Contact) -> Json:
    """As printed: a number not cleared for print is not part of what was approved."""
    return {
        "name": _bilingual(contact.name),
        "title": _bilingual(contact.title),
        "unit": _bilingual(contact.unit),
        "office_phone": _text(contact.office_phone) if contact.print_office_phone else "",
        "mobile": _text(contact.mobile) if contact.print_mobile else "",
        "email": _text(contact.email),
    }


def image_digest(data: bytes) -> str:
    """SHA-256 of an image's bytes, in hex: how the canonical content names an image."""
    return hashlib.sha256(data).hexdigest()


def _clean(value: object) -> object:
    """Every string, keys included (ids, links, MIME types), as the file will store it."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return {_text(key): _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def canonical_content(release: Release) -> Json:
    """The content as a tree of plain JSON values (the snapshot a version keeps)."""
    used = {block.image_id for c in release.content.values() for block in c.body if isinstance(block, Figure)}
    if release.logo_image_id is not None:
        used.add(release.logo_image_id)
    tree = {
        "canon": CANON,
        "agency": _bilingual(release.agency),
        "unit": _bilingual(release.unit),
        "number": _text(release.number),
        "issued_at": _moment(release.issued_at),
        "dateline": _bilingual(release.dateline),
        "embargo_until": None if release.embargo_until is None else _moment(release.embargo_until),
        "end_mark": _bilingual(release.end_mark),
        "content": {
            lang: {
                "headline": _text(content.headline),
                "subheadline": _text(content.subheadline),
                "body": [_block(block) for block in content.body],
                "boilerplate": _text(content.boilerplate),
            }
            for lang, content in release.content.items()
        },
        "contacts": [_contact(contact) for contact in release.contacts],
        "images": {
            image.id: {"mime_type": image.mime_type, "alt": _bilingual(image.alt), "sha256": image_digest(image.data)}
            for image in release.images
            if image.id in used
        },
        "logo_image_id": release.logo_image_id,
    }
    return _clean(tree)  # type: ignore[return-value]  # _clean keeps the dict a dict


_ESCAPED = re.compile(r'["\\\x00-\x1f]')


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return "\\" + char if char in '"\\' else f"\\u{ord(char):04x}"


def _string(value: str) -> str:
    """Only `"`, `\\` and U+0000–U+001F are escaped (controls as `\\u00xx`); every other character is itself."""
    return '"' + _ESCAPED.sub(_escape, value) + '"'


def _encode(value: object, out: list[str]) -> None:
    kind = type(value)  # exact types, most frequent first: bool is not an int here, nor a str subclass a str
    if kind is str:
        out.append(_string(cast("str", value)))  # casts: mypy does not narrow on `type(value) is ...`
    elif kind is dict:
        out.append("{")
        for index, key in enumerate(sorted(cast("dict[str, object]", value))):  # str order = code point order
            if type(key) is not str:
                raise TypeError(f"canonical form: key {key!r} is not text")
            if index:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _encode(cast("dict[str, object]", value)[key], out)
        out.append("}")
    elif kind is list or kind is tuple:
        out.append("[")
        for index, item in enumerate(cast("list[object]", value)):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(str(value))
    else:
        raise TypeError(f"canonical form: cannot encode {kind.__name__}")


def canonical_bytes(value: object) -> bytes:
    """Keys sorted by code point, no whitespace, strings escaping only `"`, `\\` and U+0000–U+001F; UTF-8."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8", "surrogatepass")


def fingerprint_of(canonical: Json) -> str:
    """`sha256:<64 hex>` of already canonical content (a stored snapshot, or `canonical_content`)."""
    return "sha256:" + hashlib.sha256(canonical_bytes(canonical)).hexdigest()


def fingerprint(release: Release) -> str:
    """`sha256:<64 hex>` of the canonical content."""
    return fingerprint_of(canonical_content(release))


def short_fingerprint(value: str) -> str:
    """`3f9a 12c0`: the first 8 hex digits, as printed in the stamp."""
    digits = value.removeprefix("sha256:")
    return f"{digits[:4]} {digits[4:8]}"

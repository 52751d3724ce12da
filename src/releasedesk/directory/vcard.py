"""vCard 3.0 / 4.0 import and export of directory contacts, parsed and written by `vobject`.

The bilingual mapping is documented in docs/contacts-vcard.md. This module only frames the file into cards (to give
each malformed card its own line number and keep the good ones) and maps properties to fields; vobject parses and
serialises every card.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import vobject
import vobject.base

from releasedesk.atomicfile import write_atomic
from releasedesk.directory.repository import (
    STAMP_FORMAT,
    ContactRepository,
    DirectoryContact,
    DirectoryError,
    ImportSummary,
)
from releasedesk.model.release import Bilingual
from releasedesk.model.textclean import clean_text
from releasedesk.oserrors import reason
from releasedesk.safeio import read_regular_file

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

VCardVersion = Literal["3.0", "4.0"]
VERSIONS: tuple[VCardVersion, ...] = ("3.0", "4.0")
PRODID = "-//ReleaseDesk//Contact directory//EN"
X_PREFIX = "X-RELEASEDESK-"
"""vCard 3.0 allows one FN/TITLE/ORG reading: the other language goes into X-RELEASEDESK-FN/-TITLE/-ORG."""
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_LINE_CHARS = 64 * 1024
"""A vCard property (after unfolding) longer than this is refused before parsing: a 10 MB field cost vobject
1.5 GiB of memory, and no name, phone or note needs a tenth of it (photos are not imported)."""
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_BOUNDARY = re.compile(r"\s*(BEGIN|END)\s*:\s*VCARD\s*", re.IGNORECASE)


@dataclass(frozen=True)
class VCardProblem:
    """One card that was not imported: the line it starts on (or the bad line in it) and why."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ParsedVCards:
    """What a vCard file held: the contacts that could be read, and the problems found."""

    contacts: list[DirectoryContact] = field(default_factory=list)
    problems: list[VCardProblem] = field(default_factory=list)


# Reading ---------------------------------------------------------------------------------------------------------


@dataclass
class _Card:
    start: int
    lines: list[tuple[int, str]]


def _split_lines(text: str) -> list[str]:
    """Physical lines; not str.splitlines(), which also breaks at U+2028 and other characters a note may hold."""
    return re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))


def _frame(text: str, problems: list[VCardProblem]) -> Iterator[_Card]:
    """Cut the file at BEGIN:VCARD / END:VCARD lines; anything else outside a card is reported once per run."""
    card: _Card | None = None
    stray = False
    for number, line in enumerate(_split_lines(text), start=1):
        boundary = _BOUNDARY.fullmatch(line)
        kind = boundary.group(1).upper() if boundary else None
        if card is None:
            if kind == "BEGIN":
                card, stray = _Card(number, [(number, line)]), False
            elif line.strip() and not stray:
                problems.append(VCardProblem(number, f"text outside a vCard: {_clip(line)}"))
                stray = True
            continue
        if kind == "BEGIN":
            problems.append(VCardProblem(card.start, f"vCard not closed (no END:VCARD before line {number})"))
            card = _Card(number, [(number, line)])
            continue
        card.lines.append((number, line))
        if kind == "END":
            yield card
            card = None
    if card is not None:
        problems.append(VCardProblem(card.start, "vCard not closed (the file ends before END:VCARD)"))


def printable(text: str) -> str:
    """Control characters shown as escapes (`\\x1b`), so a file's bytes never drive the terminal."""
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _clip(text: str, width: int = 60) -> str:
    text = printable(text.strip())
    return text if len(text) <= width else text[: width - 1] + "…"


def _logical_lines(card: _Card) -> list[tuple[int, str]]:
    logical: list[tuple[int, str]] = []
    for number, line in card.lines:
        if line[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        elif line.strip():
            logical.append((number, line))
    return logical


def _overlong_line(card: _Card) -> tuple[int, int] | None:
    """(line number, length) of the first property longer than MAX_LINE_CHARS, counted without joining it."""
    start, length, longest = card.start, 0, None
    for number, line in card.lines:
        if line[:1] in (" ", "\t"):
            length += len(line) - 1
        elif longest is not None:
            break  # the overlong property has ended: report its whole length
        else:
            start, length = number, len(line)
        if length > MAX_LINE_CHARS:
            longest = (start, length)
    return longest


def _bad_line(card: _Card) -> tuple[int, str] | None:
    """The first logical line vobject cannot parse, with the physical line it starts on."""
    for number, line in _logical_lines(card):
        try:
            vobject.base.parseLine(line)
        except vobject.base.ParseError:
            return number, line
    return None


def _read_card(card: _Card) -> vobject.base.Component:
    text = "\r\n".join(line for _, line in card.lines) + "\r\n"
    component: vobject.base.Component = vobject.readOne(text, transform=True)
    return component


def parse_vcards(text: str, undecodable: frozenset[int] = frozenset()) -> ParsedVCards:
    """Every good card as a contact (without id), every bad one as a problem; nothing is written.

    `undecodable` are line numbers that were not UTF-8: a card holding one is reported, not imported garbled.
    """
    result = ParsedVCards()
    for card in _frame(text, result.problems):
        bad_encoding = [number for number, _ in card.lines if number in undecodable]
        if bad_encoding:
            result.problems.append(VCardProblem(bad_encoding[0], "not UTF-8 text (save the vCard file as UTF-8)"))
            continue
        overlong = _overlong_line(card)
        if overlong is not None:
            message = f"a field is too long ({overlong[1]:,} characters; the limit is {MAX_LINE_CHARS:,})"
            result.problems.append(VCardProblem(overlong[0], message))
            continue
        try:
            contact = _to_contact(_read_card(card))
        except Exception as error:  # vobject raises many types (ParseError, ValueError, binascii.Error…)
            bad = _bad_line(card)
            if bad is not None:
                result.problems.append(VCardProblem(bad[0], f"cannot read this line: {_clip(bad[1])}"))
            else:
                result.problems.append(VCardProblem(card.start, f"cannot read this vCard ({_clip(str(error), 80)})"))
            continue
        if not (contact.name.zh or contact.name.en or contact.email or contact.office_phone or contact.mobile):
            result.problems.append(VCardProblem(card.start, "vCard has no name, phone number or e-mail address"))
            continue
        result.contacts.append(contact)
    result.problems.sort(key=lambda problem: problem.line)
    return result


def _decode(data: bytes) -> tuple[str, frozenset[int]]:
    """UTF-8 (vCard 3.0 and 4.0 files are); the numbers of lines that are not come back separately."""
    try:
        return data.decode("utf-8-sig"), frozenset()
    except UnicodeDecodeError:
        pass
    bad: set[int] = set()
    for number, line in enumerate(re.split(rb"\r\n|\r|\n", data.removeprefix(b"\xef\xbb\xbf")), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.add(number)
    return data.decode("utf-8-sig", errors="replace"), frozenset(bad)


def read_vcard_file(path: Path | str) -> ParsedVCards:
    """Only a regular file of at most MAX_FILE_BYTES is read (a FIFO or /dev/zero would hang or never end)."""
    path = Path(path)
    try:
        data, _ = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise DirectoryError(f"{path}: cannot read ({reason(error)})") from error
    return parse_vcards(*_decode(data))


def import_vcard_file(
    repository: ContactRepository, path: Path | str, *, replace_newer: bool = False
) -> tuple[ImportSummary, list[VCardProblem]]:
    """Import the good cards in one transaction (all of them or, on a database error, none); report the bad.

    A card older (by its REV) than the directory's entry leaves the entry alone unless `replace_newer`."""
    parsed = read_vcard_file(path)
    summary = (
        repository.import_contacts(parsed.contacts, replace_newer=replace_newer)
        if parsed.contacts
        else ImportSummary(0, 0)
    )
    return summary, parsed.problems


# Mapping ---------------------------------------------------------------------------------------------------------


def _language(line: vobject.base.ContentLine, value: str) -> str:
    """zh or en: from the LANGUAGE parameter when it names one, else from the script of the text."""
    for language in line.params.get("LANGUAGE", []):
        language = language.strip().lower()
        if language.startswith("zh"):
            return "zh"
        if language.startswith("en"):
            return "en"
    return "zh" if _CJK.search(value) else "en"


def _lines(component: vobject.base.Component, name: str) -> list[vobject.base.ContentLine]:
    lines = list(component.contents.get(name.lower(), []))
    return cast("list[vobject.base.ContentLine]", lines)  # the stubs say VBase; a vCard's properties are lines


def _text(line: vobject.base.ContentLine) -> str:
    """The value as text, without control characters (they could drive a terminal and break DOCX/PDF)."""
    value = line.value
    if isinstance(value, list | tuple):  # ORG (organisation; units…), CATEGORIES
        return clean_text(" ".join(str(part).strip() for part in value if str(part).strip()))
    return clean_text(str(value).strip())


def _card_stamp(component: vobject.base.Component) -> str:
    """When the card was last changed, as a directory stamp: our exact stamp, else REV (to the end of its second,
    so a card is called older only when its REV is before the entry's second); "" when unknown."""
    exact = _lines(component, X_PREFIX + "UPDATED")
    if exact:
        value = _text(exact[0])
        with contextlib.suppress(ValueError):
            return datetime.strptime(value, STAMP_FORMAT).strftime(STAMP_FORMAT)
    for line in _lines(component, "rev"):
        value = line.value if isinstance(line.value, datetime) else str(line.value).strip()
        moment = value if isinstance(value, datetime) else _parse_rev(value)
        if moment is not None:
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment.replace(microsecond=999_999).strftime(STAMP_FORMAT)
    return ""


def _parse_rev(value: str) -> datetime | None:
    for pattern in ("%Y%m%dT%H%M%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%S", "%Y-%m-%dT%H:%M:%S", "%Y%m%d", "%Y-%m-%d"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(value, pattern)
    return None


def _bilingual(component: vobject.base.Component, name: str) -> Bilingual:
    """The first reading per language among NAME and X-RELEASEDESK-NAME lines, in file order."""
    result = Bilingual()
    for line in [*_lines(component, name), *_lines(component, X_PREFIX + name)]:
        value = _text(line)
        if value and not getattr(result, _language(line, value)):
            setattr(result, _language(line, value), value)
    return result


def _name_from_n(component: vobject.base.Component) -> Bilingual:
    """Only when there is no FN: Chinese names are family+given without a space, others given first."""
    result = Bilingual()
    for line in _lines(component, "n"):
        value = line.value
        family, given = _n_part(value, "family"), _n_part(value, "given")
        if _CJK.search(family + given):
            result.zh = result.zh or (family + given)
        else:
            result.en = result.en or " ".join(part for part in (given, family) if part)
    return result


def _n_part(value: Any, attribute: str) -> str:
    part = getattr(value, attribute, "")
    return " ".join(part).strip() if isinstance(part, list | tuple) else str(part).strip()


def _types(line: vobject.base.ContentLine) -> set[str]:
    found: set[str] = set()
    for value in line.params.get("TYPE", []):
        found.update(part.strip().strip('"').lower() for part in value.split(","))
    return found


def _phone(line: vobject.base.ContentLine) -> str:
    value = _text(line)
    return value[4:] if value.lower().startswith("tel:") else value


def _to_contact(component: vobject.base.Component) -> DirectoryContact:
    name = _bilingual(component, "FN")
    if not (name.zh or name.en):
        name = _name_from_n(component)
    office = mobile = ""
    for line in _lines(component, "tel"):
        types = _types(line)
        if ("cell" in types or "mobile" in types) and not mobile:
            mobile = _phone(line)
        elif "cell" not in types and "fax" not in types and not office:
            office = _phone(line)
    emails = [_text(line) for line in _lines(component, "email") if _text(line)]
    notes = clean_text("\n".join(str(line.value) for line in _lines(component, "note") if str(line.value).strip()))
    tags: list[str] = []
    for line in _lines(component, "categories"):
        tags.extend(line.value if isinstance(line.value, list) else str(line.value).split(","))
    contact = DirectoryContact(
        name=name,
        title=_bilingual(component, "TITLE"),
        unit=_bilingual(component, "ORG"),
        office_phone=office,
        mobile=mobile,
        email=emails[0] if emails else "",
        notes=notes,
        tags=[tag.strip() for tag in tags if tag.strip()],
        uid=_text(_lines(component, "uid")[0]) if _lines(component, "uid") else "",
        updated_at=_card_stamp(component),
    )
    for flag, attribute in (("PRINT-OFFICE", "print_office_phone"), ("PRINT-MOBILE", "print_mobile")):
        lines = _lines(component, X_PREFIX + flag)
        if lines:  # absent: the directory's defaults (office printed, mobile not)
            setattr(contact, attribute, _text(lines[0]).upper() in ("TRUE", "YES", "1"))
    return contact


# Writing ---------------------------------------------------------------------------------------------------------


def _add(component: vobject.base.Component, name: str, value: object, **params: list[str]) -> None:
    line = component.add(name.lower())
    line.value = value
    for key, values in params.items():
        line.params[key.upper()] = values


def _add_bilingual(component: vobject.base.Component, name: str, text: Bilingual, version: VCardVersion) -> None:
    """Chinese first (the primary reading); 4.0 pairs the two with ALTID, 3.0 puts English in an X- property."""
    readings = [(lang, value) for lang, value in (("zh-TW", text.zh), ("en", text.en)) if value]
    if name == "FN" and not readings:
        readings = [("en", "")]  # FN is required
    for index, (lang, value) in enumerate(readings):
        wrapped: object = [value] if name == "ORG" else value
        if version == "4.0" and len(readings) > 1:
            _add(component, name, wrapped, ALTID=["1"], LANGUAGE=[lang])
        elif index == 0 or version == "4.0":
            _add(component, name, wrapped, LANGUAGE=[lang])
        else:
            _add(component, X_PREFIX + name, value, LANGUAGE=[lang])


def _rev(stamp: str) -> str:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).strftime("%Y%m%dT%H%M%SZ")
    except ValueError:
        return ""


def to_vcard(contact: DirectoryContact, version: VCardVersion = "3.0") -> str:
    """One contact as vCard text (3.0 or 4.0)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {', '.join(VERSIONS)}, not {version}")
    card = vobject.vCard()
    _add(card, "VERSION", version)
    _add(card, "PRODID", PRODID)
    if contact.uid:
        _add(card, "UID", contact.uid)
    _add_bilingual(card, "FN", contact.name, version)
    primary = contact.name.zh or contact.name.en
    _add(card, "N", vobject.vcard.Name(family=primary))
    _add_bilingual(card, "TITLE", contact.title, version)
    _add_bilingual(card, "ORG", contact.unit, version)
    lower = version == "4.0"
    text_value = {"VALUE": ["text"]} if lower else {}  # 4.0 TEL defaults to a tel: URI
    for number, kind in ((contact.office_phone, "work"), (contact.mobile, "cell")):
        if number:
            types = [kind, "voice"] if lower else [kind.upper(), "VOICE"]
            _add(card, "TEL", number, TYPE=types, **text_value)
    if contact.email:
        _add(card, "EMAIL", contact.email, TYPE=["work"] if lower else ["INTERNET", "WORK"])
    if contact.notes:
        _add(card, "NOTE", contact.notes)
    if contact.tags:
        _add(card, "CATEGORIES", list(contact.tags))
    _add(card, X_PREFIX + "PRINT-OFFICE", "TRUE" if contact.print_office_phone else "FALSE")
    _add(card, X_PREFIX + "PRINT-MOBILE", "TRUE" if contact.print_mobile else "FALSE")
    if rev := _rev(contact.updated_at):
        _add(card, "REV", rev)
        _add(card, X_PREFIX + "UPDATED", contact.updated_at)  # REV has whole seconds; this is the exact stamp
    return str(card.serialize())


def to_vcards(contacts: Iterable[DirectoryContact], version: VCardVersion = "3.0") -> str:
    """Several contacts as one vCard file's text."""
    return "".join(to_vcard(contact, version) for contact in contacts)


def write_vcard_file(path: Path | str, contacts: Sequence[DirectoryContact], version: VCardVersion = "3.0") -> None:
    """Atomic: a failed export leaves any earlier file at `path` untouched."""
    data = to_vcards(contacts, version).encode("utf-8")
    try:
        write_atomic(Path(path), data)
    except OSError as error:
        raise DirectoryError(f"{path}: cannot write ({reason(error)})") from error

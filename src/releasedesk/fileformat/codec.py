"""Release <-> JSON-ready dicts, with strict validation on the way in.

The dict layout is the documented file format (docs/file-format.md, resources/schema/release.schema.json). Every
problem in a file becomes a `FormatProblem` that names where in the file it is, so the loader can give one clear line.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from releasedesk.fileformat.json_reader import FormatProblem, Json, Reader, describe
from releasedesk.fileformat.pairs_codec import pairs_in, pairs_out
from releasedesk.model.release import (
    LANGUAGES,
    Bilingual,
    Contact,
    Image,
    Lang,
    LanguageContent,
    Release,
    Status,
)
from releasedesk.model.richtext import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    Block,
    CellAlign,
    Figure,
    Heading,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Table,
    TableCell,
    normalize_runs,
)
from releasedesk.model.tables import TableShapeError, table_grid

# ---------------------------------------------------------------------------------------------- writing


def _bilingual_out(value: Bilingual) -> Json:
    return {"zh-TW": value.zh, "en": value.en}


def _datetime_out(moment: datetime) -> Json:
    tz = moment.tzinfo
    if isinstance(tz, ZoneInfo):
        name = tz.key
    else:
        offset = moment.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        name = f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    out: Json = {"local": moment.replace(tzinfo=None).isoformat(), "tz": name}
    if moment.fold:
        out["fold"] = 1
    return out


def _runs_out(runs: tuple[Run, ...]) -> list[Json]:
    out = []
    for run in runs:
        item: Json = {"text": run.text}
        if run.marks:
            item["marks"] = sorted(mark.value for mark in run.marks)
        if run.href is not None:
            item["href"] = run.href
        out.append(item)
    return out


def block_out(block: Block) -> Json:
    """One body block as file-format JSON (public: the preview encodes blocks one at a time, preview/encoder.py)."""
    out: Json = {"id": block.id} if block.id else {}
    match block:
        case Paragraph(runs):
            return out | {"type": "paragraph", "content": _runs_out(runs)}
        case Heading(level, runs):
            return out | {"type": "heading", "level": level, "content": _runs_out(runs)}
        case ListItem(ordered, level, runs):
            return out | {"type": "list_item", "ordered": ordered, "level": level, "content": _runs_out(runs)}
        case Quote(runs):
            return out | {"type": "quote", "content": _runs_out(runs)}
        case Figure(image_id, caption):
            return out | {"type": "figure", "image": image_id, "caption": _runs_out(caption)}
        case Table():
            return out | _table_out(block)
    raise TypeError(f"not a block: {block!r}")


def _cell_out(cell: TableCell) -> Json:
    out: Json = {"content": _runs_out(cell.content)}
    if cell.colspan != 1:
        out["colspan"] = cell.colspan
    if cell.rowspan != 1:
        out["rowspan"] = cell.rowspan
    if cell.align is not None:
        out["align"] = cell.align.value
    return out


def _table_out(table: Table) -> Json:
    out: Json = {
        "type": "table",
        "header_rows": table.header_rows,
        "rows": [[_cell_out(cell) for cell in row] for row in table.rows],
    }
    if table.widths:
        out["widths"] = list(table.widths)
    return out | {"caption": _runs_out(table.caption)}


def _contact_out(contact: Contact) -> Json:
    out: Json = {
        "name": _bilingual_out(contact.name),
        "title": _bilingual_out(contact.title),
        "unit": _bilingual_out(contact.unit),
        "office_phone": contact.office_phone,
        "mobile": contact.mobile,
        "email": contact.email,
        "print_office_phone": contact.print_office_phone,
        "print_mobile": contact.print_mobile,
        "directory_id": contact.directory_id,
        "directory_updated": contact.directory_updated,
    }
    if contact.directory_uid is not None:  # only when set: files without directory links stay readable by old versions
        out["directory_uid"] = contact.directory_uid
    return out


def release_to_dict(release: Release) -> Json:
    """The release as the file's JSON object."""
    return {
        "agency": _bilingual_out(release.agency),
        "unit": _bilingual_out(release.unit),
        "number": release.number,
        "issued_at": _datetime_out(release.issued_at),
        "dateline": _bilingual_out(release.dateline),
        "embargo_until": None if release.embargo_until is None else _datetime_out(release.embargo_until),
        "end_mark": _bilingual_out(release.end_mark),
        "status": release.status.value,
        "content": {
            lang: {
                "headline": content.headline,
                "subheadline": content.subheadline,
                "body": [block_out(block) for block in content.body],
                "boilerplate": content.boilerplate,
            }
            for lang, content in release.content.items()
        },
        "contacts": [_contact_out(contact) for contact in release.contacts],
        "images": [
            {
                "id": image.id,
                "mime_type": image.mime_type,
                "alt": _bilingual_out(image.alt),
                "data": base64.b64encode(image.data).decode("ascii"),
            }
            for image in release.images
        ],
        "logo_image_id": release.logo_image_id,
    } | ({} if release.pairs is None else {"pairs": pairs_out(release)})


# ---------------------------------------------------------------------------------------------- reading


def _bilingual_in(reader: Reader | None) -> Bilingual:
    if reader is None:
        return Bilingual()
    reader.only("zh-TW", "en")
    return Bilingual(zh=reader.text("zh-TW", ""), en=reader.text("en", ""))


def _datetime_in(reader: Reader) -> datetime:
    reader.only("local", "tz", "fold")
    local_text, tz_name = reader.text("local"), reader.text("tz")
    try:
        local = datetime.fromisoformat(local_text)
    except ValueError:
        reader.fail(f"not a date-time: {local_text!r}", "local")
    if local.tzinfo is not None:
        reader.fail("must be a local time without an offset (the zone is in 'tz')", "local")
    tz: ZoneInfo | timezone
    if tz_name[:1] in "+-" and len(tz_name) == 6 and tz_name[3] == ":":
        try:
            hours, minutes = int(tz_name[1:3]), int(tz_name[4:6])
            tz = timezone((-1 if tz_name[0] == "-" else 1) * timedelta(hours=hours, minutes=minutes))
        except ValueError:
            reader.fail(f"not a UTC offset: {tz_name!r}", "tz")
    else:
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            reader.fail(f"unknown time zone {tz_name!r}", "tz")
    fold = reader.typed("fold", int, 0)
    if fold not in (0, 1):
        reader.fail("must be 0 or 1", "fold")
    return local.replace(tzinfo=tz, fold=fold)


def _runs_in(reader: Reader, key: str) -> tuple[Run, ...]:
    runs = []
    for where, value in reader.items(key):
        item = Reader(value, where).only("text", "marks", "href")
        marks = set()
        for mark_where, mark in item.items("marks"):
            try:
                marks.add(Mark(str(mark)))  # not a str: no such mark either
            except ValueError:
                raise FormatProblem(mark_where, f"unknown mark {mark!r}") from None
        runs.append(Run(item.text("text"), frozenset(marks), item.optional_text("href")))
    return normalize_runs(runs)


def _level(reader: Reader, low: int, high: int) -> int:
    level = reader.integer("level")
    if not low <= level <= high:
        reader.fail(f"must be from {low} to {high}, found {level}", "level")
    return level


_BLOCK_FIELDS = {
    "paragraph": ("content",),
    "heading": ("level", "content"),
    "list_item": ("ordered", "level", "content"),
    "quote": ("content",),
    "figure": ("image", "caption"),
    "table": ("header_rows", "rows", "widths", "caption"),
}


def _positive(reader: Reader, key: str) -> int:
    value = reader.typed(key, int, 1)
    if value < 1:
        reader.fail(f"must be 1 or more, found {value}", key)
    return value


def _cell_in(reader: Reader) -> TableCell:
    reader.only("content", "colspan", "rowspan", "align")
    align = reader.optional_text("align")
    try:
        cell_align = None if align is None else CellAlign(align)
    except ValueError:
        reader.fail(f"unknown alignment {align!r} (expected left, center or right)", "align")
    spans = _positive(reader, "colspan"), _positive(reader, "rowspan")
    return TableCell(_runs_in(reader, "content"), *spans, cell_align)


def _table_in(reader: Reader, block_id: str) -> Table:
    rows = []
    for row_where, row in reader.items("rows"):
        if not isinstance(row, list):
            raise FormatProblem(row_where, f"expected a list of cells, found {describe(row)}")
        rows.append(tuple(_cell_in(Reader(cell, f"{row_where}[{i}]")) for i, cell in enumerate(row)))
    header_rows = reader.typed("header_rows", int, 0)
    widths = []
    for width_where, width in reader.items("widths"):
        if type(width) is not int or width < 1:
            raise FormatProblem(width_where, f"a width is a whole number of 1 or more, found {width!r}")
        widths.append(width)
    table = Table(tuple(rows), header_rows, tuple(widths), _runs_in(reader, "caption"), block_id)
    try:
        table_grid(table)
    except TableShapeError as error:
        where = reader.where + ("" if error.row is None else f".rows[{error.row}]")
        where += "" if error.cell is None else f"[{error.cell}]"
        if error.row is None and "header" in error.problem:
            where += ".header_rows"
        elif error.row is None and "width" in error.problem:
            where += ".widths"
        elif error.row is None:
            where += ".rows"
        raise FormatProblem(where, f"not a table: {error.problem}") from None
    return table


def _block_in(reader: Reader) -> Block:
    kind = reader.text("type")
    if kind in _BLOCK_FIELDS:
        reader.only("id", "type", *_BLOCK_FIELDS[kind])
    block_id = reader.text("id", "")
    if kind == "paragraph":
        return Paragraph(_runs_in(reader, "content"), block_id)
    if kind == "heading":
        return Heading(_level(reader, 1, MAX_HEADING_LEVEL), _runs_in(reader, "content"), block_id)
    if kind == "list_item":
        level = _level(reader, 0, MAX_LIST_LEVEL)
        return ListItem(reader.flag("ordered"), level, _runs_in(reader, "content"), block_id)
    if kind == "quote":
        return Quote(_runs_in(reader, "content"), block_id)
    if kind == "figure":
        return Figure(reader.text("image"), _runs_in(reader, "caption"), block_id)
    if kind == "table":
        return _table_in(reader, block_id)
    reader.fail(f"unknown block type {kind!r}", "type")


def _body_in(reader: Reader) -> list[Block]:
    body = [_block_in(Reader(v, w)) for w, v in reader.items("body")]
    seen: set[str] = set()
    for index, block in enumerate(body):
        if block.id in seen:
            raise FormatProblem(f"{reader.where}.body[{index}].id", f"duplicate block id {block.id!r}")
        if block.id:
            seen.add(block.id)
    return body


def _contact_in(reader: Reader) -> Contact:
    reader.only(
        "name", "title", "unit", "office_phone", "mobile", "email", "print_office_phone", "print_mobile",
        "directory_id", "directory_updated", "directory_uid",
    )  # fmt: skip
    return Contact(
        name=_bilingual_in(reader.optional_child("name")),
        title=_bilingual_in(reader.optional_child("title")),
        unit=_bilingual_in(reader.optional_child("unit")),
        office_phone=reader.text("office_phone", ""),
        mobile=reader.text("mobile", ""),
        email=reader.text("email", ""),
        print_office_phone=reader.flag("print_office_phone", True),
        print_mobile=reader.flag("print_mobile", False),
        directory_id=reader.optional_int("directory_id"),
        directory_updated=reader.optional_text("directory_updated"),
        directory_uid=reader.optional_text("directory_uid"),
    )


def _image_in(reader: Reader) -> Image:
    reader.only("id", "mime_type", "alt", "data")
    encoded = reader.text("data")
    try:
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        reader.fail("is not valid base64", "data")
    return Image(reader.text("id"), reader.text("mime_type"), data, _bilingual_in(reader.optional_child("alt")))


def release_from_dict(data: object, where: str = "release") -> Release:
    """Build a release from the current schema's dict, raising `FormatProblem` on the first problem found."""
    reader = Reader(data, where).only(
        "agency", "unit", "number", "issued_at", "dateline", "embargo_until", "end_mark", "status", "content",
        "contacts", "images", "logo_image_id", "pairs",
    )  # fmt: skip
    try:
        status = Status(reader.text("status", Status.DRAFT.value))
    except ValueError:
        reader.fail(f"unknown status {reader.data['status']!r}", "status")

    content: dict[Lang, LanguageContent] = {}
    content_reader = reader.optional_child("content")
    if content_reader is not None:
        for key in content_reader.data:
            if key not in LANGUAGES:
                content_reader.fail(f"unknown language {key!r} (expected one of {', '.join(LANGUAGES)})")
        for lang in LANGUAGES:
            lang_reader = content_reader.optional_child(lang)
            if lang_reader is not None:
                lang_reader.only("headline", "subheadline", "body", "boilerplate")
                content[lang] = LanguageContent(
                    headline=lang_reader.text("headline", ""),
                    subheadline=lang_reader.text("subheadline", ""),
                    body=_body_in(lang_reader),
                    boilerplate=lang_reader.text("boilerplate", ""),
                )

    images = [_image_in(Reader(v, w)) for w, v in reader.items("images")]
    seen: set[str] = set()
    for index, image in enumerate(images):
        if image.id in seen:
            raise FormatProblem(f"{where}.images[{index}].id", f"duplicate image id {image.id!r}")
        seen.add(image.id)
    for lang, lang_content in content.items():
        for index, block in enumerate(lang_content.body):
            if isinstance(block, Figure) and block.image_id not in seen:
                raise FormatProblem(f"{where}.content.{lang}.body[{index}].image", f"no image {block.image_id!r}")
    logo = reader.optional_text("logo_image_id")
    if logo is not None and logo not in seen:
        reader.fail(f"no image {logo!r}", "logo_image_id")

    embargo = reader.optional_child("embargo_until")
    pairs_reader = reader.optional_child("pairs")
    pairs = None if pairs_reader is None else pairs_in(pairs_reader, content, seen)
    return Release(
        agency=_bilingual_in(reader.optional_child("agency")),
        unit=_bilingual_in(reader.optional_child("unit")),
        number=reader.text("number", ""),
        issued_at=_datetime_in(reader.child("issued_at")),
        dateline=_bilingual_in(reader.optional_child("dateline")),
        embargo_until=None if embargo is None else _datetime_in(embargo),
        end_mark=_bilingual_in(reader.optional_child("end_mark")),
        status=status,
        content=content,
        contacts=[_contact_in(Reader(v, w)) for w, v in reader.items("contacts")],
        images=images,
        logo_image_id=logo,
        pairs=pairs,
    )

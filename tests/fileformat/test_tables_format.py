"""Tables in the file (schema 4): round trip, the JSON Schema, the 3 → 4 step, and load errors naming the place."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, loads
from releasedesk.fileformat.migrations import MIGRATIONS, SCHEMA_VERSION
from releasedesk.model.richtext import CellAlign, Paragraph, Table, TableCell, text
from releasedesk.samples import load_sample
from strategies import scalar_text, tables

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources/schema/release.schema.json").read_bytes())


def _table() -> Table:
    return Table(
        (
            (TableCell((text("縣市"),)), TableCell((text("預算（億元）"),), colspan=2)),
            (TableCell((text("臺北市"),), rowspan=2), TableCell((text("12.5"),), align=CellAlign.RIGHT), TableCell()),
            (TableCell((text("3.0"),), align=CellAlign.RIGHT), TableCell((text("n"),))),
        ),
        header_rows=1,
        widths=(3, 1, 1),
        caption=(text("表一　各縣市預算"),),
        id="zh-t",
    )


def _with(table: Table):
    release = load_sample("announcement")
    release.content["zh-TW"].body.append(table)
    return release


def test_a_table_round_trips_and_validates() -> None:
    release = _with(_table())
    data = dumps(release)
    document = json.loads(data)
    assert document["schema"] == SCHEMA_VERSION == 4
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    stored = document["release"]["content"]["zh-TW"]["body"][-1]
    assert stored["rows"][0][1] == {"content": [{"text": "預算（億元）"}], "colspan": 2}
    assert stored["widths"] == [3, 1, 1]
    assert stored["header_rows"] == 1
    assert loads(data).content["zh-TW"].body[-1] == _table()


@settings(max_examples=40, deadline=None)
@given(tables(scalar_text))
def test_generated_tables_round_trip(table: Table) -> None:
    release = _with(table)
    data = dumps(release)
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(data))
    assert loads(data).content["zh-TW"].body[-1] == table


def _broken(edit) -> bytes:
    document = json.loads(dumps(_with(_table())))
    edit(document["release"]["content"]["zh-TW"]["body"][-1])
    return json.dumps(document, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("edit", "place", "problem"),
    [
        (lambda t: t["rows"][2].append({"content": []}), "body[-1].rows[2]", "not a table: covers 4 of 3 columns"),
        (lambda t: t["rows"][1][1].update(colspan=2), "body[-1].rows[1]", "not a table: covers 4 of 3 columns"),
        (lambda t: t["rows"][0][0].update(rowspan=2), "body[-1].rows[0][0]", "from the header rows into the body"),
        (lambda t: t["rows"][1][0].update(rowspan=5), "body[-1].rows[1][0]", "past the last row"),
        (lambda t: t["rows"][1][0].update(colspan=0), "body[-1].rows[1][0].colspan", "must be 1 or more"),
        (lambda t: t["rows"][1][1].update(align="justify"), "body[-1].rows[1][1].align", "unknown alignment"),
        (lambda t: t.update(widths=[1, 2]), "body[-1].widths", "2 widths for 3 columns"),
        (lambda t: t.update(widths=[1, 2.5, 1]), "body[-1].widths[1]", "a width is a whole number"),
        (lambda t: t.update(rows=[]), "body[-1].rows", "at least one row"),
        (lambda t: t["rows"].__setitem__(0, "x"), "body[-1].rows[0]", "expected a list of cells"),
        (lambda t: t["rows"][0][0].update(colour="red"), "body[-1].rows[0][0].colour", "unknown field"),
    ],
)
def test_bad_tables_are_one_line_naming_the_place(edit, place, problem) -> None:
    data = _broken(edit)
    body = json.loads(data)["release"]["content"]["zh-TW"]["body"]
    place = place.replace("body[-1]", f"body[{len(body) - 1}]")
    with pytest.raises(ReleaseFileError) as caught:
        loads(data, "x.rdrelease")
    message = str(caught.value)
    assert "\n" not in message
    assert f"release.content.zh-TW.{place}" in message
    assert problem in message


def test_the_3_to_4_step_only_changes_the_version() -> None:
    assert set(MIGRATIONS) == {1, 2, 3}
    document = json.loads(dumps(load_sample("announcement")))
    document["schema"] = 3
    before = json.dumps(document, sort_keys=True)
    upgraded = MIGRATIONS[3](json.loads(before))
    assert json.dumps(upgraded, sort_keys=True) == before
    release = loads(json.dumps(document, ensure_ascii=False).encode())
    assert release.content["zh-TW"].body == load_sample("announcement").content["zh-TW"].body


def test_a_schema_3_file_with_a_table_is_refused_by_the_schema() -> None:
    document = json.loads(dumps(_with(_table())))
    document["schema"] = 3
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(document))
    assert isinstance(load_sample("announcement").content["en"].body[0], Paragraph)

"""One grid for the media contacts in every format (`Section.contact_rows`, the house style's `contact_columns`):
the PDF, DOCX, ODT and the e-mail HTML put the same contacts on the same rows; the web HTML's grid has as many
columns. The ODT listed them one under another (a page longer than the PDF)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from typing import TYPE_CHECKING

import docx as python_docx
import pytest

from releasedesk.errors import ReleaseDeskError
from releasedesk.export.docx import DocxOptions, render_docx
from releasedesk.export.html import HtmlOptions, render_html
from releasedesk.export.odt import OdtOptions, render_odt
from releasedesk.export.plan import build_plan
from releasedesk.export.style import DEFAULT_TEMPLATE, HouseStyle, template_from_dict
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.export.plan.values import PlanContact
    from releasedesk.model.release import Release


def _names(grid: tuple[tuple[PlanContact | None, ...], ...]) -> list[list[str]]:
    return [["".join(run.text for run in c.name) if c else "" for c in row] for row in grid]


def _release(count: int) -> Release:
    release = load_sample("announcement")
    release.contacts = (release.contacts * 3)[:count]
    return release


@pytest.mark.parametrize(("count", "columns", "shape"), [(1, 2, [1]), (2, 2, [2]), (3, 2, [2, 2]), (5, 3, [3, 3])])
def test_the_plan_puts_the_contacts_in_rows(count: int, columns: int, shape: list[int]) -> None:
    (section, *_) = build_plan(_release(count), "en").sections
    grid = section.contact_rows(columns)
    assert [len(row) for row in grid] == shape
    assert [c for row in grid for c in row if c is not None] == list(section.contacts)  # reading order kept
    assert all(c is None for c in grid[-1][len(section.contacts) - columns * (len(grid) - 1) :])


def _docx_rows(data: bytes) -> list[list[str]]:
    table = python_docx.Document(io.BytesIO(data)).tables[-1]
    return [[cell.paragraphs[0].text for cell in row.cells] for row in table.rows]


def _odt_rows(data: bytes) -> list[list[str]]:
    content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()
    table = re.search(r'<table:table table:name="ReleaseContacts0".*?</table:table>', content)
    assert table is not None
    rows = re.findall(r"<table:table-row.*?</table:table-row>", table.group(0))
    return [[re.sub(r"<[^>]+>", "", cell).split("\x00")[0] for cell in _first_paragraphs(row)] for row in rows]


def _first_paragraphs(row: str) -> list[str]:
    cells = re.findall(r"<table:table-cell.*?</table:table-cell>", row)
    return [m.group(0) if (m := re.search(r"<text:p.*?</text:p>", cell)) else "" for cell in cells]


def _email_rows(data: bytes) -> list[list[str]]:
    html = data.decode()
    tables = re.findall(r'<table role="presentation".*?</table>', html)  # the letterhead's first, the contacts' last
    assert len(tables) == 2
    rows = re.findall(r"<tr>.*?</tr>", tables[-1])
    return [
        [re.sub(r"<[^>]+>", "", m.group(0)) if (m := re.search(r"<p[^>]*>.*?</p>", cell)) else "" for cell in cells]
        for cells in (re.findall(r"<td.*?</td>", row) for row in rows)
    ]


@pytest.mark.parametrize("columns", [1, 2, 3])
def test_every_format_lays_the_contacts_out_in_the_plans_grid(columns: int) -> None:
    release = _release(3)
    house = replace(DEFAULT_TEMPLATE, contact_columns=columns)
    (section,) = build_plan(release, "en").sections
    expected = _names(section.contact_rows(columns))
    assert _docx_rows(render_docx(release, lang="en", options=DocxOptions(house=house))) == expected
    assert _odt_rows(render_odt(release, lang="en", options=OdtOptions(house=house))) == expected
    assert _email_rows(render_html(release, lang="en", options=HtmlOptions(email=True, house=house))) == expected
    web = render_html(release, lang="en", options=HtmlOptions(house=house)).decode()
    assert f"grid-template-columns: repeat({columns}, minmax(0, 1fr))" in web
    assert web.count("<address") == 3


@pytest.mark.parametrize("value", [0, 5, 2.5, True, "2", float("nan")])
def test_a_template_asking_for_an_impossible_number_of_columns_is_one_clear_error(value: object) -> None:
    with pytest.raises(ReleaseDeskError, match="contact_columns"):
        template_from_dict({"contact_columns": value})


def test_a_template_may_ask_for_three_columns() -> None:
    assert template_from_dict({"contact_columns": 3}).contact_columns == 3
    assert template_from_dict({"contact_columns": 3.0}).contact_columns == 3
    assert isinstance(HouseStyle().contact_columns, int)

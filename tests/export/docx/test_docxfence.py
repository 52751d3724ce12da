"""Canaries for the python-docx internals ReleaseDesk relies on (src/releasedesk/export/docx/docxfence.py).

One test per assumption; the letter matches docxfence and docs/library-internals.md. Each failure names the
assumption and what to review on a python-docx upgrade.
"""

from __future__ import annotations

import io
import tomllib
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image as PILImage

from releasedesk.export.docx import docxfence

if TYPE_CHECKING:
    from collections.abc import Iterator

    from docx.section import Section

ROOT = Path(__file__).resolve().parents[3]
VERSION = version("python-docx")


@contextmanager
def assumption(letter: str, what: str) -> Iterator[None]:
    """Turn any failure inside into one message naming the assumption and what to review."""
    try:
        yield
    except (AssertionError, AttributeError, TypeError, KeyError, ValueError, IndexError, StopIteration) as error:
        pytest.fail(f"python-docx {VERSION}: assumption {letter} broke: {what}\n  ({type(error).__name__}: {error})")


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 10), "#1F3A5F").save(buffer, "PNG")
    return buffer.getvalue()


def test_python_docx_is_the_tested_minor_version_and_pinned_to_it() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pin = next(dep.split("#")[0].strip() for dep in dependencies if dep.startswith("python-docx"))
    major, minor = map(int, docxfence.TESTED_VERSION.split("."))
    assert pin == f"python-docx>={major}.{minor},<{major}.{minor + 1}", pin
    assert VERSION.startswith(docxfence.TESTED_VERSION + "."), (
        f"python-docx {VERSION} is installed, docxfence was checked on {docxfence.TESTED_VERSION}: run these "
        "canaries, review docs/library-internals.md, then update docxfence.TESTED_VERSION and the pin in pyproject.toml"
    )


def test_x1_the_private_classes_are_what_the_public_api_returns() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    section: Section = document.sections[0]
    with assumption("X1", "python-docx renamed _Cell/_Row/_Header/_Footer: update the aliases in docxfence"):
        assert isinstance(table.rows[0], docxfence.Row)
        assert isinstance(table.rows[0].cells[0], docxfence.Cell)
        assert isinstance(section.header, docxfence.Header)
        assert isinstance(section.footer, docxfence.Footer)


def test_x2_each_proxy_exposes_its_live_xml_element() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("x")
    table = document.add_table(rows=1, cols=1)
    shape = document.add_paragraph().add_run().add_picture(io.BytesIO(_png()), width=Cm(2))
    with assumption(
        "X2",
        "a python-docx object no longer keeps its XML element in _p/_r/_tbl/_tr/_tc/_inline/_element: update the "
        "accessors in docxfence (every writer edits XML through them)",
    ):
        body = document.element.body
        assert docxfence.p_of(paragraph).tag == qn("w:p")
        assert docxfence.p_of(paragraph).getparent() is body
        assert docxfence.r_of(run).tag == qn("w:r")
        assert docxfence.r_of(run).getparent() is docxfence.p_of(paragraph)
        assert docxfence.tbl_of(table).tag == qn("w:tbl")
        assert docxfence.tbl_of(table).getparent() is body
        assert docxfence.tr_of(table.rows[0]).getparent() is docxfence.tbl_of(table)
        assert docxfence.tc_of(table.cell(0, 0)).getparent() is docxfence.tr_of(table.rows[0])
        assert docxfence.inline_of(shape).tag == qn("wp:inline")
        assert docxfence.inline_of(shape).docPr is not None
        core = docxfence.core_properties_element(document.core_properties)
        assert core.tag == qn("cp:coreProperties")
        assert docxfence.part_element(document.part) is document.element
        font_table = next(r.target_part for r in document.part.rels.values() if r.reltype.endswith("/fontTable"))
        assert docxfence.part_element(font_table) is None  # kept as bytes: see X4


def test_x3_the_cell_grid_is_the_one_table_cell_gives() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 1))
    with assumption(
        "X3",
        "Table._cells no longer lists every grid cell row by row (merged cells repeated): export/docx/table.py's "
        "fast path needs review (table.cell(row, column) is the slow public equivalent)",
    ):
        grid = docxfence.cells_of(table)
        expected = [table.cell(row, column) for row in range(3) for column in range(3)]
        assert [docxfence.tc_of(cell) for cell in grid] == [docxfence.tc_of(cell) for cell in expected]
        assert docxfence.tc_of(grid[0]) is docxfence.tc_of(grid[4])  # the merged cell repeats


def test_x4_an_unparsed_part_saves_the_bytes_set_on_it(tmp_path: Path) -> None:
    document = docx.Document()
    font_table = next(r.target_part for r in document.part.rels.values() if r.reltype.endswith("/fontTable"))
    new = font_table.blob.replace(b"</w:fonts>", b'<w:font w:name="Canary"/></w:fonts>')
    with assumption(
        "X4",
        "the font table is no longer a plain Part whose _blob is what gets saved: review docxfence.set_part_blob "
        "(styles.py's CJK font table entries)",
    ):
        docxfence.set_part_blob(font_table, new)
        assert font_table.blob == new
        document.save(tmp_path / "x.docx")
        saved = docx.Document(tmp_path / "x.docx")
        part = next(r.target_part for r in saved.part.rels.values() if r.reltype.endswith("/fontTable"))
        assert b'w:name="Canary"' in part.blob


def test_x5_a_run_colour_can_be_removed() -> None:
    document = docx.Document()
    run = document.add_paragraph().add_run("x")
    run.font.color.rgb = docx.shared.RGBColor(1, 2, 3)
    r_pr = docxfence.r_of(run).get_or_add_rPr()
    with assumption("X5", "CT_RPr._remove_color is gone: review docxfence.remove_color (style colours in styles.py)"):
        assert r_pr.find(qn("w:color")) is not None
        docxfence.remove_color(r_pr)
        assert r_pr.find(qn("w:color")) is None

"""One house style for every format: the DOCX takes page, margins and font families from it, and `--pdf-template`
reaches every format the export command writes."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from typing import TYPE_CHECKING

import docx as python_docx
import pypdf
from docx.oxml.ns import qn
from docx.shared import Mm

from export.readers import READERS
from releasedesk import cli
from releasedesk.export.docx import DocxOptions, render_docx
from releasedesk.export.plan import build_plan, line_text
from releasedesk.export.style import DEFAULT_TEMPLATE, FontConfig
from releasedesk.samples import load_sample, sample_path

if TYPE_CHECKING:
    from pathlib import Path


def _open(data: bytes, tmp_path: Path) -> python_docx.document.Document:
    path = tmp_path / "house.docx"
    path.write_bytes(data)
    return python_docx.Document(str(path))


def _fonts(document: python_docx.document.Document) -> tuple[str | None, str | None]:
    fonts = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    return fonts.get(qn("w:ascii")), fonts.get(qn("w:eastAsia"))


def test_the_docx_page_and_fonts_are_the_house_styles(tmp_path: Path) -> None:
    release = load_sample("announcement")
    default = _open(render_docx(release), tmp_path)
    house = DEFAULT_TEMPLATE
    for section in default.sections:  # the PDF's margins, not a DOCX-only set
        assert abs(section.top_margin - Mm(house.margin_top_mm)) < Mm(0.1)
        assert abs(section.bottom_margin - Mm(house.margin_bottom_mm)) < Mm(0.1)
        assert abs(section.left_margin - Mm(house.margin_left_mm)) < Mm(0.1)
        assert abs(section.right_margin - Mm(house.margin_right_mm)) < Mm(0.1)
    assert _fonts(default) == ("Times New Roman", "新細明體")  # Liberation Serif / TW-Sung by their Word names

    other = replace(
        house,
        page_size="Letter",
        margin_left_mm=30,
        margin_right_mm=15,
        fonts=FontConfig(serif="DejaVu Serif", cjk="AR PL UMing TW"),
    )
    document = _open(render_docx(release, options=DocxOptions(house=other)), tmp_path)
    for section in document.sections:
        assert abs(section.page_width - Mm(215.9)) < Mm(0.1)
        assert abs(section.left_margin - Mm(30)) < Mm(0.1)
        assert abs(section.right_margin - Mm(15)) < Mm(0.1)
    assert _fonts(document) == ("DejaVu Serif", "新細明體")
    given = _open(render_docx(release, options=DocxOptions(house=other, margin_side_mm=25, latin_font="X")), tmp_path)
    assert abs(given.sections[0].right_margin - Mm(25)) < Mm(0.1)
    assert _fonts(given)[0] == "X"


def test_the_template_file_reaches_every_format_of_the_export_command(tmp_path: Path) -> None:
    source = tmp_path / "approved.rdrelease"
    shutil.copyfile(sample_path("english-only"), source)  # an approved sample: it carries a stamp
    template = tmp_path / "house.toml"
    template.write_text('page_size = "Letter"\nmargin_left_mm = 30\nstamp_place = "end"\n', encoding="utf-8")
    outs = {fmt: tmp_path / f"out-{fmt}{reader.SUFFIX}" for fmt, reader in READERS.items() if fmt != "html-email"}
    flags = {"pdf": "--pdf", "docx": "--docx", "odt": "--odt", "html": "--html", "txt": "--text"}
    argv = ["export", str(source), "--lang", "en", "--pdf-template", str(template)]
    for fmt, out in outs.items():
        argv += [flags[fmt], str(out)]
    assert cli.main(argv) == cli.EXIT_OK

    stamp = line_text(build_plan(load_sample("english-only"), "en").sections[0].stamp)
    assert stamp.startswith("Approved · ")
    for fmt, out in outs.items():  # stamp_place = "end": the last unit of the section in every format
        assert "".join(READERS[fmt].read_units(out)).endswith(stamp), fmt
    assert float(pypdf.PdfReader(outs["pdf"]).pages[0].mediabox.width) == 612.0
    section = python_docx.Document(str(outs["docx"])).sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1)
    assert abs(section.left_margin - Mm(30)) < Mm(0.1)
    with zipfile.ZipFile(outs["odt"]) as package:
        styles = package.read("styles.xml").decode()
    assert 'fo:page-width="215.9mm"' in styles
    assert 'fo:margin-left="30' in styles
    assert "@page { size: letter; margin: 18mm 22mm 22mm 30.0mm; }" in outs["html"].read_text(encoding="utf-8")

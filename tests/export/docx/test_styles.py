"""Named styles carry the look; Chinese gets its East-Asian font and language from docDefaults and styles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from lxml import etree

from export.docx.docx_reader import Para, open_docx, paragraphs, part_xml
from export.docx.docx_releases import full_release
from releasedesk.export import layout
from releasedesk.export.docx import DocxOptions, render_docx
from releasedesk.export.docx.styles import NAMES
from releasedesk.model.release import Lang, Release
from releasedesk.model.richtext import Figure, Heading, ListItem, Mark, Paragraph, Quote, Table
from releasedesk.model.tables import table_grid
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle

    from releasedesk.model.release import Lang, Release

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def _block_style(block: object) -> list[str]:
    match block:
        case Paragraph():
            return [NAMES.body]
        case Heading(level=level):
            return [NAMES.heading(level)]
        case ListItem(ordered=ordered):
            return [NAMES.list_number if ordered else NAMES.list_bullet]
        case Quote():
            return [NAMES.quote]
        case Figure(caption=caption):
            return [NAMES.figure] + ([NAMES.caption] if caption else [])
        case Table(caption=caption):
            return ([NAMES.caption] if caption else []) + _table_cell_styles(block) + [NAMES.body]
    raise AssertionError(block)


def _table_cell_styles(table: Table) -> list[str]:
    """One paragraph per w:tc in grid order: a cell's own is body text; the empty cell Word keeps under a row span
    (w:vMerge continue) has no style of its own (Normal); a column span leaves no w:tc."""
    grid = table_grid(table)
    starts = {(p.row, p.column): p for row in grid.cells for p in row}
    below: dict[tuple[int, int], bool] = {}
    for placed in starts.values():
        for r in range(placed.row + 1, placed.last_row + 1):
            below[(r, placed.column)] = True
    out = []
    for r in range(grid.rows):
        for c in range(grid.columns):
            if (r, c) in starts:
                out.append(NAMES.body)
            elif below.get((r, c)):
                out.append("Normal")
    return out


def expected_styles(release: Release, lang: Lang) -> list[str]:
    """The style of every paragraph of a section, in order (contacts: two per table row, empty cells too)."""
    content = release.content[lang]
    out = [NAMES.release_line] + [NAMES.meta] * len(layout.meta_lines(release, lang)) + [NAMES.headline]
    out += [NAMES.subheadline] if content.subheadline.strip() else []
    for block in content.body:
        out += _block_style(block)
    out += [NAMES.end_mark]
    if layout.boilerplate_paragraphs(release, lang):
        out += [NAMES.boilerplate_heading] + [NAMES.boilerplate] * len(layout.boilerplate_paragraphs(release, lang))
    contacts = layout.printable_contacts(release, lang)
    out += [NAMES.contacts_heading]
    for contact in contacts:
        out += [NAMES.contact_name] + [NAMES.contact_details] * len(contact.details)
    if len(contacts) % 2:
        out += [NAMES.contact_details]  # the empty cell beside an odd last contact
    return out


def _section(document: Document, index: int) -> list[Para]:
    return [para for para in paragraphs(document) if para.section == index]


def test_every_paragraph_has_its_named_style() -> None:
    for release in (full_release(), load_sample("announcement"), load_sample("long-report")):
        document = open_docx(render_docx(release, lang="both"))
        for index, lang in enumerate(("zh-TW", "en")):
            styles = [para.style for para in _section(document, index)]
            if index == 0:
                assert styles[-1] == "Normal"  # the paragraph that carries the section break
                styles = styles[:-1]
            assert styles == expected_styles(release, lang)


def test_styles_are_real_named_styles_of_the_right_type() -> None:
    document = open_docx(render_docx(full_release()))
    paragraph_styles = [
        NAMES.letterhead, NAMES.letterhead_other, NAMES.letterhead_title, NAMES.letterhead_rule, NAMES.running_header,
        NAMES.meta, NAMES.release_line, NAMES.headline,
        NAMES.subheadline, NAMES.body, NAMES.list_bullet, NAMES.list_number, NAMES.quote, NAMES.figure, NAMES.caption,
        NAMES.end_mark, NAMES.boilerplate_heading, NAMES.boilerplate, NAMES.contacts_heading, NAMES.contact_name,
        NAMES.contact_details, NAMES.footer, "Heading 1", "Heading 2", "Heading 3",
    ]  # fmt: skip
    for name in paragraph_styles:
        assert document.styles[name].type == WD_STYLE_TYPE.PARAGRAPH, name
    for name in (NAMES.hyperlink, NAMES.dateline, NAMES.draft_mark, NAMES.meta_label):
        assert document.styles[name].type == WD_STYLE_TYPE.CHARACTER, name
    link = document.styles[NAMES.hyperlink].font
    assert link.underline
    assert link.color.rgb is not None


def _all_runs(document: Document) -> list[etree._Element]:
    parts = [document.element]
    for section in document.sections:
        for story in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            parts.append(story._element)
    return [run for part in parts for run in part.iter(f"{W}r")]


def test_no_direct_run_formatting_beyond_emphasis_marks() -> None:
    release = full_release()
    document = open_docx(render_docx(release))
    allowed = {f"{W}rStyle", f"{W}rFonts", f"{W}b", f"{W}i", f"{W}u"}
    bold_texts: list[str] = []
    for run in _all_runs(document):
        r_pr = run.find(f"{W}rPr")
        if r_pr is None:
            continue
        assert {child.tag for child in r_pr} <= allowed, etree.tostring(r_pr)
        fonts = r_pr.find(f"{W}rFonts")
        if fonts is not None:
            assert dict(fonts.attrib) == {f"{W}hint": "eastAsia"}  # a hint, never a font name
        if r_pr.find(f"{W}b") is not None:
            bold_texts.append("".join(t.text or "" for t in run.iter(f"{W}t")))
    model_bold = {
        run.text
        for content in release.content.values()
        for block in content.body
        for run in getattr(block, "runs", ())
        if Mark.BOLD in run.marks
    }
    # the plan cuts a bold run where the script changes ("120" | "億元"): bold runs in order spell the model's
    assert all(text in "".join(bold_texts) for text in model_bold)
    assert set("".join(bold_texts)) == set("".join(model_bold))


def test_paragraphs_carry_no_direct_formatting() -> None:
    """The named styles are the first section's language; the second language's paragraphs carry their leading and
    alignment (export/docx/leading.py), nothing else."""
    document = open_docx(render_docx(full_release()))
    for para in paragraphs(document):
        p_pr = para.paragraph._p.pPr
        tags = {child.tag for child in p_pr} if p_pr is not None else set()
        allowed = {f"{W}pStyle", f"{W}numPr", f"{W}keepNext", f"{W}sectPr"}
        if para.section == 1:
            allowed |= {f"{W}spacing", f"{W}jc"}
            spacing = p_pr.find(f"{W}spacing") if p_pr is not None else None
            if spacing is not None:
                assert set(spacing.attrib) == {f"{W}line", f"{W}lineRule"}, para.text
        assert tags <= allowed, para.text


def _style_east_asia(style: BaseStyle | None) -> str | None:
    while style is not None:
        r_pr = style.element.rPr
        fonts = r_pr.rFonts if r_pr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def _doc_defaults(document: Document) -> etree._Element:
    return document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))


def test_east_asian_font_and_language_reach_chinese_text() -> None:
    document = open_docx(render_docx(full_release(), lang="both"))
    defaults = _doc_defaults(document)
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "新細明體"
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    lang = defaults.find(qn("w:lang"))
    assert (lang.get(qn("w:val")), lang.get(qn("w:eastAsia"))) == ("en-US", "zh-TW")
    # theme fonts would override the named ones: none may be left anywhere in styles.xml
    styles_xml = part_xml(document, "styles.xml").decode()
    assert not any(f"w:{name}=" in styles_xml for name in THEME_ATTRIBUTES)
    settings = etree.fromstring(part_xml(document, "settings.xml")).find(qn("w:themeFontLang"))
    assert settings.get(qn("w:eastAsia")) == "zh-TW"
    for para in paragraphs(document):
        if para.section == 0 and para.text:
            effective = _style_east_asia(para.paragraph.style) or fonts.get(qn("w:eastAsia"))
            assert effective == "新細明體", para.style
            for run in para.paragraph._p.iter(qn("w:r")):
                text = "".join(t.text or "" for t in run.iter(qn("w:t")))
                if any("\u4e00" <= char <= "\u9fff" for char in text):  # the hint on the plan's CJK runs only
                    assert run.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:hint")) == "eastAsia"
        if para.section == 1:
            for run in para.paragraph._p.iter(qn("w:r")):
                r_pr = run.find(qn("w:rPr"))
                assert r_pr is None or r_pr.find(qn("w:rFonts")) is None, para.text


def test_no_space_is_added_between_chinese_and_latin() -> None:
    """Word adds a quarter em between Chinese and Latin letters or digits unless told not to ("自 116 年"); the PDF
    and the ODT add none. The document defaults say so once for every paragraph (LibreOffice's DOCX import ignores
    these two settings: it adds its own space, a difference that reader forces)."""
    document = open_docx(render_docx(full_release(), lang="both"))
    p_pr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
        assert p_pr.find(qn(name)).get(qn("w:val")) == "0", name
    styles_xml = part_xml(document, "styles.xml").decode()
    assert styles_xml.count("w:autoSpaceDE") == 1  # no style turns it back on


def test_fonts_are_configurable_and_headline_may_use_kai() -> None:
    options = DocxOptions(latin_font="Liberation Serif", cjk_font="AR PL UMing TW", headline_cjk_font="標楷體")
    document = open_docx(render_docx(full_release(), lang="zh-TW", options=options))
    fonts = _doc_defaults(document).find(qn("w:rFonts"))
    assert (fonts.get(qn("w:ascii")), fonts.get(qn("w:eastAsia"))) == ("Liberation Serif", "AR PL UMing TW")
    assert _style_east_asia(document.styles[NAMES.headline]) == "標楷體"
    assert _style_east_asia(document.styles[NAMES.body]) is None  # inherits docDefaults
    table = part_xml(document, "fontTable.xml").decode()
    assert 'w:name="標楷體"' in table
    assert 'w:val="DFKai-SB"' in table
    default_table = part_xml(open_docx(render_docx(full_release())), "fontTable.xml").decode()
    assert 'w:name="新細明體"' in default_table
    assert 'w:val="PMingLiU"' in default_table

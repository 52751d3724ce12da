"""The DOCX's line spacing and alignment, read back with python-docx, are the role table's for each language section
(Chinese: 18 pt body leading, justified; English: 16 pt, ragged) — the PDF's, so Word and LibreOffice paginate alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from export.docx.docx_reader import open_docx, paragraphs
from export.docx.docx_releases import full_release
from releasedesk.export.docx import DocxOptions, render_docx
from releasedesk.export.docx.docxfence import cells_of
from releasedesk.export.plan import plan_release
from releasedesk.export.roles import roles
from releasedesk.export.style import DEFAULT_TEMPLATE, template_from_dict
from releasedesk.samples import load_sample, sample_names

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

    from releasedesk.export.layout import LangChoice
    from releasedesk.export.roles import RoleLook, Roles
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang, Release

ROLE_OF_STYLE = {
    "Normal": "body",
    "Letterhead": "agency",
    "Letterhead Other Language": "agency_other",
    "Letterhead Title": "news_release",
    "Running Header": "running_head",
    "Release Line": "release_line",
    "Release Meta": "meta",
    "Approval Stamp": "stamp",
    "Headline": "headline",
    "Subheadline": "subheadline",
    "Body Text": "body",
    "Heading 1": 0,
    "Heading 2": 1,
    "Heading 3": 2,
    "List Bullet": "list_item",
    "List Number": "list_item",
    "Quote": "quote",
    "Caption": "caption",
    "End Mark": "end_mark",
    "Boilerplate Heading": "section_label",
    "Boilerplate": "boilerplate",
    "Contacts Heading": "section_label",
    "Contact Name": "contact_name",
    "Contact Details": "contact_detail",
    "Footer": "footer",
}
"""Each paragraph style and the role it prints (the PDF's Styles); the figure's own line and the letterhead's 2 pt
rule are the DOCX's."""
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _look(table: Roles, role: str | int) -> RoleLook:
    return table.headings[role] if isinstance(role, int) else getattr(table, role)


def _effective(paragraph: Paragraph, field: str) -> object:
    """A paragraph format field as Word resolves it: the paragraph's own, else up its style chain."""
    value = getattr(paragraph.paragraph_format, field)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, field)
        style = style.base_style
    return value


def _story_paragraphs(document: Document, index: int) -> list[Paragraph]:
    section = document.sections[index]
    stories = (section.first_page_header, section.header, section.first_page_footer, section.footer)
    out = [p for story in stories for p in story.paragraphs]
    return out + [p for story in stories for t in story.tables for c in cells_of(t) for p in c.paragraphs]


def _check(release: Release, lang: LangChoice, house: HouseStyle) -> int:
    """Every styled paragraph's effective line spacing and alignment against its section language's role table."""
    document = open_docx(render_docx(release, lang=lang, options=DocxOptions(house=house)))
    langs: list[Lang] = [section.lang for section in plan_release(release, lang, house).sections]
    assert len(document.sections) == len(langs)
    body = paragraphs(document)
    checked = 0
    for index, section_lang in enumerate(langs):
        table = roles(house, section_lang)
        found = [para.paragraph for para in body if para.section == index] + _story_paragraphs(document, index)
        for paragraph in found:
            role = ROLE_OF_STYLE.get(paragraph.style.name)
            if role is None:
                assert paragraph.style.name in {"Figure", "Letterhead Rule"}, paragraph.style.name
                continue
            look = _look(table, role)
            where = f"{section_lang} {paragraph.style.name} {paragraph.text[:30]!r}"
            assert _effective(paragraph, "line_spacing_rule") == WD_LINE_SPACING.AT_LEAST, where
            spacing = _effective(paragraph, "line_spacing")
            assert spacing is not None, where
            assert spacing.pt == pytest.approx(table.leading(look), abs=0.05), where
            in_cell = paragraph._p.getparent().tag == qn("w:tc")  # a table column's alignment is the table's
            if paragraph.style.name != "Normal" and not in_cell:  # Normal: the section break's empty paragraph
                assert _effective(paragraph, "alignment") == ALIGN[look.align], where
            checked += 1
    return checked


@pytest.mark.parametrize("name", sample_names())
def test_every_role_has_its_languages_leading_and_alignment(name: str) -> None:
    assert _check(load_sample(name), "both", DEFAULT_TEMPLATE) > 20


def test_one_language_documents_and_another_house() -> None:
    release = full_release()
    for lang in ("zh-TW", "en", "both"):
        assert _check(release, lang, DEFAULT_TEMPLATE) > 20
    house = template_from_dict({"body_leading": 15, "body_leading_zh": 21, "body_size": 11, "headline_leading": 30})
    assert _check(release, "both", house) > 20


def test_the_two_languages_really_differ() -> None:
    """Not vacuous: with the default house, Chinese and English body paragraphs print at different leadings and
    alignments, and only the second language's paragraphs carry the difference (the first's is the named style)."""
    document = open_docx(render_docx(load_sample("announcement"), lang="both", options=DocxOptions()))
    bodies = {
        section: [p.paragraph for p in paragraphs(document) if p.style == "Body Text" and p.section == section]
        for section in (0, 1)
    }
    zh, en = bodies[0][0], bodies[1][0]
    assert _effective(zh, "line_spacing").pt == 18
    assert _effective(en, "line_spacing").pt == 16
    assert _effective(zh, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert _effective(en, "alignment") == WD_ALIGN_PARAGRAPH.LEFT
    assert zh._p.pPr.find(qn("w:spacing")) is None
    assert en._p.pPr.find(qn("w:spacing")).get(qn("w:lineRule")) == "atLeast"

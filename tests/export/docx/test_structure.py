"""Links resolve through relationships, lists are Word numbering, footers hold page fields, images fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Length

from export.docx.docx_reader import open_docx, paragraphs
from export.docx.docx_releases import full_release
from releasedesk.export import layout
from releasedesk.export.docx import render_docx
from releasedesk.export.docx.styles import NAMES
from releasedesk.model.release import Status
from releasedesk.model.richtext import ListItem
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from docx.document import Document


def _links(document: Document) -> list[tuple[str, str, str]]:
    """(text, target, style of its runs) of every w:hyperlink in the body, through the relationships."""
    found = []
    for link in document.element.body.iter(qn("w:hyperlink")):
        rel = document.part.rels[link.get(qn("r:id"))]
        assert rel.is_external
        assert rel.reltype == RT.HYPERLINK
        styles = {run.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) for run in link.iter(qn("w:r"))}
        text = "".join(t.text for t in link.iter(qn("w:t")))
        found.append((text, rel.target_ref, ",".join(sorted(styles))))
    return found


def test_hyperlinks_resolve_to_their_urls() -> None:
    release = full_release()
    links = _links(open_docx(render_docx(release)))
    model = [
        (run.text, run.href)
        for lang in ("zh-TW", "en")
        for block in release.content[lang].body
        for run in getattr(block, "runs", ())
        if run.href
    ]
    body_links = [(text, target) for text, target, _ in links if not target.startswith("mailto:")]
    assert body_links == model
    assert {style for _, _, style in links} == {"Hyperlink"}
    mail = [(text, target) for text, target, _ in links if target.startswith("mailto:")]
    assert ("wang@motc.gov.tw", "mailto:wang@motc.gov.tw") in mail


def _numbering(document: Document) -> tuple[dict[str, object], dict[str, object]]:
    root = document.part.numbering_part.element
    nums = {num.get(qn("w:numId")): num for num in root.findall(qn("w:num"))}
    abstracts = {node.get(qn("w:abstractNumId")): node for node in root.findall(qn("w:abstractNum"))}
    return nums, abstracts


def _format_of(document: Document, num_id: str, ilvl: str) -> str:
    nums, abstracts = _numbering(document)
    abstract = abstracts[nums[num_id].find(qn("w:abstractNumId")).get(qn("w:val"))]
    level = next(lvl for lvl in abstract.findall(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == ilvl)
    return level.find(qn("w:numFmt")).get(qn("w:val"))


def test_lists_are_numbering_based_with_levels_and_restart() -> None:
    release = full_release()
    document = open_docx(render_docx(release, lang="zh-TW"))
    items = [block for block in release.content["zh-TW"].body if isinstance(block, ListItem)]
    listed = [p for p in paragraphs(document) if p.style in (NAMES.list_bullet, NAMES.list_number)]
    assert [p.text for p in listed] == [item.runs[0].text for item in items]
    seen_ids = []
    for para, item in zip(listed, items, strict=True):
        num_pr = para.paragraph._p.pPr.numPr
        assert num_pr is not None, para.text
        ilvl, num_id = str(num_pr.ilvl.val), str(num_pr.numId.val)
        assert ilvl == str(item.level)
        assert (_format_of(document, num_id, ilvl) == "bullet") == (not item.ordered)
        assert not para.text.lstrip().startswith(("•", "1.", "-"))  # no typed markers
        seen_ids.append(num_id)
    # the first ordered list (items 0, 1, 3) shares a numbering; the later list restarts with its own
    assert seen_ids[0] == seen_ids[1] == seen_ids[3] != seen_ids[4]
    nums, _ = _numbering(document)
    overrides = nums[seen_ids[4]].findall(qn("w:lvlOverride"))
    assert overrides
    assert all(o.find(qn("w:startOverride")).get(qn("w:val")) == "1" for o in overrides)


def test_long_report_lists_all_carry_numbering() -> None:
    document = open_docx(render_docx(load_sample("long-report")))
    listed = [p for p in paragraphs(document) if p.style in (NAMES.list_bullet, NAMES.list_number)]
    assert len(listed) == 2 * sum(isinstance(b, ListItem) for b in load_sample("long-report").content["en"].body)
    assert all(p.paragraph._p.pPr.numPr is not None for p in listed)


def _field_instructions(story: object) -> list[str]:
    element = story._element  # type: ignore[attr-defined]
    return [node.text.strip() for node in element.iter(qn("w:instrText"))]


def test_footers_have_page_fields_and_the_shared_wording() -> None:
    release = full_release()
    document = open_docx(render_docx(release, lang="both"))
    for section, lang in zip(document.sections, ("zh-TW", "en"), strict=True):
        for footer in (section.footer, section.first_page_footer):
            assert _field_instructions(footer) == ["PAGE", "NUMPAGES"]
            kinds = [node.get(qn("w:fldCharType")) for node in footer._element.iter(qn("w:fldChar"))]
            assert kinds == ["begin", "separate", "end"] * 2
            # cached field results are "1": the agency, then the shared wording for page 1 of 1
            agency = release.agency.best(lang)
            assert footer.paragraphs[0].text == f"{agency}\t{layout.page_footer(lang, 1, 1, release.number)}"
            assert footer.paragraphs[0].style.name == NAMES.footer


def _header_text(header: object) -> str:
    return "\n".join(t.text or "" for t in header._element.iter(qn("w:t")))  # type: ignore[attr-defined]


def _watermarks(header: object) -> list[str]:
    paths = header._element.iter("{urn:schemas-microsoft-com:vml}textpath")  # type: ignore[attr-defined]
    return [path.get("string") for path in paths if path.get("string") is not None]  # not the shape type's


def test_draft_marking_and_watermark_only_until_approved() -> None:
    approved = open_docx(render_docx(full_release(Status.APPROVED)))
    for status, mark in ((Status.DRAFT, "DRAFT"), (Status.IN_REVIEW, "IN REVIEW")):
        for section in open_docx(render_docx(full_release(status))).sections:
            for header in (section.first_page_header, section.header):
                assert mark in _header_text(header)
                assert _watermarks(header) == [mark]
    for section in approved.sections:
        for header in (section.first_page_header, section.header):
            assert "DRAFT" not in _header_text(header)
            assert _watermarks(header) == []


def test_images_fit_the_column_with_alt_text_and_caption() -> None:
    release = full_release()
    document = open_docx(render_docx(release))
    section = document.sections[0]
    column = Length(section.page_width - section.left_margin - section.right_margin)
    everything = paragraphs(document)
    at = [index for index, p in enumerate(everything) if p.style == NAMES.figure]
    figures = [everything[index] for index in at]
    assert len(figures) == 2
    for para in figures:
        (shape,) = para.paragraph._p.iter(qn("wp:inline"))
        width = int(shape.find(qn("wp:extent")).get("cx"))
        height = int(shape.find(qn("wp:extent")).get("cy"))
        assert 0 < width <= column
        assert abs(width / height - 2.0) < 0.01
        assert shape.find(qn("wp:docPr")).get("descr") in ("記者會照片", "Press conference photo")
    captions = [everything[index + 1] for index in at]
    assert [(c.style, c.text) for c in captions] == [
        (NAMES.caption, "部長主持記者會"),
        (NAMES.caption, "The minister at the press conference"),
    ]
    logo = list(section.first_page_header._element.iter(qn("wp:inline")))
    assert len(logo) == 1


def test_small_images_keep_their_natural_size() -> None:
    from docx.image.image import Image as DocxImage

    from export.docx.docx_releases import png
    from releasedesk.model.release import Image
    from releasedesk.model.richtext import Figure

    release = full_release()
    release.images.append(Image("small", "image/png", png(150, 75, dpi=150)))
    release.content["en"].body.append(Figure("small"))
    document = open_docx(render_docx(release, lang="en"))
    inline = list(document.element.body.iter(qn("wp:inline")))[-1]
    natural = DocxImage.from_blob(png(150, 75, dpi=150))
    assert int(inline.find(qn("wp:extent")).get("cx")) == int(natural.width)  # 1 inch at 150 dpi


def test_page_size_and_margins_follow_the_options() -> None:
    from docx.shared import Mm

    from releasedesk.export.docx import DocxOptions

    a4 = open_docx(render_docx(full_release())).sections
    letter = open_docx(render_docx(full_release(), options=DocxOptions(page_size="Letter", margin_side_mm=25))).sections
    assert all(abs(s.page_width - Mm(210)) < Mm(0.1) and abs(s.page_height - Mm(297)) < Mm(0.1) for s in a4)
    for section in letter:
        assert abs(section.page_width - Mm(215.9)) < Mm(0.1)
        assert abs(section.page_height - Mm(279.4)) < Mm(0.1)
        assert abs(section.left_margin - Mm(25)) < Mm(0.1)
        assert abs(section.right_margin - Mm(25)) < Mm(0.1)

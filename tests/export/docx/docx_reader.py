"""Reading an exported DOCX back for the tests: paragraphs in order (tables included), styles, runs, XML."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

if TYPE_CHECKING:
    from pathlib import Path

    from docx.document import Document

    from releasedesk.model.release import Lang, Release


def open_docx(source: bytes | Path) -> Document:
    return docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))


@dataclass(frozen=True)
class Para:
    style: str
    text: str
    paragraph: DocxParagraph
    section: int


def paragraphs(document: Document) -> list[Para]:
    """Every body paragraph in reading order, table cells included (each merged cell once: its w:tc, not python-docx's
    one cell per grid column), tagged with its section index."""
    found: list[Para] = []
    section = 0
    for item in document.iter_inner_content():
        cells = (
            [
                DocxParagraph(p, item)
                for tr in item._tbl.findall(qn("w:tr"))
                for tc in tr.findall(qn("w:tc"))
                for p in tc.findall(qn("w:p"))
            ]
            if isinstance(item, Table)
            else [item]
        )
        for paragraph in cells:
            found.append(Para(paragraph.style.name, paragraph.text, paragraph, section))
        if isinstance(item, DocxParagraph) and item._p.pPr is not None and item._p.pPr.sectPr is not None:
            section += 1
    return found


def texts(document: Document) -> list[str]:
    return [para.text for para in paragraphs(document) if para.text]


def expected_texts(release: Release, lang: Lang) -> list[str]:
    """What one language section must say, paragraph by paragraph: the plan's units (list labels are numbering)."""
    from releasedesk.export.plan import FigureBlock, ListItemBlock, ParagraphBlock, TableBlock, build_plan, line_text
    from releasedesk.export.plan.tables import cell_lines

    section = build_plan(release, lang).sections[0]
    out = [line_text(section.release_line)]
    out += [f"{line_text(row.label)}\t{line_text(row.value)}" for row in section.meta]
    out.append(line_text(section.stamp))  # the approval stamp under the meta block (house style's default place)
    out += [line_text(section.headline), line_text(section.subheadline)]
    for block in section.body:
        if isinstance(block, FigureBlock):
            out += [block.placeholder if block.image is None else "", line_text(block.caption)]
        elif isinstance(block, ParagraphBlock):
            out.append(line_text(block.lead) + line_text(block.runs))
        elif isinstance(block, ListItemBlock):
            out.append(line_text(block.runs))
        elif isinstance(block, TableBlock):
            out += [line_text(line) for line in cell_lines(block)]
        else:
            out.append(line_text(block.runs))
    out.append(line_text(section.end_mark))
    if section.boilerplate:
        out += [line_text(section.boilerplate_heading), *(line_text(line) for line in section.boilerplate)]
    if section.contacts:
        out.append(line_text(section.contacts_heading))
        for contact in section.contacts:
            out += [line_text(contact.name), *(line_text(detail) for detail in contact.details)]
    return [value for value in out if value]


def section_texts(document: Document, section: int) -> list[str]:
    return [para.text for para in paragraphs(document) if para.section == section and para.text]


def part_xml(document: Document, suffix: str) -> bytes:
    """The serialized XML of the package part whose name ends with `suffix` (e.g. "settings.xml")."""
    for part in document.part.package.iter_parts():
        if str(part.partname).endswith(suffix):
            element = getattr(part, "element", None)
            if element is not None:
                from lxml import etree

                return etree.tostring(element)
            return part.blob
    raise KeyError(suffix)


def attr(node: object, name: str) -> str | None:
    return node.get(qn(name))  # type: ignore[attr-defined]

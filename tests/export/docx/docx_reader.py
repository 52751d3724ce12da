"""Reading an exported DOCX back for the tests: paragraphs in order (tables included), styles, runs, XML."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from releasedesk.export import layout
from releasedesk.model.release import Lang, Release
from releasedesk.model.richtext import Figure, Paragraph, block_runs
from releasedesk.model.textclean import clean_text


def open_docx(source: bytes | Path) -> Document:
    return docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))


@dataclass(frozen=True)
class Para:
    style: str
    text: str
    paragraph: DocxParagraph
    section: int


def paragraphs(document: Document) -> list[Para]:
    """Every body paragraph in reading order, table cells included, tagged with its section index."""
    found: list[Para] = []
    section = 0
    for item in document.iter_inner_content():
        cells = (
            [p for row in item.rows for cell in row.cells for p in cell.paragraphs]
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
    """What one language section must say, paragraph by paragraph, from the model (cleaned like any export)."""
    content = release.content[lang]
    out = [layout.release_line(release, lang)]
    out += [f"{line.label}\t{line.value}" for line in layout.meta_lines(release, lang)]
    out += [content.headline.strip(), content.subheadline.strip()]
    dateline = layout.dateline(release, lang)
    lead = next((i for i, block in enumerate(content.body) if isinstance(block, Paragraph)), None)
    if dateline and lead is None:
        out.append(dateline)
    for index, block in enumerate(content.body):
        if isinstance(block, Figure) and not block.caption:
            continue
        value = "".join(clean_text(run.text) for run in block_runs(block))  # each run is cleaned on its own
        if index == lead and dateline:
            value = f"{dateline} {value}"
        out.append(value)
    out.append(layout.end_mark(release, lang))
    paragraphs_ = layout.boilerplate_paragraphs(release, lang)
    if paragraphs_:
        out += [layout.boilerplate_heading(release, lang), *paragraphs_]
    contacts = layout.printable_contacts(release, lang)
    if contacts:
        out.append(layout.label("contacts", lang))
        for contact in contacts:
            out += [contact.name, *contact.details]
    return [clean_text(value) for value in out if clean_text(value)]


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

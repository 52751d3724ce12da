"""DOCX → units with python-docx: letterhead from each section's first-page header, then the body in order.

List labels are computed from the paragraphs' `w:numPr` and numbering.xml the way Word counts (a fresh count per
`w:num` and level, restarting deeper levels), not taken from the plan. The DRAFT mark and empty paragraphs are not
units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import docx as python_docx
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from pathlib import Path

FORMAT = "docx"
SUFFIX = ".docx"
JOIN = "\t"
"""Word puts a tab after a list label; the meta block puts one between label and value."""
META_JOIN = "\t"
WRAPS = False


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l")):
        out, number = out + letters * (number // value), number % value
    for value, letters in ((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        out, number = out + letters * (number // value), number % value
    return out


def _letters(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(97 + rest) + out
    return out


_FORMATS = {"decimal": str, "lowerLetter": _letters, "lowerRoman": _roman}


class _Numbering:
    def __init__(self, document: object) -> None:
        root = document.part.numbering_part.element  # type: ignore[attr-defined]
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                start = lvl.find(qn("w:start"))
                levels[lvl.get(qn("w:ilvl"))] = (
                    lvl.find(qn("w:numFmt")).get(qn("w:val")),
                    lvl.find(qn("w:lvlText")).get(qn("w:val")),
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        self.nums = {
            num.get(qn("w:numId")): num.find(qn("w:abstractNumId")).get(qn("w:val"))
            for num in root.findall(qn("w:num"))
        }
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels[self.nums[num_id]]
        counts = self.counts.setdefault(num_id, {})
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]
        fmt, text, start = levels[str(ilvl)]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        if fmt == "bullet":
            return text
        for level in range(ilvl + 1):
            level_fmt, _text, level_start = levels[str(level)]
            value = counts.get(level, level_start)
            text = text.replace(f"%{level + 1}", _FORMATS[level_fmt](value))
        return text


def _text(paragraph: object) -> str:
    """The paragraph's text without the DRAFT mark's runs."""
    parts = []
    for run in paragraph._p.iter(qn("w:r")):  # type: ignore[attr-defined]
        style = run.find(qn("w:rPr") + "/" + qn("w:rStyle"))
        if style is not None and style.get(qn("w:val")) == "DraftMark":
            continue
        for child in run:
            if child.tag == qn("w:t"):
                parts.append(child.text or "")
            elif child.tag == qn("w:tab"):
                parts.append("\t")
            elif child.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
    return "".join(parts)


def read_units(path: Path) -> list[str]:
    document = python_docx.Document(str(path))
    numbering = _Numbering(document)
    units: list[str] = []
    sections = iter(document.sections)

    def header(section: object) -> None:
        for table in section.first_page_header.tables:  # type: ignore[attr-defined]
            for row in table.rows:
                for cell in row.cells:
                    units.extend(text for p in cell.paragraphs if (text := _text(p)))

    def paragraph_unit(p_element: object) -> None:
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(p_element, document.part)  # type: ignore[arg-type]
        text = _text(paragraph)
        num_pr = p_element.find(qn("w:pPr") + "/" + qn("w:numPr"))  # type: ignore[attr-defined]
        if num_pr is not None:
            ilvl = int(num_pr.find(qn("w:ilvl")).get(qn("w:val")))
            label = numbering.label(num_pr.find(qn("w:numId")).get(qn("w:val")), ilvl)
            text = label + JOIN + text if text else label  # an empty item is its label (units.py)
        if text:
            units.append(text)

    header(next(sections))
    for child in document.element.body:
        if child.tag == qn("w:p"):
            paragraph_unit(child)
            if child.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
                following = next(sections, None)
                if following is not None:
                    header(following)
        elif child.tag == qn("w:tbl"):
            for row in child.findall(qn("w:tr")):
                for cell in row.findall(qn("w:tc")):
                    for p_element in cell.findall(qn("w:p")):
                        paragraph_unit(p_element)
    return units

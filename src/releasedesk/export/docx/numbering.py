"""Real Word list numbering: one bullet and one decimal definition with nine levels, restarted per list.

Typed bullets would not renumber when a reviewer inserts an item; `w:numPr` paragraphs do. A new `w:num` with
`startOverride` begins wherever the plan's label restarts, so Word numbers exactly as the plan labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.ooxml import PPR_ORDER, element, set_child
from releasedesk.export.docx.options import DocxOptions, filled
from releasedesk.export.plan.lists import BULLETS, list_label
from releasedesk.model.richtext import MAX_LIST_LEVEL

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph

LEVELS = MAX_LIST_LEVEL + 1
_BULLETS = BULLETS
_NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")
_INDENT_STEP = 425  # twips, ~0.75 cm
_HANGING = 360


def _level(ilvl: int, ordered: bool, latin_font: str) -> BaseOxmlElement:
    if ordered:
        fmt, text = _NUMBER_FORMATS[ilvl % 3], f"%{ilvl + 1}."
    else:
        fmt, text = "bullet", _BULLETS[ilvl % 3]
    left = str(_INDENT_STEP * (ilvl + 1))
    return element(
        "w:lvl",
        {"w:ilvl": str(ilvl)},
        element("w:start", {"w:val": "1"}),
        element("w:numFmt", {"w:val": fmt}),
        element("w:lvlText", {"w:val": text}),
        element("w:lvlJc", {"w:val": "left"}),
        element("w:pPr", {}, element("w:ind", {"w:left": left, "w:hanging": str(_HANGING)})),
        # the marker in the Latin font: a CJK font draws "•" full-width and "◦" like the full stop "。"
        element(
            "w:rPr",
            {},
            element(
                "w:rFonts",
                {"w:ascii": latin_font, "w:hAnsi": latin_font, "w:eastAsia": latin_font, "w:hint": "default"},
            ),
        ),
    )


class ListNumbering:
    """Adds the two definitions to numbering.xml and hands out a fresh `w:num` per list and kind."""

    def __init__(self, document: Document, options: DocxOptions) -> None:
        self._root = document.part.numbering_part.element
        self._abstract: dict[bool, int] = {}
        for ordered in (False, True):
            self._abstract[ordered] = self._add_abstract(ordered, filled(options.latin_font))
        self.style_num = {ordered: self._add_num(ordered, restart=False) for ordered in (False, True)}
        """The numbering the `List Bullet` / `List Number` styles carry, for paragraphs a reviewer adds."""
        self._current: dict[tuple[bool, int], int] = {}

    def _add_abstract(self, ordered: bool, latin_font: str) -> int:
        used = [int(node.get(qn("w:abstractNumId"))) for node in self._root.findall(qn("w:abstractNum"))]
        abstract_id = max(used, default=-1) + 1
        node = element(
            "w:abstractNum",
            {"w:abstractNumId": str(abstract_id)},
            element("w:nsid", {"w:val": f"{0x52440000 + abstract_id:08X}"}),
            element("w:multiLevelType", {"w:val": "hybridMultilevel"}),
            *(_level(ilvl, ordered, latin_font) for ilvl in range(LEVELS)),
        )
        first_num = self._root.find(qn("w:num"))  # every abstractNum must precede every num
        if first_num is None:
            self._root.append(node)
        else:
            first_num.addprevious(node)
        return abstract_id

    def _add_num(self, ordered: bool, *, restart: bool) -> int:
        num = self._root.add_num(self._abstract[ordered])
        if restart:
            for ilvl in range(LEVELS):
                num.append(element("w:lvlOverride", {"w:ilvl": str(ilvl)}, element("w:startOverride", {"w:val": "1"})))
        return int(num.numId)

    def apply(self, paragraph: Paragraph, *, ordered: bool, level: int, label: str) -> None:
        """Number `paragraph` so Word shows the plan's `label`.

        Each (kind, level) gets a fresh `w:num` starting at 1 exactly where the plan's label is the first one of its
        level; each `w:num` is used at one level only, so Word's count there is the plan's count.
        """
        level = max(0, min(level, LEVELS - 1))
        key = (ordered, level)
        if key not in self._current or (ordered and label == list_label(True, level, 1)):
            self._current[key] = self._add_num(ordered, restart=True)
        num_pr = element(
            "w:numPr",
            {},
            element("w:ilvl", {"w:val": str(level)}),
            element("w:numId", {"w:val": str(self._current[key])}),
        )
        set_child(docxfence.p_of(paragraph).get_or_add_pPr(), num_pr, PPR_ORDER)


def link_list_styles(document: Document, numbering: ListNumbering, bullet_style: str, number_style: str) -> None:
    """Point the list styles at our definitions instead of the template's single-level ones."""
    for name, ordered in ((bullet_style, False), (number_style, True)):
        p_pr = document.styles[name].element.get_or_add_pPr()
        num_pr = element("w:numPr", {}, element("w:numId", {"w:val": str(numbering.style_num[ordered])}))
        set_child(p_pr, num_pr, PPR_ORDER)

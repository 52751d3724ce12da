"""Small helpers for the WordprocessingML python-docx has no API for; Word insists on schema child order."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

# Child order of w:pPr and w:rPr (ECMA-376 CT_PPrBase / CT_RPr): Word reports a broken file when it is not kept.
PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)  # fmt: skip
RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)  # fmt: skip


def element(tag: str, attrs: dict[str, str] | None = None, *children: BaseOxmlElement) -> BaseOxmlElement:
    """`element("w:lang", {"w:val": "en-US"})`: attribute names are prefixed like tags."""
    node = OxmlElement(tag, attrs={qn(key): value for key, value in (attrs or {}).items()})
    for child in children:
        node.append(child)
    return node


@lru_cache(maxsize=256)
def _successors(tag: str, order: tuple[str, ...]) -> frozenset[str]:
    """The Clark names of the tags the schema puts after `tag` in `order`."""
    at = next(index for index, name in enumerate(order) if qn(name) == tag)
    return frozenset(qn(name) for name in order[at + 1 :])


def set_child(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> BaseOxmlElement:
    """Replace `parent`'s child of the same tag with `child`, inserted where the schema order wants it.

    One pass over the (few) children present, not python-docx's `insert_element_before`, which searches the parent
    once per possible successor (~30 for `w:pPr`): that search was a sixth of a long release's DOCX time."""
    tag = child.tag
    for old in parent.findall(tag):
        parent.remove(old)
    successors = _successors(tag, order)
    for existing in parent:
        if existing.tag in successors:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child

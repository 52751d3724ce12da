"""Complex fields (PAGE, NUMPAGES): Word and LibreOffice compute the values when they lay the pages out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.ooxml import element

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """begin / instrText / separate / cached result / end, each in its own run as Word writes them."""
    p = docxfence.p_of(paragraph)

    def run(*children: object) -> None:
        p.append(element("w:r", {}, *children))  # type: ignore[arg-type]  # children are lxml elements

    run(element("w:fldChar", {"w:fldCharType": "begin"}))
    instr = element("w:instrText", {"xml:space": "preserve"})
    instr.text = f" {instruction} "
    run(instr)
    run(element("w:fldChar", {"w:fldCharType": "separate"}))
    cached = element("w:t")
    cached.text = placeholder
    run(cached)
    run(element("w:fldChar", {"w:fldCharType": "end"}))

"""Clickable links: a `w:hyperlink` pointing at an external relationship, its runs in the `Hyperlink` style."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.ooxml import element
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph

# Everything RFC 3986 allows unescaped, plus "%" so existing escapes stay as they are.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def safe_url(href: str) -> str:
    """The relationship target: cleaned, trimmed, spaces and non-ASCII percent-encoded (Word chokes on raw ones)."""
    return quote(clean_text(href).strip(), safe=_URL_SAFE)


def add_hyperlink(paragraph: Paragraph, href: str) -> BaseOxmlElement | None:
    """Append an empty `w:hyperlink` to `paragraph` and return it for the caller's runs; None for an empty href."""
    url = safe_url(href)
    if not url:
        return None
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = element("w:hyperlink", {"r:id": r_id, "w:history": "1"})
    docxfence.p_of(paragraph).append(link)
    return link


def hyperlink_target(paragraph: Paragraph, link: BaseOxmlElement) -> str:
    """Where a `w:hyperlink` points, read back through the part's relationships (used by tests and checks)."""
    return str(paragraph.part.rels[link.get(qn("r:id"))].target_ref)

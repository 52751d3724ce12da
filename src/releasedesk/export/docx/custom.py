"""DOCX custom document properties (`docProps/custom.xml`): the approval, readable in Word's File → Properties.

python-docx has no API for custom properties, so the part is written here as OOXML says: one `property` per name,
`fmtid` the fixed GUID every custom property carries, `pid` from 2, values as `vt:lpwstr`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from docx.opc.packuri import PackURI
from docx.opc.part import Part

if TYPE_CHECKING:
    from docx.document import Document

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
PART_NAME = "/docProps/custom.xml"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_NS = (
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"'
)


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    """docProps/custom.xml holding `properties` as text properties (Word's File > Properties > Custom)."""
    rows = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr>'
        "</property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties {_NS}>{rows}</Properties>'
    return xml.encode("utf-8")


def set_custom_properties(document: Document, properties: dict[str, str]) -> None:
    """Replace the package's custom properties part with `properties` (none: no part)."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RELTYPE:
            package.rels.pop(r_id)
    if properties:
        part = Part(PackURI(PART_NAME), CONTENT_TYPE, custom_properties_xml(properties), package)
        package.relate_to(part, RELTYPE)

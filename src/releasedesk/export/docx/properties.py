"""Core properties (title, author, subject, language, dates) and leftovers of python-docx's template removed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from releasedesk.export.docx import docxfence

if TYPE_CHECKING:
    from docx.document import Document

    from releasedesk.export.plan import Metadata

_LANGUAGE_TAGS = {"zh-TW": "zh-TW", "en": "en-US"}


def set_core_properties(document: Document, metadata: Metadata, news: str) -> None:
    """Title, author, subject and keywords of the DOCX (Word's File > Properties), cut to Word's 255 characters."""
    props = document.core_properties
    props.title = metadata.title[:255]
    props.author = metadata.author[:255]
    props.subject = metadata.subject[:255]
    props.keywords = metadata.keywords[:255]
    props.category = news
    props.language = ", ".join(_LANGUAGE_TAGS.get(lang, lang) for lang in metadata.languages)
    props.comments = ""
    props.last_modified_by = "ReleaseDesk"
    props.revision = 1
    now = metadata.created or datetime.now(UTC)
    stamp = now.astimezone(UTC).replace(microsecond=0, tzinfo=None)  # python-docx writes naive values as UTC
    props.created = stamp
    props.modified = stamp
    core = docxfence.core_properties_element(props)
    for printed in core.findall(qn("cp:lastPrinted")):  # the template's, years before this release
        core.remove(printed)


def drop_template_leftovers(document: Document) -> None:
    """python-docx's template carries a thumbnail of an empty page and a Word 2010 styles copy: neither is ours."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(r_id)
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.rels.pop(r_id)


def number_drawings_uniquely(document: Document) -> None:
    """Give every drawing (`wp:docPr`) a document-wide unique id.

    python-docx numbers drawings per part, so the letterhead logo in a header and a figure in the body both get id 1;
    Word treats duplicates as corruption and offers to repair the file (seen by openxml-audit's Word rules).
    """
    next_id = 1
    for part in document.part.package.iter_parts():
        element = docxfence.part_element(part)
        if element is None:
            continue
        for doc_pr in element.iter(qn("wp:docPr")):
            doc_pr.set("id", str(next_id))
            next_id += 1

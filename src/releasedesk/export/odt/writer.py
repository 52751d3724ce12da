"""Assembles the ODT package: odfdo keeps the package (mimetype, manifest, meta, pictures); our XML is the content
and the styles, so every space, style and language attribute is exactly what we wrote.

odfdo 3.27 stamps ODF 1.4 on save; nothing here uses a 1.4 feature, so the finished package is declared ODF 1.3
(the version Taiwan's government offices and older LibreOffice read), which the 1.3 schema validates.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from typing import TYPE_CHECKING

from odfdo import Document

from releasedesk.export.odt.content import OdtBody
from releasedesk.export.odt.styles import font_faces, office_styles
from releasedesk.export.plan.approval import approval_properties
from releasedesk.export.sourcedate import zip_date_time

if TYPE_CHECKING:
    from datetime import datetime

    from releasedesk.export.house import WriterStyle
    from releasedesk.export.plan.values import Plan, PlanImage

ODF_VERSION = "1.3"
_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
_XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items())
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}


def _root(tag: str, inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{tag} {_XMLNS} office:version="{ODF_VERSION}">{inner}</{tag}>'
    ).encode()


def _declare_version(package: bytes, created: datetime | None) -> bytes:
    """Rewrite the version odfdo stamped on every part; the stored `mimetype` stays first. Every entry is dated with
    the plan's creation time (odfdo dates them with the clock), so equal plans give equal bytes."""
    date_time = zip_date_time(created)
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in ("content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"):
                data = re.sub(
                    rb'(office|manifest):version="1\.4"', rb'\1:version="' + ODF_VERSION.encode() + b'"', data
                )
            compress = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            info.date_time = date_time
            target.writestr(info, data, compress_type=compress)
    return out.getvalue()


def render_plan_odt(plan: Plan, style: WriterStyle) -> bytes:
    """The plan as an ODT package (bytes)."""
    document = Document("text")
    container = document.container
    assert container is not None
    pictures: dict[str, str] = {}

    manifest = document.manifest
    manifest.del_full_path("Thumbnails/thumbnail.png")  # the template's blank page: a stale preview misleads
    container.del_part("Thumbnails/thumbnail.png")

    def add_picture(image: PlanImage) -> str:
        digest = hashlib.sha256(image.data).hexdigest()
        if digest not in pictures:
            path = f"Pictures/{digest[:32]}.{_EXTENSIONS.get(image.mime_type, 'png')}"
            container.set_part(path, image.data)
            manifest.add_full_path(path, image.mime_type)
            pictures[digest] = path
        return pictures[digest]

    body = OdtBody(plan, style, add_picture)
    office_text = body.office_text()
    content = _root(
        "office:document-content",
        f"{font_faces(style)}{body.automatic_styles()}<office:body>{office_text}</office:body>",
    )
    masters = body.master_pages()
    styles = _root(
        "office:document-styles",
        f"{font_faces(style)}{office_styles(style)}{body.page_automatic_styles()}{masters}",
    )
    container.set_part("content.xml", content)
    container.set_part("styles.xml", styles)
    meta = document.meta
    info = plan.metadata
    meta.set_title(info.title)
    meta.set_subject(info.subject)
    meta.set_keywords(info.keywords)
    meta.set_initial_creator(info.author)
    if info.languages:
        meta.set_language(info.languages[0])
    if info.created is not None:
        meta.set_creation_date(info.created)
    elif (template_date := meta.get_element("//meta:creation-date")) is not None:
        template_date.delete()  # the template's own date, months old: an invariant plan states none
    meta.user_defined_metadata = approval_properties(plan.state)  # meta:user-defined, text values
    buffer = io.BytesIO()
    document.save(buffer)
    return _declare_version(buffer.getvalue(), info.created)

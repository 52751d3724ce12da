"""Validation against the OASIS ODF 1.3 RELAX NG schemas, as shipped in the openxml-audit test dependency."""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path

from lxml import etree

PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml")


@cache
def _schema(name: str) -> etree.RelaxNG:
    import openxml_audit

    folder = Path(openxml_audit.__file__).parent / "odf" / "schemas" / "odf-1.3"
    return etree.RelaxNG(etree.parse(str(folder / name)))


def schema_errors(package: Path | str | bytes) -> list[str]:
    """Every schema error of every XML part, as `part: line: message`; empty when the package is valid."""
    source = zipfile.ZipFile(package if not isinstance(package, bytes) else __import__("io").BytesIO(package))
    errors: list[str] = []
    with source:
        for part in PARTS:
            tree = etree.fromstring(source.read(part))
            name = (
                "OpenDocument-v1.3-manifest-schema.rng"
                if part.startswith("META-INF")
                else "OpenDocument-v1.3-schema.rng"
            )
            schema = _schema(name)
            if not schema.validate(tree):
                errors += [f"{part}: {error.line}: {error.message}" for error in schema.error_log]
    return errors

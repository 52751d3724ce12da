"""Reads an ODT export back into text units from content.xml with zipfile and lxml (not the writer's odfdo).

A unit is one body paragraph or heading (text:p / text:h) in document order, its text with ODF's space, tab and
line-break elements expanded. Two paragraph kinds carry two fields: a meta row (`label <tab> value`, two units)
and a list item (`label <tab> text`, one unit `label + " " + text`). Images are not text units (the missing-image
placeholder paragraph is); headers and footers (page furniture, the watermark) live in styles.xml and are not read.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from pathlib import Path

FORMAT = "odt"
SUFFIX = ".odt"
JOIN = " "
"""A list label, its tab and the text read as `label + " " + text`."""
META_JOIN = None
"""A meta row reads as two units, label and value."""
WRAPS = False

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_STYLE_NAME = f"{{{TEXT}}}style-name"


def _text(element: etree._Element, out: list[str | etree._Element]) -> None:
    """Characters of `element`'s content; a tab is kept as the element so callers can find field separators."""
    if element.text:
        out.append(element.text)
    for child in element:
        tag = child.tag
        if tag == f"{{{TEXT}}}s":
            out.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
        elif tag == f"{{{TEXT}}}tab":
            out.append(child)
        elif tag == f"{{{TEXT}}}line-break":
            out.append("\n")
        elif tag.startswith(f"{{{DRAW}}}"):
            pass  # frames: images, not text
        else:
            if tag in (f"{{{TEXT}}}span", f"{{{TEXT}}}a"):
                out.append(child)  # marks where a labelled span starts
            _text(child, out)
            if tag in (f"{{{TEXT}}}span", f"{{{TEXT}}}a"):
                out.append(("end", child))  # type: ignore[arg-type]
        if child.tail:
            out.append(child.tail)


def _parents(root: etree._Element) -> dict[str, str]:
    parents = {}
    for style in root.iter(f"{{{STYLE}}}style"):
        parent = style.get(f"{{{STYLE}}}parent-style-name")
        if parent:
            parents[style.get(f"{{{STYLE}}}name")] = parent
    return parents


def _kind(name: str | None, parents: dict[str, str]) -> str:
    seen = 0
    while name in parents and not name.startswith("Release") and seen < 10:
        name, seen = parents[name], seen + 1
    return name or ""


def paragraph_units(paragraph: etree._Element, kind: str) -> list[str]:
    pieces: list = []
    _text(paragraph, pieces)
    fields: list[str] = [""]
    after_label = False
    for piece in pieces:
        if isinstance(piece, str):
            fields[-1] += piece
            after_label = False
        elif isinstance(piece, tuple):
            after_label = piece[1].get(_STYLE_NAME) in ("ReleaseMetaLabel", "ReleaseListLabel")
        elif piece.tag == f"{{{TEXT}}}tab":
            if after_label and kind == "ReleaseMeta":
                fields.append("")
            elif after_label and kind == "ReleaseListItem":
                fields[-1] += " " if paragraph_has_text_after(pieces, piece) else ""
            else:
                fields[-1] += "\t"
            after_label = False
    return [field for field in fields if field]


def paragraph_has_text_after(pieces: list, tab: etree._Element) -> bool:
    index = next(i for i, piece in enumerate(pieces) if piece is tab)
    return any(isinstance(piece, str) and piece for piece in pieces[index + 1 :])


def read_units(path: Path | str) -> list[str]:
    """The text units of an ODT export, in reading order."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("content.xml"))
    parents = _parents(root)
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    units: list[str] = []
    for paragraph in body.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
        if any(ancestor.tag.startswith(f"{{{DRAW}}}") for ancestor in paragraph.iterancestors()):
            continue
        kind = _kind(paragraph.get(_STYLE_NAME), parents)
        units.extend(paragraph_units(paragraph, kind))
    return units

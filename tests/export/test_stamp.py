"""The approval stamp and the approval metadata in every format, read back from what was written.

An approved copy carries the stamp line (a text unit, where the house style's `stamp_place` puts it) and, in each
format's own metadata, who approved which content: PDF info keys, DOCX custom properties, ODT user-defined meta,
HTML `meta` tags. Any other standing carries its watermark wording and no stamp, no approver.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pypdf
import pytest
from lxml import etree

from export.readers import READERS, SUFFIXES
from export.readers.units import reader_units
from releasedesk.approval import fingerprint, short_fingerprint, workflow
from releasedesk.errors import ExportError
from releasedesk.export import export_release
from releasedesk.export.docx import DocxOptions
from releasedesk.export.html import HtmlOptions
from releasedesk.export.odt import OdtOptions
from releasedesk.export.pdf import PdfOptions
from releasedesk.export.plan import build_plan, line_text
from releasedesk.export.style import DEFAULT_TEMPLATE, HouseStyle, template_from_dict
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.model.release import Release

TAIPEI = ZoneInfo("Asia/Taipei")
APPROVED_AT = datetime(2026, 11, 30, 14, 5, tzinfo=TAIPEI)
_ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def _approved() -> Release:
    release = load_sample("announcement")
    workflow.submit(release, "林美華", at=datetime(2026, 11, 30, 11, 40, tzinfo=TAIPEI))
    workflow.approve(release, "王小明", at=APPROVED_AT)
    return release


def _options(fmt: str, house: HouseStyle) -> object:
    if fmt == "pdf":
        return PdfOptions(template=house)
    if fmt == "docx":
        return DocxOptions(house=house)
    if fmt == "odt":
        return OdtOptions(house=house)
    return HtmlOptions(email=fmt == "html-email", house=house)  # the text writer reads its house style too


def _export_all(release: Release, folder: Path, house: HouseStyle = DEFAULT_TEMPLATE) -> dict[str, Path]:
    paths = {}
    for fmt, reader in READERS.items():
        paths[fmt] = folder / f"{fmt}{SUFFIXES.get(fmt, reader.SUFFIX)}"
        export_release(release, fmt, paths[fmt], lang="both", options=_options(fmt, house))  # type: ignore[arg-type]
    return paths


def pdf_properties(path: Path) -> dict[str, str]:
    metadata = pypdf.PdfReader(path).metadata or {}
    return {key[1:]: str(value) for key, value in metadata.items() if key.startswith("/ReleaseDesk")}


def docx_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        if "docProps/custom.xml" not in package.namelist():
            return {}
        root = etree.fromstring(package.read("docProps/custom.xml"))
        types = package.read("[Content_Types].xml").decode()
        rels = package.read("_rels/.rels").decode()
    assert "custom-properties+xml" in types
    assert 'Target="docProps/custom.xml"' in rels
    return {prop.get("name"): "".join(prop.itertext()) for prop in root}


def odt_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("meta.xml"))
    return {item.get(f"{{{_ODF_META}}}name"): item.text or "" for item in root.iter(f"{{{_ODF_META}}}user-defined")}


def html_properties(path: Path) -> dict[str, str]:
    root = etree.HTML(path.read_bytes())
    names = {"standing": "Standing", "fingerprint": "Fingerprint", "approver": "Approver", "approved-at": "ApprovedAt"}
    found = {}
    for meta in root.iter("meta"):
        name = meta.get("name") or ""
        if name.startswith("releasedesk-"):
            found["ReleaseDesk" + names[name.removeprefix("releasedesk-")]] = meta.get("content")
    return found


def test_an_approved_export_carries_the_stamp_and_its_metadata_in_every_format(tmp_path: Path) -> None:
    release = _approved()
    digest = fingerprint(release)
    paths = _export_all(release, tmp_path)
    plan = build_plan(release, "both")
    stamps = [line_text(section.stamp) for section in plan.sections]
    assert stamps == [
        f"{word} · 王小明 · 2026-11-30 14:05 · {short_fingerprint(digest)}" for word in ("核定", "Approved")
    ]
    for fmt, reader in READERS.items():
        units = reader.read_units(paths[fmt])
        expected = reader_units(plan, reader)
        if reader.WRAPS:
            units = ["".join(units)]  # the PDF may wrap a unit; its characters and order are what count
            expected = ["".join(expected)]
        assert units == expected, fmt  # the stamp is the unit after the meta rows, before the headline
        read = "".join(units)
        assert all(
            0 <= read.index(stamp) < read.index(line_text(s.headline))
            for stamp, s in zip(stamps, plan.sections, strict=True)
        ), fmt
    expected_properties = {
        "ReleaseDeskStanding": "approved",
        "ReleaseDeskFingerprint": digest,
        "ReleaseDeskApprover": "王小明",
        "ReleaseDeskApprovedAt": "2026-11-30T14:05:00+08:00",
    }
    assert pdf_properties(paths["pdf"]) == expected_properties
    assert docx_properties(paths["docx"]) == expected_properties
    assert odt_properties(paths["odt"]) == expected_properties
    assert html_properties(paths["html"]) == expected_properties
    assert html_properties(paths["html-email"]) == expected_properties


def test_changed_after_approval_has_no_stamp_no_approver_and_names_its_state(tmp_path: Path) -> None:
    release = _approved()
    release.content["en"].headline += " (corrected)"
    paths = _export_all(release, tmp_path)
    for fmt, reader in READERS.items():
        read = "".join(reader.read_units(paths[fmt]))
        assert "王小明" not in read, fmt
        assert "核定" not in read, fmt
        assert "Approved ·" not in read, fmt
        assert "CHANGED AFTER APPROVAL" not in read, fmt  # the watermark is never a text unit
    changed = {"ReleaseDeskStanding": "changed_after_approval", "ReleaseDeskFingerprint": fingerprint(release)}
    for read_properties, fmt in ((pdf_properties, "pdf"), (docx_properties, "docx"), (odt_properties, "odt")):
        assert read_properties(paths[fmt]) == changed, fmt
    assert html_properties(paths["html"]) == changed
    assert paths["txt"].read_text(encoding="utf-8").startswith("*** CHANGED AFTER APPROVAL ***\n")


def test_the_house_style_moves_the_stamp_to_the_end_of_each_section(tmp_path: Path) -> None:
    release = _approved()
    house = replace(DEFAULT_TEMPLATE, stamp_place="end", stamp_en="Approved by {approver} at {time}")
    paths = _export_all(release, tmp_path, house)
    plan = build_plan(release, "both", stamp_format={"en": house.stamp_en})
    assert line_text(plan.sections[1].stamp) == "Approved by 王小明 at 2026-11-30 14:05"
    for fmt, reader in READERS.items():
        units = reader.read_units(paths[fmt])
        expected = reader_units(plan, reader, stamp_place="end")
        if reader.WRAPS:
            units, expected = ["".join(units)], ["".join(expected)]
        assert units == expected, fmt
        read = "\n".join(reader.read_units(paths[fmt]))
        assert read.rstrip().endswith("Approved by 王小明 at 2026-11-30 14:05"), fmt  # the last line of English


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"stamp_place": "footer"}, "stamp_place must be one of meta, end"),
        ({"stamp_zh": "{approver} {who}"}, "may use only {approver}, {time} and {fingerprint}"),
        ({"stamp_en": 3}, "stamp_en must be text"),
    ],
)
def test_a_bad_stamp_setting_is_one_clear_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(ExportError, match=message.replace("{", r"\{").replace("}", r"\}")):
        template_from_dict(data)

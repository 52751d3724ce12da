"""The plan carries the derived standing to every writer: watermark text, the approval stamp and its metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf

from releasedesk.approval import fingerprint, short_fingerprint, workflow
from releasedesk.export import export_release
from releasedesk.export.plan import build_plan, line_text
from releasedesk.model.release import Release, Status
from releasedesk.samples import load_sample

from .conftest import APPROVED_AT, make_approved


def test_approved_plan_has_the_stamp_in_both_languages_and_no_watermark(approved: Release) -> None:
    plan = build_plan(approved, "both")
    digest = short_fingerprint(fingerprint(approved))
    assert plan.state.watermark is None and plan.state.status == Status.APPROVED
    assert plan.state.standing == "approved"
    assert plan.state.fingerprint == fingerprint(approved) and plan.state.approver == "王小明"
    assert plan.state.approved_at == APPROVED_AT
    stamps = {section.lang: line_text(section.stamp) for section in plan.sections}
    assert stamps == {
        "zh-TW": f"核定 · 王小明 · 2026-11-30 14:05 · {digest}",
        "en": f"Approved · 王小明 · 2026-11-30 14:05 · {digest}",
    }


def test_the_template_words_the_stamp(approved: Release) -> None:
    formats = {"zh-TW": "{approver} 核定 {fingerprint}", "en": "OK {time}"}
    plan = build_plan(approved, "both", stamp_format=formats)
    assert [line_text(s.stamp) for s in plan.sections] == [
        f"王小明 核定 {short_fingerprint(fingerprint(approved))}",
        "OK 2026-11-30 14:05",
    ]


def test_every_other_standing_names_itself_and_has_no_stamp(draft: Release) -> None:
    def state() -> tuple[str | None, str, list[str]]:
        plan = build_plan(draft, "both")
        return plan.state.watermark, plan.state.approver, [line_text(s.stamp) for s in plan.sections]

    draft.status = Status.APPROVED  # typed by hand: not approved
    assert state() == ("DRAFT", "", ["", ""])
    workflow.submit(draft, "林美華")
    assert state() == ("IN REVIEW", "", ["", ""])
    workflow.approve(draft, "王小明")
    draft.content["zh-TW"].headline += "（更正）"
    assert state() == ("CHANGED AFTER APPROVAL", "", ["", ""])


def test_signed_approver_carries_the_key_id(tmp_path: Path) -> None:
    from releasedesk.approval import signing

    signing.new_key_pair("王小明", tmp_path / "k")
    release = make_approved(load_sample("announcement"), key=signing.load_private_key(tmp_path / "k"))
    plan = build_plan(release, "en")
    assert plan.state.approver.startswith("王小明 (ed25519:")


def test_current_writers_draw_the_derived_watermark(tmp_path: Path, approved: Release) -> None:
    """The writers on main draw the watermark text from layout.watermark, which now follows the approval state."""
    approved.number += "-changed"
    pdf, docx = tmp_path / "changed.pdf", tmp_path / "changed.docx"
    export_release(approved, "pdf", pdf, lang="en")
    export_release(approved, "docx", docx, lang="en")
    assert "CHANGED AFTER APPROVAL" in pypdf.PdfReader(pdf).pages[0].extract_text()
    with zipfile.ZipFile(docx) as archive:
        headers = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header"))
    assert "CHANGED AFTER APPROVAL" in headers

    approved.number = approved.number.removesuffix("-changed")
    export_release(approved, "pdf", pdf, lang="en")
    export_release(approved, "docx", docx, lang="en")
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "CHANGED AFTER APPROVAL" not in text and "DRAFT" not in text
    with zipfile.ZipFile(docx) as archive:
        headers = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header"))
    assert "DRAFT" not in headers and "CHANGED" not in headers

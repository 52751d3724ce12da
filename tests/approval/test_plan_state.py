"""The plan carries the derived standing to every writer: watermark text, the approval stamp and its metadata."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from releasedesk.approval import fingerprint, short_fingerprint, workflow
from releasedesk.export import export_release
from releasedesk.export.plan import Plan, build_plan, line_text
from releasedesk.model.release import Release, Status
from releasedesk.samples import load_sample

from .conftest import APPROVED_AT, make_approved

if TYPE_CHECKING:
    from pathlib import Path


def test_approved_plan_has_the_stamp_in_both_languages_and_no_watermark(approved: Release) -> None:
    plan = build_plan(approved, "both")
    digest = short_fingerprint(fingerprint(approved))
    assert plan.state.watermark is None
    assert plan.state.status == Status.APPROVED
    assert plan.state.standing == "approved"
    assert plan.state.fingerprint == fingerprint(approved)
    assert plan.state.approver == "王小明"
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


def _watermark_mask(pdf: bytes, folder: Path) -> set[tuple[int, int]]:
    from export.pdf.pdf_reread import render_png, watermark_pixels

    return set(watermark_pixels(render_png(pdf, folder, dpi=30)))


def _drawn_alone(mark: str, plan: Plan) -> bytes:
    """A blank page with only the PDF writer's watermark of `mark`: the reference the exported page is held to."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from releasedesk.export.pdf import font_set
    from releasedesk.export.pdf.page import PageDecorator
    from releasedesk.export.style import DEFAULT_TEMPLATE

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=DEFAULT_TEMPLATE.page_size_points)
    PageDecorator(plan, DEFAULT_TEMPLATE, font_set(DEFAULT_TEMPLATE.fonts))._draw_watermark(canvas, mark)  # noqa: SLF001 - the watermark alone, without a whole document
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_current_writers_draw_the_derived_watermark(tmp_path: Path, approved: Release) -> None:
    """Every writer's watermark follows the derived state, never the typed status.

    The PDF draws it as glyph outlines (never extractable text), so its page is compared by pixels with the same
    outlines drawn alone for each wording; DOCX, ODT, HTML and text carry the wording as page furniture.
    """
    from releasedesk.export.pdf import PdfOptions
    from releasedesk.export.style import DEFAULT_TEMPLATE

    def export(fmt: str, suffix: str) -> Path:
        path = tmp_path / f"out{suffix}"
        options = PdfOptions(template=DEFAULT_TEMPLATE) if fmt == "pdf" else None
        export_release(approved, fmt, path, lang="en", options=options)  # type: ignore[arg-type]
        return path

    def furniture() -> dict[str, str]:
        with zipfile.ZipFile(export("docx", ".docx")) as archive:
            docx = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header"))
        with zipfile.ZipFile(export("odt", ".odt")) as archive:
            odt = archive.read("styles.xml").decode()
        html = export("html", ".html").read_text(encoding="utf-8")
        email = export("html-email", ".email.html").read_text(encoding="utf-8")
        text = export("txt", ".txt").read_text(encoding="utf-8").split("\n", 1)[0]
        return {"docx": docx, "odt": odt, "html": html, "html-email": email, "txt": text}

    approved.status = Status.APPROVED  # typed; the content changes below, so it is not approved
    approved.number += "-changed"
    plan = build_plan(approved, "en")
    assert plan.state.watermark == "CHANGED AFTER APPROVAL"
    page = _watermark_mask(export("pdf", ".pdf").read_bytes(), tmp_path)
    changed = _watermark_mask(_drawn_alone("CHANGED AFTER APPROVAL", plan), tmp_path)
    draft = _watermark_mask(_drawn_alone("DRAFT", plan), tmp_path)
    assert len(page) > 150
    # the page's pink is the reference wording's, less what text covers; DRAFT's outlines cover other pixels
    assert len(page & changed) >= 0.9 * len(page)
    assert len(page & changed) >= 0.6 * len(changed)
    assert len(page & draft) < 0.6 * len(page)
    for fmt, written in furniture().items():
        assert "CHANGED AFTER APPROVAL" in written, fmt
        assert "DRAFT" not in written, fmt

    approved.number = approved.number.removesuffix("-changed")  # undone: approved again, nothing drawn
    assert build_plan(approved, "en").state.watermark is None
    assert len(_watermark_mask(export("pdf", ".pdf").read_bytes(), tmp_path)) < 20
    for fmt, written in furniture().items():
        assert "CHANGED AFTER APPROVAL" not in written, fmt
        assert "DRAFT" not in written, fmt

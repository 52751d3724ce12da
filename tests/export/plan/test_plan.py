"""The plan decides once: list labels, scripts, dateline, end marks, links, cleaned text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from releasedesk.approval import workflow
from releasedesk.export.plan import (
    FigureBlock,
    ListItemBlock,
    ParagraphBlock,
    build_plan,
    line_text,
)
from releasedesk.export.plan.lists import list_labels
from releasedesk.export.plan.scripts import split_by_script
from releasedesk.model import Bilingual, Figure, LanguageContent, ListItem, Paragraph, Release, Status
from releasedesk.model.richtext import text
from releasedesk.samples import load_sample, sample_names


def _release(zh: list | None = None, en: list | None = None, **fields: object) -> Release:
    content = {}
    if zh is not None:
        content["zh-TW"] = LanguageContent(headline="標題", body=zh)
    if en is not None:
        content["en"] = LanguageContent(headline="Headline", body=en)
    release = Release(
        agency=Bilingual("數位發展部", "Ministry of Digital Affairs"),
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        content=content,
    )
    for name, value in fields.items():
        setattr(release, name, value)
    return release


def test_numbered_list_after_bulleted_list_starts_at_one():
    blocks = [
        ListItem(False, 0, (text("a"),)),
        ListItem(False, 0, (text("b"),)),
        ListItem(True, 0, (text("c"),)),
        ListItem(True, 0, (text("d"),)),
    ]
    assert list(list_labels(blocks)) == ["•", "•", "1.", "2."]


def test_nested_levels_restart_under_a_new_parent_and_after_other_blocks():
    blocks = [
        ListItem(True, 0, (text("a"),)),
        ListItem(True, 1, (text("a1"),)),
        ListItem(True, 1, (text("a2"),)),
        ListItem(True, 0, (text("b"),)),
        ListItem(True, 1, (text("b1"),)),
        ListItem(True, 2, (text("b1i"),)),
        Paragraph((text("p"),)),
        ListItem(True, 0, (text("c"),)),
    ]
    assert list(list_labels(blocks)) == ["1.", "a.", "b.", "2.", "a.", "i.", None, "1."]


def test_quotes_around_latin_names_inside_chinese_follow_their_neighbours():
    pieces = split_by_script("由 Raynold “Arnold” Oilouch 主持「會議」", "cjk")
    assert "".join(piece for piece, _ in pieces) == "由 Raynold “Arnold” Oilouch 主持「會議」"
    scripts = {}
    for piece, script in pieces:
        for char in piece:
            scripts.setdefault(char, set()).add(script)
    assert scripts["“"] == scripts["”"] == {"latin"}
    assert scripts["「"] == scripts["」"] == {"cjk"}


def test_ideographic_and_no_break_spaces_survive_exactly():
    body = [Paragraph((text("甲\u3000乙  丙\u00a0丁"),))]
    plan = build_plan(_release(zh=body), "zh-TW")
    paragraph = plan.sections[0].body[0]
    assert isinstance(paragraph, ParagraphBlock)
    assert line_text(paragraph.runs) == "甲\u3000乙  丙\u00a0丁"


def test_empty_end_mark_is_empty_and_a_set_one_is_kept():
    release = _release(zh=[], en=[], end_mark=Bilingual("", "-end-"))
    sections = build_plan(release, "both").sections
    assert [line_text(section.end_mark) for section in sections] == ["", "-end-"]


def test_english_dateline_without_paragraph_stands_alone_and_otherwise_leads_the_first():
    release = _release(en=[ListItem(False, 0, (text("x"),))], dateline=Bilingual("臺北", "TAIPEI"))
    body = build_plan(release, "en").sections[0].body
    assert isinstance(body[0], ParagraphBlock)
    assert body[0].runs == ()
    assert line_text(body[0].lead).startswith("TAIPEI, Nov. 24")
    release.content["en"].body = [Paragraph((text("First."),))]
    body = build_plan(release, "en").sections[0].body
    assert len(body) == 1
    assert line_text(body[0].runs) == "First."
    assert line_text(body[0].lead).endswith(" ")
    assert line_text(body[0].lead).startswith("TAIPEI")


def test_links_outside_the_policy_become_plain_text_and_are_reported():
    hrefs = ["https://moda.gov.tw", "file:///etc/passwd", "\\\\host\\share", "javascript:alert(1)", "ftp://x.tw"]
    body = [Paragraph(tuple(text(f"link{index} ", href=href) for index, href in enumerate(hrefs)))]
    plan = build_plan(_release(en=body), "en")
    runs = plan.sections[0].body[0].runs
    assert [run.href for run in runs if run.href] == ["https://moda.gov.tw"]
    assert line_text(runs) == "link0 link1 link2 link3 link4 "
    assert [dropped.href for dropped in plan.dropped_links] == hrefs[1:]


def test_control_characters_are_cleaned_once_in_the_plan():
    plan = build_plan(_release(zh=[Paragraph((text("a\x00b\x1bc"),))]), "zh-TW")
    assert line_text(plan.sections[0].body[0].runs) == "abc"


def test_missing_figure_keeps_its_caption_and_names_the_image():
    plan = build_plan(_release(en=[Figure("img-9", (text("Caption"),))]), "en")
    figure = plan.sections[0].body[0]
    assert isinstance(figure, FigureBlock)
    assert figure.image is None
    assert line_text(figure.caption) == "Caption"
    assert "img-9" in figure.placeholder


def test_watermark_names_the_derived_state_and_approved_has_none():
    release = _release(en=[])
    release.status = Status.APPROVED  # typed, not recorded: not approved
    assert build_plan(release, "en").state.watermark == "DRAFT"
    workflow.submit(release, "alice")
    assert build_plan(release, "en").state.watermark == "IN REVIEW"
    workflow.approve(release, "bob")
    assert build_plan(release, "en").state.watermark is None
    release.number += "x"
    assert build_plan(release, "en").state.watermark == "CHANGED AFTER APPROVAL"


def test_other_language_agency_only_on_bilingual_exports():
    release = _release(zh=[], en=[])
    assert line_text(build_plan(release, "en").sections[0].letterhead.agency_other) == ""
    both = build_plan(release, "both").sections
    assert line_text(both[1].letterhead.agency_other) == "數位發展部"


def test_every_sample_plans_with_labels_for_every_list_item():
    for name in sample_names():
        plan = build_plan(load_sample(name), "both")
        for section in plan.sections:
            for block in section.body:
                if isinstance(block, ListItemBlock):
                    assert block.label


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.APPROVED])
def test_a_draft_plan_has_the_same_standing_and_skips_only_an_unneeded_fingerprint(status):
    """The preview's drafts do not hash the release unless an approval is compared with it."""
    from dataclasses import replace as replaced

    from approved import with_standing
    from releasedesk.export.plan import plan_release
    from releasedesk.samples import load_sample

    release = with_standing(load_sample("announcement"), status)
    full, draft = plan_release(release, invariant=True), plan_release(release, invariant=True, draft=True)
    assert full.state.fingerprint.startswith("sha256:")
    expected = full.state if status == Status.APPROVED else replaced(full.state, fingerprint="")
    assert draft.state == expected
    assert draft.sections == full.sections

"""Approved is derived: every edit of what prints ends it, undoing the edit restores it, nothing else touches it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from releasedesk.approval import Standing, approval_state, fingerprint, workflow
from releasedesk.approval.canonical import canonical_bytes
from releasedesk.model.history import EventKind
from releasedesk.model.release import Contact, Image, Release, Status
from releasedesk.model.richtext import Figure, Heading, Mark, Paragraph, Quote, text

Edit = Callable[[Release], None]


def _set_text_run(lang: str, index: int, new: str) -> Edit:
    def edit(release: Release) -> None:
        body = release.content[lang].body  # type: ignore[index]
        block = body[index]
        assert isinstance(block, Paragraph | Heading | Quote)
        body[index] = replace(block, runs=(text(new),))

    return edit


def _image_bytes(release: Release) -> None:
    image = release.images[1]
    release.images[1] = Image(image.id, image.mime_type, image.data + b"\0", image.alt)


def _logo_bytes(release: Release) -> None:
    logo = release.images[0]
    release.images[0] = Image(logo.id, logo.mime_type, logo.data[:-1] + b"\1", logo.alt)


def _figure_caption(lang: str) -> Edit:
    def edit(release: Release) -> None:
        body = release.content[lang].body  # type: ignore[index]
        index = next(i for i, b in enumerate(body) if isinstance(b, Figure))
        body[index] = Figure(body[index].image_id, (text("new caption"),))  # type: ignore[union-attr]

    return edit


EDITS: dict[str, Edit] = {
    "agency zh": lambda r: setattr(r.agency, "zh", r.agency.zh + "署"),
    "agency en": lambda r: setattr(r.agency, "en", r.agency.en.replace("Digital", "Data")),
    "unit en": lambda r: setattr(r.unit, "en", "Other Department"),
    "number": lambda r: setattr(r, "number", r.number + "-2"),
    "release time": lambda r: setattr(r, "issued_at", r.issued_at + timedelta(hours=1)),
    "time zone only": lambda r: setattr(r, "issued_at", r.issued_at.astimezone(ZoneInfo("Asia/Tokyo"))),
    "embargo": lambda r: setattr(r, "embargo_until", datetime(2026, 12, 1, 8, 0, tzinfo=ZoneInfo("Asia/Taipei"))),
    "dateline zh": lambda r: setattr(r.dateline, "zh", "高雄"),
    "end mark en": lambda r: setattr(r.end_mark, "en", "-30-"),
    "headline zh": lambda r: setattr(r.content["zh-TW"], "headline", r.content["zh-TW"].headline + "！"),
    "subheadline en": lambda r: setattr(r.content["en"], "subheadline", "Fares rise 50%"),
    "body en first paragraph": _set_text_run("en", 0, "Fares rise 50%"),
    "body zh first paragraph": _set_text_run("zh-TW", 0, "票價調漲百分之五十"),
    "body block removed": lambda r: r.content["en"].body.pop(),
    "body bold added": lambda r: r.content["en"].body.__setitem__(
        0,
        Paragraph(
            tuple(replace(run, marks=frozenset({*run.marks, Mark.BOLD})) for run in r.content["en"].body[0].runs)
        ),  # type: ignore[union-attr,arg-type]
    ),
    "boilerplate en": lambda r: setattr(r.content["en"], "boilerplate", "About us."),
    "figure caption zh": _figure_caption("zh-TW"),
    "whole language removed": lambda r: r.content.pop("en"),
    "contact name en": lambda r: setattr(r.contacts[0].name, "en", "Someone Else"),
    "contact printed phone": lambda r: setattr(r.contacts[0], "office_phone", "(02) 0000-0000"),
    "contact mobile now printed": lambda r: setattr(r.contacts[0], "print_mobile", True),
    "contact email": lambda r: setattr(r.contacts[1], "email", "x@example.org"),
    "contact added": lambda r: r.contacts.append(Contact()),
    "image bytes": _image_bytes,
    "image alt text": lambda r: setattr(r.images[1].alt, "zh", "另一段說明"),
    "logo bytes": _logo_bytes,
    "logo removed": lambda r: setattr(r, "logo_image_id", None),
}


@pytest.mark.parametrize("name", EDITS)
def test_every_edit_ends_the_approval_and_undo_restores_it(approved: Release, name: str) -> None:
    assert approval_state(approved).standing == Standing.APPROVED
    before = copy.deepcopy(approved)
    EDITS[name](approved)
    state = approval_state(approved)
    assert state.standing == Standing.CHANGED
    assert not state.approved
    assert state.watermark == "CHANGED AFTER APPROVAL"
    assert "王小明" in state.reason
    assert "changed after approval" in state.reason
    # "Undo": the earlier content, with the same history, is approved again by itself.
    undone = replace(before, history=approved.history)
    assert approval_state(undone).standing == Standing.APPROVED


def _unprinted_mobile(release: Release) -> None:
    assert not release.contacts[0].print_mobile
    release.contacts[0].mobile = "0900-000-000"


NOT_PRINTED: dict[str, Edit] = {
    "typed status": lambda r: setattr(r, "status", Status.DRAFT),
    "directory link": lambda r: setattr(r.contacts[0], "directory_uid", "6f1c1d1e-0000-4000-8000-000000000000"),
    "directory stamp": lambda r: setattr(r.contacts[0], "directory_updated", "2026-12-01T00:00:00"),
    "a mobile number that is not printed": _unprinted_mobile,
    "runs split differently": lambda r: r.content["en"].body.__setitem__(
        0,
        Paragraph(
            (
                text(r.content["en"].body[0].runs[0].text[:3]),
                text(r.content["en"].body[0].runs[0].text[3:]),
                *r.content["en"].body[0].runs[1:],
            )
        ),  # type: ignore[union-attr]
    ),
    "an unused image": lambda r: r.images.append(Image("spare", "image/png", b"\x89PNG unused")),
}


@pytest.mark.parametrize("name", NOT_PRINTED)
def test_what_is_not_printed_does_not_touch_the_approval(approved: Release, name: str) -> None:
    NOT_PRINTED[name](approved)
    assert approval_state(approved).standing == Standing.APPROVED


def test_a_typed_approved_is_not_approved(draft: Release) -> None:
    draft.status = Status.APPROVED
    state = approval_state(draft)
    assert state.standing == Standing.DRAFT
    assert not state.approved
    assert state.reason == "no approval: marked approved without an approval record"
    assert state.watermark == "DRAFT"


def test_fingerprint_ignores_key_order_and_whitespace_but_not_content(draft: Release) -> None:
    canonical = {"b": [1, True, None], "a": {"y": '中文\n"', "x": ""}}
    reordered = {"a": {"x": "", "y": '中文\n"'}, "b": [1, True, None]}
    assert canonical_bytes(canonical) == canonical_bytes(reordered)
    assert canonical_bytes(canonical) == '{"a":{"x":"","y":"中文\\u000a\\""},"b":[1,true,null]}'.encode()
    assert fingerprint(draft) == fingerprint(copy.deepcopy(draft))


def test_the_documented_canonical_form_is_stable() -> None:
    """A golden fingerprint: if this changes, every approval ever recorded breaks — make a new CANON instead."""
    release = Release(issued_at=datetime(2026, 11, 30, 14, 5, tzinfo=ZoneInfo("Asia/Taipei")))
    release.number = "MODS-1"
    expected = (
        '{"agency":{"en":"","zh-TW":""},"canon":"releasedesk-content-1","contacts":[],"content":{},'
        '"dateline":{"en":"","zh-TW":""},"embargo_until":null,"end_mark":{"en":"###","zh-TW":"###"},'
        '"images":{},"issued_at":{"fold":0,"local":"2026-11-30T14:05:00","tz":"Asia/Taipei"},'
        '"logo_image_id":null,"number":"MODS-1","unit":{"en":"","zh-TW":""}}'
    )
    from releasedesk.approval.canonical import canonical_content

    assert canonical_bytes(canonical_content(release)).decode() == expected
    import hashlib

    assert fingerprint(release) == "sha256:" + hashlib.sha256(expected.encode()).hexdigest()


def test_workflow_steps_and_their_standing(draft: Release) -> None:
    assert approval_state(draft).standing == Standing.DRAFT
    workflow.submit(draft, "林美華")
    assert approval_state(draft).standing == Standing.IN_REVIEW
    assert draft.status == Status.IN_REVIEW
    with pytest.raises(workflow.WorkflowError, match="note is required"):
        workflow.return_for_changes(draft, "王小明", " ")
    workflow.return_for_changes(draft, "王小明", "Check the fares figure")
    state = approval_state(draft)
    assert state.standing == Standing.RETURNED
    assert "Check the fares figure" in state.reason
    with pytest.raises(workflow.WorkflowError, match="submit it for review first"):
        workflow.approve(draft, "王小明")
    workflow.submit(draft, "林美華")
    draft.number += "-edited"  # changed after submission: the approver would approve unseen text
    with pytest.raises(workflow.WorkflowError, match="changed after it was submitted"):
        workflow.approve(draft, "王小明")
    workflow.submit(draft, "林美華")
    workflow.approve(draft, "王小明", note="OK to publish")
    assert approval_state(draft).approved
    assert draft.status == Status.APPROVED
    kinds = [event.kind for event in draft.history.events]
    assert kinds == [
        EventKind.SUBMITTED,
        EventKind.RETURNED,
        EventKind.SUBMITTED,
        EventKind.SUBMITTED,
        EventKind.APPROVED,
    ]


def test_two_person_rule(draft: Release) -> None:
    workflow.submit(draft, "wang")
    with pytest.raises(workflow.WorkflowError, match="two-person rule: wang submitted it"):
        workflow.approve(draft, " Wang ")
    assert not approval_state(draft).approved
    workflow.approve(draft, "wang", two_person=False)  # the office turned the rule off
    assert approval_state(draft).approved


def test_default_user_is_the_login_name() -> None:
    import getpass

    assert workflow.default_user() == getpass.getuser()

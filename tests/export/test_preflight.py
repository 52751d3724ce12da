"""Preflight: the problems a person wants to know before exporting, each on one readable line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from export.pdf.pdf_test_releases import png_bytes, sample_release
from releasedesk.export.pdf import PdfOptions
from releasedesk.export.pdf.template import FontConfig
from releasedesk.export.preflight import PreflightIssue, preflight
from releasedesk.model.release import Image, LanguageContent
from releasedesk.model.richtext import Figure, Paragraph, text
from releasedesk.samples import load_sample, sample_names

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=ZoneInfo("Asia/Taipei"))


def codes(issues: list[PreflightIssue]) -> list[str]:
    return [issue.code for issue in issues]


@pytest.mark.parametrize("name", sample_names())
def test_bundled_samples_are_clean(name):
    assert preflight(load_sample(name), "both", formats=("pdf", "docx"), now=NOW) == []


def test_the_built_release_is_clean_for_both_formats():
    assert preflight(sample_release(), "both", formats=("pdf", "docx"), now=NOW) == []


def test_issue_is_one_readable_line():
    issue = PreflightIssue("en headline", "missing", "missing-headline")
    assert str(issue) == "en headline: missing"
    with pytest.raises(AttributeError):
        issue.where = "x"  # type: ignore[misc]


def test_missing_headline_and_contacts_only_in_exported_languages():
    release = sample_release()
    release.content["en"].headline = "  "
    release.contacts = []
    issues = preflight(release, "zh-TW", formats=("pdf",), now=NOW)
    assert [str(issue) for issue in issues] == ["zh-TW media contacts: none to print"]
    issues = preflight(release, "both", formats=("pdf",), now=NOW)
    assert [str(issue) for issue in issues] == [
        "zh-TW media contacts: none to print",
        "en headline: missing",
        "en media contacts: none to print",
    ]


def test_contacts_with_nothing_printable_count_as_missing():
    release = sample_release()
    for contact in release.contacts:
        contact.name.zh = contact.name.en = contact.title.zh = contact.title.en = contact.email = ""
        contact.print_office_phone = contact.print_mobile = False
    assert "missing-contacts" in codes(preflight(release, "en", formats=(), now=NOW))


def test_embargo_in_the_past_is_reported_and_a_future_one_is_not():
    release = sample_release(embargo=True)  # embargo 2026-11-25 09:30 Taipei
    assert "embargo-past" not in codes(preflight(release, "both", formats=(), now=NOW))
    later = datetime(2026, 11, 26, tzinfo=ZoneInfo("UTC"))
    issues = preflight(release, "both", formats=(), now=later)
    assert [str(issue) for issue in issues if issue.code == "embargo-past"] == [
        "embargo: 2026-11-25T09:30+08:00 has already passed"
    ]


def test_images_too_small_for_150_dpi_at_column_width():
    release = sample_release()
    release.images.append(Image("small", "image/png", png_bytes(400, 300)))
    release.content["en"].body.append(Figure("small", (text("small"),)))
    issues = [issue for issue in preflight(release, "en", formats=(), now=NOW) if issue.code == "image-resolution"]
    assert len(issues) == 1
    assert str(issues[0]) == (
        "image 'small' (en body, block 10): 400 px wide prints at 61 dpi across the column (150 dpi needs 980 px)"
    )
    assert preflight(release, "zh-TW", formats=(), now=NOW) == []  # only figures in exported languages


def test_unreadable_image_and_logo():
    release = sample_release()
    release.images.append(Image("broken", "image/png", b"not an image"))
    release.content["en"].body.append(Figure("broken"))
    release.logo_image_id = "broken"
    issues = preflight(release, "en", formats=("pdf",), now=NOW)
    assert [str(issue) for issue in issues if issue.code == "image-unreadable"] == [
        "image 'broken' (en body, block 10): cannot be read as an image",
        "logo 'broken': cannot be read as an image",
    ]


def test_characters_clean_text_drops_are_named_with_where_they_are():
    release = sample_release()
    release.content["zh-TW"].body.insert(0, Paragraph((text("鈴\x07聲\x1b"),)))
    release.content["zh-TW"].subheadline = "副標\x00"
    issues = [str(issue) for issue in preflight(release, "zh-TW", formats=("docx",), now=NOW)]
    assert issues == [
        "zh-TW subheadline: will be removed on export: U+0000",
        "zh-TW body, paragraph 1: will be removed on export: U+0007, U+001B",
    ]


def test_characters_no_pdf_font_has_are_listed_only_for_pdf():
    release = sample_release()
    release.content["en"].body.append(Paragraph((text("ok 👍 and \U0001f9a9 and 👍 again"),)))
    release.contacts[0].name.en = "Ada 🦩"
    pdf = [str(issue) for issue in preflight(release, "en", formats=("pdf",), now=NOW)]
    assert pdf == [
        "en body, paragraph 3: no PDF font can draw U+1F44D '👍', U+1F9A9 '🦩'",
        "en media contact 1: no PDF font can draw U+1F9A9 '🦩'",
    ]
    assert preflight(release, "en", formats=("docx",), now=NOW) == []


def test_configured_fonts_decide_what_can_be_drawn():
    release = sample_release()
    release.content["zh-TW"].body.append(Paragraph((text("罕見字 𠀋"),)))
    assert preflight(release, "zh-TW", formats=("pdf",), now=NOW) == []
    narrow = PdfOptions(fonts=FontConfig(cjk_fallbacks=(), symbol_fallbacks=()))
    issues = preflight(release, "zh-TW", formats=("pdf",), pdf_options=narrow, now=NOW)
    assert [issue.code for issue in issues] == ["no-glyph"]
    assert "U+2000B" in str(issues[0])


def test_a_missing_configured_font_is_reported_not_raised():
    options = PdfOptions(fonts=FontConfig(cjk="No Such Font TW"))
    issues = preflight(sample_release(), "both", formats=("pdf",), pdf_options=options, now=NOW)
    assert codes(issues) == ["font-missing"]
    assert "'No Such Font TW' is not installed" in str(issues[0])


def test_a_language_the_release_lacks():
    release = sample_release()
    del release.content["en"]
    assert str(preflight(release, "en", formats=("pdf",), now=NOW)[0]) == "release: has no en text to export"
    release.content = {"en": LanguageContent(headline="x")}
    assert codes(preflight(release, "zh-TW", formats=(), now=NOW)) == ["missing-language"]


def test_a_contact_without_a_name_in_the_language_is_reported():
    release = sample_release()
    release.contacts[1].name.zh = ""  # prints "David Lin Press Officer"-style in the Chinese section
    issues = [issue for issue in preflight(release, "both", formats=(), now=NOW)]
    found = [str(issue) for issue in issues if issue.code == "contact-name-other-language"]
    assert found == ["zh-TW media contact 2: has no name in this language; the English one is printed"]
    assert issues[[i.code for i in issues].index("contact-name-other-language")].place.index == 2
    release.contacts[1].name.en = ""  # no name at all: nothing is borrowed, nothing to report here
    assert "contact-name-other-language" not in codes(preflight(release, "both", formats=(), now=NOW))

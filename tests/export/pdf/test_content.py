"""The PDF says everything the release says: re-read with poppler and compared with the model."""

from __future__ import annotations

import pytest

from export.pdf.pdf_reread import (
    body_text,
    page_texts,
    pdftotext,
    printed_paragraphs,
    render_png,
    split_pages,
    squash,
    watermark_pixels,
)
from export.pdf.pdf_test_releases import named_release, release_names, sample_release
from releasedesk.export import layout
from releasedesk.export.pdf import render_pdf
from releasedesk.model.release import Status
from releasedesk.model.richtext import Paragraph, plain_text


@pytest.mark.parametrize("name", release_names())
@pytest.mark.parametrize("lang", ["both", "zh-TW", "en"])
def test_every_paragraph_of_every_exported_language_is_in_the_text(name, lang):
    release = named_release(name)
    langs = layout.section_languages(release, lang)
    if not langs:
        pytest.skip(f"{name} has no {lang} text")
    text = body_text(render_pdf(release, lang=lang), release)
    for section in langs:
        for paragraph in printed_paragraphs(release, section):
            assert squash(paragraph) in text, f"{section}: {paragraph[:60]!r} missing"
    for other in set(release.languages) - set(langs):
        headline = release.content[other].headline
        assert squash(headline) not in text


@pytest.mark.parametrize("name", release_names())
def test_meta_block_contacts_end_mark_and_dateline_are_printed(name):
    release = named_release(name)
    text = body_text(render_pdf(release, lang="both"), release)
    for lang in release.languages:
        for line in layout.meta_lines(release, lang):
            assert squash(line.label) in text
            assert squash(line.value) in text
        assert squash(layout.release_line(release, lang)) in text
        assert squash(layout.label("news_release", lang)) in text
        for contact in layout.printable_contacts(release, lang):
            assert squash(contact.name) in text
            for detail in contact.details:
                assert squash(detail) in text
        dateline = layout.dateline(release, lang)
        if dateline:
            first = next(block for block in release.content[lang].body if isinstance(block, Paragraph))
            assert squash(dateline + plain_text(first.runs)[:30]) in text, "the dateline leads the first paragraph"


def test_numbers_not_cleared_for_print_are_left_out(release):
    release.contacts[0].print_mobile = False
    text = squash(pdftotext(render_pdf(release)))
    assert squash(release.contacts[0].mobile) not in text
    assert squash(release.contacts[0].office_phone) in text


def test_chinese_comes_first_and_english_starts_on_a_new_page(release):
    pages = page_texts(render_pdf(release, lang="both"))
    english_start = next(i for i, page in enumerate(pages) if release.content["en"].headline[:30] in page)
    assert english_start > 0
    assert "新聞稿" in pages[0]
    assert all("NEWS RELEASE" not in page for page in pages[:english_start])
    assert "NEWS RELEASE" in pages[english_start]


@pytest.mark.parametrize("name", release_names())
def test_every_page_says_page_x_of_y_in_its_language_with_the_release_number(name):
    release = named_release(name)
    pages = page_texts(render_pdf(release, lang="both"))
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        footers = {squash(layout.page_footer(lang, number, total, release.number)) for lang in release.languages}
        assert any(footer in squash(page) for footer in footers), f"page {number}"


@pytest.mark.parametrize("status", list(Status))
def test_draft_watermark_on_every_page_exactly_when_not_approved_and_never_in_the_text(status, tmp_path):
    release = sample_release(status=status)
    data = render_pdf(release, lang="both")
    pages = split_pages(data, release)
    assert not any(in_text for _content, in_text in pages)  # drawn as outlines: copy and read-aloud never see it
    assert "DRAFT" not in pdftotext(data)
    assert "REVIEW" not in pdftotext(data)
    marked = [len(watermark_pixels(render_png(data, tmp_path, page=n, dpi=30))) > 150 for n in range(1, len(pages) + 1)]
    assert marked == [status != Status.APPROVED] * len(pages)


def test_embargo_line_names_time_and_zone_in_both_languages():
    release = sample_release(embargo=True)
    text = squash(pdftotext(render_pdf(release)))
    assert squash("EMBARGOED UNTIL 9:30 a.m. (UTC+8), November 25, 2026") in text
    assert "本新聞稿於中華民國115年11月25日上午9時30分（UTC+8）前禁止發布" in text
    assert "FORIMMEDIATERELEASE" not in text


def test_long_sample_has_many_pages():
    if "long-report" not in release_names():
        pytest.skip("long-report sample not bundled")
    pages = page_texts(render_pdf(named_release("long-report"), lang="both"))
    assert len(pages) >= 8

"""Every paragraph of every release, in both languages, comes back verbatim and in order from the DOCX."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from docx.enum.section import WD_SECTION

from export.docx.docx_reader import expected_texts, open_docx, section_texts, texts
from export.docx.docx_releases import full_release
from releasedesk.export.docx import export_docx, render_docx
from releasedesk.export.layout import section_languages
from releasedesk.samples import load_sample, sample_names

if TYPE_CHECKING:
    from releasedesk.model.release import Release

SAMPLES = sample_names()


def _releases() -> list[tuple[str, Release]]:
    return [("built", full_release()), *((name, load_sample(name)) for name in SAMPLES)]


@pytest.mark.parametrize("lang", ["zh-TW", "en", "both"])
@pytest.mark.parametrize(("name", "release"), _releases(), ids=lambda value: value if isinstance(value, str) else "")
def test_every_paragraph_verbatim_in_order(name: str, release: Release, lang: str) -> None:
    langs = section_languages(release, lang)
    if not langs:
        pytest.skip(f"{name} has no {lang} text")
    document = open_docx(render_docx(release, lang=lang))
    assert len(document.sections) == len(langs)
    for index, current in enumerate(langs):
        assert section_texts(document, index) == expected_texts(release, current), f"{name} {current}"


def test_samples_are_there() -> None:
    """The shipped samples must be part of the run above, not silently absent."""
    assert {"announcement", "long-report"} <= set(SAMPLES)


def test_both_puts_chinese_first_and_english_on_a_new_page() -> None:
    release = full_release()
    document = open_docx(render_docx(release, lang="both"))
    first, second = document.sections
    assert second.start_type == WD_SECTION.NEW_PAGE
    assert section_texts(document, 0)[:1] == expected_texts(release, "zh-TW")[:1]
    assert section_texts(document, 1)[:1] == expected_texts(release, "en")[:1]
    # each section carries its own letterhead in its own language
    for section, agency, title in ((first, release.agency.zh, "新聞稿"), (second, release.agency.en, "NEWS RELEASE")):
        assert not section.first_page_header.is_linked_to_previous
        cells = [cell.text for cell in section.first_page_header.tables[0].rows[0].cells]
        assert cells[1].splitlines()[0] == agency  # its own language first, the other below
        assert cells[2].splitlines()[0] == title


def test_single_language_leaves_the_other_out() -> None:
    release = full_release()
    document = open_docx(render_docx(release, lang="en"))
    joined = "\n".join(texts(document))
    assert release.content["en"].headline in joined
    assert release.content["zh-TW"].headline not in joined


def test_core_properties(tmp_path) -> None:
    release = full_release()
    target = tmp_path / "release.docx"
    export_docx(release, target)
    props = open_docx(target).core_properties
    assert props.title == f"{release.content['zh-TW'].headline} / {release.content['en'].headline}"
    assert props.author == release.agency.zh
    assert release.number in props.subject
    assert props.language == "zh-TW, en-US"
    assert props.created is not None
    assert props.created.year >= 2024
    assert props.last_modified_by == "ReleaseDesk"
    en_props = open_docx(render_docx(release, lang="en")).core_properties
    assert (en_props.author, en_props.language) == (release.agency.en, "en-US")


def test_no_template_leftovers() -> None:
    document = open_docx(render_docx(full_release()))
    names = {str(part.partname) for part in document.part.package.iter_parts()}
    assert not any("thumbnail" in name or "stylesWithEffects" in name for name in names)
    assert document.core_properties.author != "python-docx"

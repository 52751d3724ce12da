"""Per-section page furniture: the letterhead on a section's first page, a running header after, the footer."""

from __future__ import annotations

from docx.section import Section, _Header
from docx.shared import Cm, Length
from docx.text.paragraph import Paragraph

from releasedesk.export import layout
from releasedesk.export.docx.fields import add_field
from releasedesk.export.docx.images import add_image
from releasedesk.export.docx.inline import add_text
from releasedesk.export.docx.styles import NAMES
from releasedesk.model.release import Lang, Release

LOGO_HEIGHT = Cm(1.4)
# Stand-ins for the page numbers in the shared footer wording, replaced by PAGE / NUMPAGES fields.
_PAGE, _TOTAL = 987654321, 987654322


def _draft_mark(paragraph: Paragraph, release: Release, lang: Lang) -> None:
    """The DRAFT marking (the PDF's watermark) as header text, right-aligned, until the release is approved."""
    mark = layout.watermark(release)
    if mark:
        add_text(paragraph, "\t", lang)
        add_text(paragraph, mark, lang, style=NAMES.draft_mark)


def _letterhead(header: _Header, release: Release, lang: Lang, max_width: Length) -> None:
    """Logo and agency name, then 新聞稿 / NEWS RELEASE over a rule (with the DRAFT marking at its right)."""
    paragraph = header.paragraphs[0]
    paragraph.style = NAMES.letterhead
    logo = release.image(release.logo_image_id) if release.logo_image_id else None
    if logo is not None:
        run = paragraph.add_run()
        if add_image(run, logo, release.agency.best(lang), max_width, LOGO_HEIGHT):
            add_text(paragraph, "  ", lang)
    add_text(paragraph, release.agency.best(lang).strip(), lang)
    title = header.add_paragraph(style=NAMES.letterhead_title)
    add_text(title, layout.label("news_release", lang), lang)
    _draft_mark(title, release, lang)


def _running_header(paragraph: Paragraph, release: Release, lang: Lang) -> None:
    paragraph.style = NAMES.running_header
    parts = [release.agency.best(lang).strip(), layout.label("news_release", lang), release.number.strip()]
    add_text(paragraph, "  ·  ".join(part for part in parts if part), lang)
    _draft_mark(paragraph, release, lang)


def _footer(paragraph: Paragraph, release: Release, lang: Lang) -> None:
    """The shared footer wording, with the page numbers as fields."""
    paragraph.style = NAMES.footer
    wording = layout.page_footer(lang, _PAGE, _TOTAL, release.number)
    before, _, rest = wording.partition(str(_PAGE))
    middle, _, after = rest.partition(str(_TOTAL))
    add_text(paragraph, before, lang)
    add_field(paragraph, "PAGE")
    add_text(paragraph, middle, lang)
    add_field(paragraph, "NUMPAGES")
    add_text(paragraph, after, lang)


def furnish_section(section: Section, release: Release, lang: Lang, text_width: Length) -> None:
    """Headers and footer of one language section; each section has its own (not linked to the previous)."""
    section.different_first_page_header_footer = True
    for header in (section.first_page_header, section.header):
        header.is_linked_to_previous = False
    for footer in (section.first_page_footer, section.footer):
        footer.is_linked_to_previous = False
        _footer(footer.paragraphs[0], release, lang)

    _letterhead(section.first_page_header, release, lang, text_width)
    _running_header(section.header.paragraphs[0], release, lang)

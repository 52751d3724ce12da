"""Pagination a reader would notice: no heading stranded at the bottom of a page away from its text."""

from __future__ import annotations

import pytest

from approved import approve
from export.pdf.pdf_reread import page_texts, running_heads, squash
from releasedesk.export.pdf import render_pdf
from releasedesk.model.richtext import Heading, plain_text
from releasedesk.samples import load_sample


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_no_page_ends_with_a_heading(lang: str) -> None:
    release = load_sample("long-report")
    approve(release)  # no watermark letters among the lines
    headings = {squash(plain_text(b.runs)) for b in release.content[lang].body if isinstance(b, Heading)}
    pages = page_texts(render_pdf(release, lang=lang))
    assert len(pages) >= 8
    head = running_heads(release)[lang]
    stranded = []
    for number, page in enumerate(pages, start=1):
        lines = [squash(line) for line in page.splitlines() if line.strip()]
        body = [line for line in lines[:-1] if line]  # the last line is the footer
        if body and body[-1] == head:  # and before it, on every page but the section's first, the running head
            body.pop()
        if body and body[-1] in headings:
            stranded.append((number, body[-1]))
    assert stranded == []


def test_a_figure_taller_than_the_space_left_shrinks_to_fit_within_reason() -> None:
    from export.pdf.pdf_test_releases import png_bytes
    from releasedesk.export.pdf.flowables import FigureBox
    from releasedesk.export.pdf.images import prepare

    image = prepare(png_bytes(400, 300), 450)
    assert image is not None
    figure = FigureBox(image, 450, 1000, None, 7)
    natural = figure.wrap(450, 10_000)[1]
    assert figure.scale == 1.0
    shrunk = figure.wrap(450, natural * 0.8)[1]
    assert 0.6 <= figure.scale < 1.0
    assert shrunk <= natural * 0.8 + 0.01
    figure.wrap(450, natural * 0.4)
    assert figure.scale == 1.0  # too small a space: moved to the next page at full size instead

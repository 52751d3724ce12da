"""The running head: on every page of a section but its first, in its language, right-aligned in the top margin over a
thin rule, as the DOCX, ODT and printed HTML have it; the text frame does not move, so pages break as before.

Read back with poppler (pdftotext -bbox) for the words and pdfminer for the rule; the pages of each section are known
from rendering each language alone (every section starts on a new page).
"""

from __future__ import annotations

from html import unescape
from io import BytesIO

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTCurve, LTFigure, LTItem

from export.pdf.pdf_reread import page_texts, running_heads, squash, words
from export.pdf.pdf_test_releases import named_release, release_names
from releasedesk.export import layout
from releasedesk.export.pdf import render_pdf
from releasedesk.export.pdf.page import PageDecorator
from releasedesk.export.pdf.template import DEFAULT_TEMPLATE


def _first_pages(name: str) -> tuple[list[str], set[int]]:
    """The language of each page of the bilingual PDF and the numbers of each section's first page."""
    release = named_release(name)
    langs: list[str] = []
    firsts: set[int] = set()
    for lang in layout.section_languages(release, "both"):
        firsts.add(len(langs) + 1)
        langs += [lang] * len(page_texts(render_pdf(release, lang=lang)))
    return langs, firsts


def _rules(item: LTItem) -> list[tuple[float, float, float]]:
    """Horizontal stroked lines (y, x0, x1) on a page, inside form XObjects too."""
    found = []
    if isinstance(item, LTCurve) and item.stroke and abs(item.y0 - item.y1) < 0.1:
        found.append((item.y0, item.x0, item.x1))
    if isinstance(item, LTFigure) or hasattr(item, "__iter__"):
        for child in item:  # pages and figures are containers
            found += _rules(child)
    return found


@pytest.mark.parametrize("name", release_names())
def test_the_head_is_on_every_page_of_a_section_but_its_first(name, tmp_path):
    release = named_release(name)
    data = render_pdf(release, lang="both")
    langs, firsts = _first_pages(name)
    found, (width, height) = words(data, tmp_path)
    assert max(word.page for word in found) == len(langs)  # the bilingual PDF is its sections' pages, one after another
    top, right, _bottom, left = DEFAULT_TEMPLATE.margins
    heads = running_heads(release)
    assert len(set(heads.values())) == len(heads)  # each language words its own head
    rules = [_rules(page) for page in extract_pages(BytesIO(data))]
    later = 0
    for number, lang in enumerate(langs, start=1):
        in_margin = [word for word in found if word.page == number and word.y_max <= top]
        if number in firsts:
            assert in_margin == [], f"page {number} is its section's first: the letterhead, no running head"
            continue
        later += 1
        assert squash(unescape("".join(word.text for word in in_margin))) == heads[lang], f"page {number}"
        assert max(word.x_max for word in in_margin) == pytest.approx(width - right, abs=0.5)  # right-aligned
        baseline_gap = max(word.y_max for word in in_margin) - min(word.y_max for word in in_margin)
        assert baseline_gap < 1, f"page {number}: one line"
        head_bottom = height - max(word.y_max for word in in_margin)  # PDF coordinates from here on
        under = [y for y, x0, x1 in rules[number - 1] if height - top < y < head_bottom]
        assert len(under) == 1, f"page {number}: one rule between the head and the text frame"
        assert [(x0, x1) for y, x0, x1 in rules[number - 1] if y == under[0]] == [
            (pytest.approx(left, abs=0.5), pytest.approx(width - right, abs=0.5))
        ]  # the text's width
    assert later == len(langs) - len(firsts)
    if name == "long-report":
        assert later >= 10


@pytest.mark.parametrize("name", release_names())
def test_the_head_moves_nothing_only_its_lines_are_new(name, monkeypatch):
    """Pages, their breaks and every other line are those of the PDF drawn without the running head."""
    release = named_release(name)
    heads = set(running_heads(release).values())
    with_head = page_texts(render_pdf(release, lang="both"))
    monkeypatch.setattr(PageDecorator, "draw_running_head", lambda *_args: None)
    without = page_texts(render_pdf(release, lang="both"))
    assert len(with_head) == len(without)
    for page_with, page_without in zip(with_head, without, strict=True):
        lines = [line for line in page_with.splitlines() if squash(line) not in heads]
        assert lines == page_without.splitlines()

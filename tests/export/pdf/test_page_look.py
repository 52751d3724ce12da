"""The page look, checked by machine where it can be: nothing outside the margins but the page furniture (running head
and footer), nothing overlapping the footer.

(The look itself was checked by eye on pdftoppm renders; docs/images/pdf-*.png are pages of the announcement.)
"""

from __future__ import annotations

import pytest

from approved import approve
from export.pdf.pdf_reread import words
from export.pdf.pdf_test_releases import named_release, release_names
from releasedesk.export.pdf import render_pdf
from releasedesk.export.pdf.template import DEFAULT_TEMPLATE
from releasedesk.model.release import Status


@pytest.mark.parametrize("name", release_names())
@pytest.mark.parametrize("lang", ["zh-TW", "en", "both"])
def test_text_stays_inside_the_margins_and_above_the_footer(name, lang, tmp_path):
    release = named_release(name)
    if lang != "both" and lang not in release.content:
        pytest.skip(f"{name} has no {lang} text")
    approve(release)  # the watermark is meant to cross the margins
    found, (width, height) = words(render_pdf(release, lang=lang), tmp_path)
    top, right, bottom, left = DEFAULT_TEMPLATE.margins
    footer_top = height - bottom * 0.5 - DEFAULT_TEMPLATE.footer_size * 2.2
    size = DEFAULT_TEMPLATE.footer_size
    head_top, head_bottom = top * 0.5 - size * 0.5, top * 0.5 + size * 1.5  # the running head's band, above its rule
    body_bottom = height - bottom
    tolerance = 0.5
    for word in found:
        assert word.x_min >= left - tolerance, word
        assert word.x_max <= width - right + tolerance, word
        in_head = head_top <= word.y_min and word.y_max <= head_bottom  # its place in the line: test_running_head.py
        assert in_head or word.y_min >= top - tolerance, word
        in_footer = word.y_min >= footer_top
        assert in_footer or word.y_max <= body_bottom + 3, word  # descenders may reach just below the frame


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW])
def test_the_watermark_crosses_the_middle_of_every_page(status, tmp_path):
    from export.pdf.pdf_reread import render_png, watermark_pixels

    release = named_release(release_names()[0])
    release.status = status
    data = render_pdf(release, lang="both")
    found, _size = words(data, tmp_path)
    for page in sorted({word.page for word in found}):
        image = render_png(data, tmp_path, page=page, dpi=30)
        marks = watermark_pixels(image)
        assert len(marks) > 150, f"no watermark on page {page}"
        centre_x = sum(x for x, _y in marks) / len(marks)
        centre_y = sum(y for _x, y in marks) / len(marks)
        width, height = image.size
        # text over the watermark hides some of its pixels, so the centroid drifts a little
        assert abs(centre_x - width / 2) < width * 0.16
        assert abs(centre_y - height / 2) < height * 0.16

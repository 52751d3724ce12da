"""Any release, however hostile its text, exports; and the DOCX says exactly what the release says."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.docx.docx_reader import expected_texts, open_docx, section_texts
from releasedesk.errors import ExportError
from releasedesk.export.docx import render_docx
from releasedesk.export.layout import LANG_CHOICES, section_languages
from strategies import releases

if TYPE_CHECKING:
    from releasedesk.model.release import Release


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release=releases(), lang=st.sampled_from(LANG_CHOICES))
def test_model_to_docx_to_text(release: Release, lang: str) -> None:
    if not section_languages(release, lang):
        with pytest.raises(ExportError, match="nothing to export"):
            render_docx(release, lang=lang)
        return
    document = open_docx(render_docx(release, lang=lang))
    for index, current in enumerate(section_languages(release, lang)):
        assert section_texts(document, index) == expected_texts(release, current)

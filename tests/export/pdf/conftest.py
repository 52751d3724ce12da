"""Fixtures for the PDF tests: a release built in code that uses every block type."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from export.pdf.pdf_test_releases import sample_release

if TYPE_CHECKING:
    from releasedesk.model.release import Release


@pytest.fixture
def release() -> Release:
    return sample_release()

"""Fixtures for the PDF tests: a release built in code that uses every block type."""

from __future__ import annotations

import pytest

from export.pdf.pdf_test_releases import sample_release
from releasedesk.model.release import Release


@pytest.fixture
def release() -> Release:
    return sample_release()

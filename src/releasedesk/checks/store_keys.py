"""The office settings the writing checks keep in the library, and the store's error: light enough for the window
to import at start-up, when the store itself (SQLAlchemy) is not loaded yet."""

from __future__ import annotations

from releasedesk.errors import ReleaseDeskError

ENGLISH_VARIANT = "checks.english"
"""Office setting: en_US (default) or en_GB."""
TAI_FORM = "checks.tai"
"""Office setting: 臺 (default, the Ministry of Education's form), 台, or "" for no 臺/台 check."""
DEFAULTS = {ENGLISH_VARIANT: "en_US", TAI_FORM: "臺"}


class CheckStoreError(ReleaseDeskError):
    """The database cannot be opened or written: one line."""

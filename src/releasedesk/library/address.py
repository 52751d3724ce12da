"""Where the command line finds the library when no --db is given: light, so a command that only may need the
library (export's writing checks) does not load SQLAlchemy to find out."""

from __future__ import annotations

ENV_URL = "RELEASEDESK_DB"
"""Environment variable the command line reads when no --db is given (the window reads its settings)."""

"""Run a script in a fresh interpreter: what a one-command process sees (start-up fences, collector, lazy modules)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def last_line_of(script: str, *args: str) -> list[str]:
    """`script` in a fresh interpreter with the test's own environment (a private per-user cache) and reportlab's
    fixed creation date, so that two PDFs of one release are byte-identical; its last line of output, split."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    argv = [sys.executable, "-c", textwrap.dedent(script), *args]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=180, check=False, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.splitlines()[-1].split()

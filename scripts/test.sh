#!/usr/bin/env bash
# Runs the whole test suite headless (ruff, mypy, pytest); installs whatever is missing first (see scripts/bootstrap.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
"$VENV/bin/ruff" check src tests scripts benchmarks
"$VENV/bin/ruff" format --check src tests scripts benchmarks
# types: strict on the Qt-free core and benchmarks/, checked on gui/ (files and settings in pyproject.toml); cache in
# .mypy_cache/
"$VENV/bin/mypy"
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"

#!/usr/bin/env bash
# Runs the whole test suite headless; installs whatever is missing first (see scripts/bootstrap.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
"$VENV/bin/ruff" check src tests scripts
"$VENV/bin/ruff" format --check src tests scripts
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"

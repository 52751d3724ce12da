#!/usr/bin/env bash
# The office library under Xvfb in both interface languages: docs/images/library-*-{en,zh}.png.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DISPLAY_NUMBER="${DISPLAY_NUMBER:-:94}"
Xvfb "$DISPLAY_NUMBER" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
for ui in en zh_TW; do
    home="$(mktemp -d)"
    name=$([ "$ui" = en ] && echo en || echo zh)
    DISPLAY="$DISPLAY_NUMBER" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        LC_ALL="$ui.UTF-8" LANG="$ui.UTF-8" RELEASEDESK_DB="" \
        "$ROOT/.venv/bin/python" "$ROOT/scripts/screenshot_library.py" "$ROOT/docs/images" "$name"
    rm -rf "$home"
done

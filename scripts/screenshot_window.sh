#!/usr/bin/env bash
# Screenshots of the real window on the sample under Xvfb, for the README: docs/images/window-{en,zh}.png.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DISPLAY_NUMBER="${DISPLAY_NUMBER:-:93}"
Xvfb "$DISPLAY_NUMBER" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
grab='import sys
from PIL import Image, ImageChops
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv)
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
shot = Image.open(sys.argv[1]).convert("RGB")
box = ImageChops.difference(shot, Image.new("RGB", shot.size)).getbbox()  # the window, without the black screen
shot.crop(box).quantize(256).save(sys.argv[1], optimize=True)'
for ui in en zh_TW; do
    home="$(mktemp -d)"
    DISPLAY="$DISPLAY_NUMBER" HOME="$home" XDG_CONFIG_HOME="$home/.config" LC_ALL="$ui.UTF-8" LANG="$ui.UTF-8" \
        "$ROOT/.venv/bin/releasedesk" &
    app=$!
    sleep "${WAIT_SECONDS:-8}"   # start-up, then the preview's first render
    name=$([ "$ui" = en ] && echo en || echo zh)
    DISPLAY="$DISPLAY_NUMBER" "$ROOT/.venv/bin/python" -c "$grab" "$ROOT/docs/images/window-$name.png"
    kill "$app"; wait "$app" 2>/dev/null || true
    rm -rf "$home"
done

#!/bin/sh
# Regenerate the interface translation: extract tr() strings from the GUI sources into the .ts file (keeping existing
# translations), then compile the .qm that ships. Translate new strings in the .ts (Qt Linguist or by hand) and rerun.
set -eu
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin=.venv/lib/python3.11/site-packages/PySide6
ts=resources/i18n/releasedesk_zh_TW.ts
sources=$(find src/releasedesk/gui -name '*.py' | LC_ALL=C sort)
# shellcheck disable=SC2086 # one argument per source file
"$bin/pyside6-lupdate" $sources -locations none -no-obsolete -target-language zh_TW -ts "$ts"
"$bin/pyside6-lrelease" "$ts" -qm resources/i18n/releasedesk_zh_TW.qm

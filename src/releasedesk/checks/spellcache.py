"""Hunspell's verdicts on words, kept per user: exporting a release again need not load the dictionary at all.

Loading en_US through libenchant costs about 0.1 s of CPU per command (the import, finding the library, parsing the
Hunspell files, freeing them); a release's English is mostly the office's everyday vocabulary. Only the dictionary's
own answer is kept (the office word list, the glossary and the bundled words are applied before it, as always),
keyed by the English variant and by everything that answer depends on: the dictionary, provider and personal
word-list folders (each file's size and modification time) and the installed pyenchant. Any change there starts a
new, empty set of verdicts; a damaged or foreign file is ignored.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
from pathlib import Path

from releasedesk import usercache

CACHE_VERSION = 1
MAX_WORDS = 100_000
"""Beyond this many remembered words the set is not grown further (a few MB at most)."""
_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/share/aspell",
    "/var/lib/aspell",
    "/usr/share/enchant-2",
    "/usr/share/enchant",
    "/etc/enchant",
)


def _state(variant: str) -> str:
    parts = [str(CACHE_VERSION), variant]

    def stamp(path: str) -> None:
        parts.append(usercache.stamp(path))

    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for folder in (*_FOLDERS, os.path.join(config, "enchant")):
        stamp(folder)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            stamp(entry.path)
    spec = importlib.util.find_spec("enchant")
    stamp(spec.origin if spec is not None and spec.origin else "no-pyenchant")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


class Verdicts:
    """word → whether the dictionary of `variant` knows it, as remembered from earlier runs."""

    def __init__(self, variant: str) -> None:
        self.name = f"{variant}-{_state(variant)}.marshal"
        self._known: dict[str, bool] = {}
        self._added = 0
        self._learnt: dict[str, bool] = {}
        data = usercache.read("spelling", self.name)
        if data is not None:
            try:
                version, known = marshal.loads(data)
                if version == CACHE_VERSION and isinstance(known, dict):
                    self._known = known
            except (EOFError, ValueError, TypeError):
                pass

    def get(self, word: str) -> bool | None:
        """The remembered verdict, or None (anything but True/False in a foreign file counts as none)."""
        verdict = self._known.get(word)
        return verdict if isinstance(verdict, bool) else None

    def put(self, word: str, verdict: bool) -> None:
        if len(self._known) < MAX_WORDS and self._known.get(word) is not verdict:
            self._known[word] = verdict
            self._learnt[word] = verdict
            self._added += 1

    def learnt(self) -> dict[str, bool]:
        """The verdicts `put` in this process (a batch's worker sends them to the process that saves)."""
        return dict(self._learnt)

    def save(self) -> None:
        """Write the verdicts when this run added any (atomically; failing only costs the next run the dictionary)."""
        if self._added:
            usercache.write("spelling", self.name, marshal.dumps((CACHE_VERSION, self._known)))
            self._added = 0

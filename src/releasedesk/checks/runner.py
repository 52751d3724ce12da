"""Run the switched-on checks over a piece of text or a whole release.

A `Checker` holds what is slow to build (the Hunspell dictionary, the compiled glossary) and is built once per
settings; `check_text` is what the window calls per changed block, `check_release` what the command line calls.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from releasedesk.checks.findings import CHECKS, URL_PATTERN, Finding, Location
from releasedesk.checks.glossary import Glossary
from releasedesk.checks.spelling import Speller, SpellingUnavailable
from releasedesk.checks.tai import tai_form
from releasedesk.model.richtext import block_runs, plain_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from releasedesk.model.release import Release


@dataclass(frozen=True)
class CheckSettings:
    """Which checks run and how (office settings: English variant, 臺/台 form)."""

    enabled: frozenset[str] = frozenset(CHECKS)
    english: str = "en_US"
    """en_US or en_GB (an office setting)."""
    tai: str = "臺"
    """臺, 台, or "" for no 臺/台 check (an office setting)."""
    words: tuple[str, ...] = field(default=())
    """The office word list."""


@dataclass(frozen=True)
class Unit:
    """One checked text of a release and where it is."""

    location: Location
    text: str


def release_units(release: Release) -> Iterator[Unit]:
    """Headline, subheadline, each body block and the boilerplate, per language, in reading order."""
    for lang in release.languages:
        content = release.content[lang]
        yield Unit(Location(lang, "headline"), content.headline)
        yield Unit(Location(lang, "subheadline"), content.subheadline)
        for number, block in enumerate(content.body, start=1):
            yield Unit(Location(lang, "body", number), plain_text(block_runs(block)))
        yield Unit(Location(lang, "boilerplate"), content.boilerplate)


class Checker:
    """Runs the enabled checks over texts or a whole release."""

    def __init__(self, settings: CheckSettings = CheckSettings(), glossary: Glossary | None = None) -> None:
        self.settings = settings
        self.glossary = glossary or Glossary()
        self._speller: Speller | None = None
        self._unavailable = ""
        self._speller_lock = threading.Lock()
        self._speller_built = "spelling" not in settings.enabled
        self._preparing: threading.Thread | None = None
        self._prepared = threading.Event()

    @property
    def speller(self) -> Speller | None:
        """Built on first use: importing pyenchant and loading a dictionary takes a third of a second, which the
        window spends on its checks thread, not at start-up on the GUI thread."""
        with self._speller_lock:
            if not self._speller_built:
                try:
                    self._speller = Speller(self.settings.english, self.settings.words, self.glossary.english_names)
                except SpellingUnavailable as error:
                    self._unavailable = str(error)
                self._speller_built = True
            return self._speller

    def prepare(
        self, releases: Sequence[Release] = (), *, remember: bool = False, for_one_command: bool = False
    ) -> None:
        """Have the dictionary ready by the time `releases` are checked: it loads on a background thread now.

        libenchant parses the Hunspell files in C with the GIL released (60-70 ms for en_US): a command that plans,
        preflights and renders meanwhile gets that time back on a second core. The `speller` lock makes a check
        that comes first simply wait for it.
        `remember`: the dictionary's verdicts are kept per user (spellcache.py; `remember_verdicts` writes them),
        and the dictionary is not loaded at all when every English word of `releases` has one.
        `for_one_command`: the process ends after one command, so the thread keeps the dictionary until then and it
        is never freed (freeing Hunspell's tables took 17-50 ms at exit, memory the system takes back anyway).
        """
        if self._speller_built or self._preparing is not None:
            return
        if remember:
            from releasedesk.checks.spellcache import Verdicts

            with self._speller_lock:
                try:
                    names = self.glossary.english_names
                    verdicts = Verdicts(self.settings.english)
                    self._speller = Speller(self.settings.english, self.settings.words, names, verdicts=verdicts)
                except SpellingUnavailable as error:
                    self._unavailable = str(error)
                self._speller_built = True
            speller = self._speller
            texts = [unit.text for release in releases for unit in release_units(release) if unit.location.lang == "en"]
            if speller is None or not any(speller.needs_dictionary(text) for text in texts):
                return

            def target() -> Speller | None:
                speller.load_dictionary()
                return speller

        else:

            def target() -> Speller | None:
                return self.speller

        self._preparing = threading.Thread(
            target=self._load_speller,
            args=(target, for_one_command, self._prepared),
            name="releasedesk-speller",
            daemon=True,
        )
        self._preparing.start()

    @staticmethod
    def _load_speller(load: Callable[[], Speller | None], keep: bool, done: threading.Event) -> None:
        try:
            speller = load()
        finally:
            done.set()
        if keep and speller is not None:
            threading.Event().wait()  # a daemon thread: the process does not wait for it, nor free what it holds

    def finish_preparing(self) -> None:
        """Wait until `prepare`'s dictionary has loaded (nothing to wait for when it started no thread).

        Called before forking worker processes: a lock the loading thread held at that moment would stay held in
        every child, and each child would load the dictionary again.
        """
        if self._preparing is not None:
            self._prepared.wait()

    def learnt_verdicts(self) -> dict[str, bool]:
        """The dictionary's verdicts this process learnt and had not remembered (for a batch's worker to send
        back to the process that saves them)."""
        return self._speller.learnt_verdicts() if self._speller is not None else {}

    def adopt_verdicts(self, verdicts: dict[str, bool]) -> None:
        """Take verdicts a worker process learnt, so that `remember_verdicts` keeps them too."""
        if self._speller is not None:
            self._speller.adopt_verdicts(verdicts)

    def remember_verdicts(self) -> None:
        """Keep the dictionary's new verdicts of this run for later ones (only after `prepare(remember=True)`)."""
        if self._speller is not None:
            self._speller.remember()

    @property
    def unavailable(self) -> str:
        """Why spelling is off although asked for (no dictionary, no libenchant), for one line to the user."""
        speller = self.speller
        return self._unavailable or (speller.broken if speller is not None else "")

    def enabled(self, check: str) -> bool:
        return check in self.settings.enabled

    def check_text(self, text: str, lang: str, *, suggest: bool = False) -> list[Finding]:
        """Findings of one text on its own (everything except the glossary's missing-English check)."""
        if not text.strip():
            return []
        findings: list[Finding] = []
        if lang == "en":
            if self.speller is not None:
                findings += self.speller.check(text, suggest=suggest)
            if self.enabled("glossary"):
                findings += self.glossary.deprecated_in(text)
        elif lang == "zh-TW":
            # imported with the first Chinese text checked (on the window's checks thread), not with the window
            # (its conversion tables and patterns: ~10 ms of the GUI thread's CPU before the first frame)
            from releasedesk.checks.numerals import numeral_suggestions
            from releasedesk.checks.zh_style import check_style

            urls = [m.span() for m in URL_PATTERN.finditer(text)]
            if self.enabled("style"):
                findings += check_style(text, ignore_spans=urls)
            if self.enabled("numerals"):
                findings += numeral_suggestions(text)
            if self.enabled("tai"):
                findings += tai_form(text, self.settings.tai, self.glossary.chinese_terms)
        return sorted(findings, key=lambda finding: (finding.start, finding.end))

    def glossary_missing(self, chinese: Sequence[str], english: Sequence[str]) -> list[tuple[int, Finding]]:
        """(index into `chinese`, finding): terms whose official English is nowhere in `english`, first use only."""
        if not self.enabled("glossary"):
            return []
        seen: set[str] = set()
        found = []
        for index, text in enumerate(chinese):
            for finding in self.glossary.missing_in(text, english):
                if finding.text not in seen:
                    seen.add(finding.text)
                    found.append((index, finding))
        return found

    def check_release(self, release: Release, *, suggest: bool = False) -> list[Finding]:
        """Every finding of `release`, placed, in reading order (Chinese first)."""
        units = list(release_units(release))
        placed: list[Finding] = []
        for unit in units:
            placed += [
                finding.at(unit.location) for finding in self.check_text(unit.text, unit.location.lang, suggest=suggest)
            ]
        chinese = [unit for unit in units if unit.location.lang == "zh-TW"]
        english = [unit.text for unit in units if unit.location.lang == "en"]
        for index, finding in self.glossary_missing([unit.text for unit in chinese], english):
            placed.append(finding.at(chinese[index].location))
        order = {unit.location: number for number, unit in enumerate(units)}
        return sorted(placed, key=lambda f: (order[f.location], f.start) if f.location else (0, f.start))


def parse_checks(names: str | Iterable[str]) -> frozenset[str]:
    """`spelling,style` → the set; ValueError naming the unknown ones."""
    items = names.split(",") if isinstance(names, str) else list(names)
    wanted = {name.strip() for name in items if name.strip()}
    unknown = sorted(wanted - set(CHECKS))
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(unknown)} (choose from {', '.join(CHECKS)})")
    return frozenset(wanted)

"""What every check reports: a span of text, what is wrong with it and what to write instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

CHECKS: tuple[str, ...] = ("spelling", "style", "numerals", "tai", "glossary")
"""The switchable checks, in the order a person reads them: English spelling; zh-TW style (OpenCC characters and
vocabulary, punctuation, full-width letters, brackets, spaces); numeral suggestions; 臺/台; the glossary."""

URL_PATTERN = re.compile(
    r"(?:https?://|www\.)[^\s\u3000-\u303f\uff01-\uff5e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b"
)
"""URLs, e-mail addresses and domain names (a.b.c): no check looks inside them."""

CODES: dict[str, str] = {
    "misspelt": "spelling",
    "simplified": "style",
    "variant": "style",
    "mainland-term": "style",
    "half-width-punctuation": "style",
    "full-width-alphanumeric": "style",
    "unbalanced-bracket": "style",
    "doubled-punctuation": "style",
    "stray-space": "style",
    "numeral": "numerals",
    "tai-form": "tai",
    "glossary-missing": "glossary",
    "glossary-deprecated": "glossary",
}
"""Every finding code and the check it belongs to."""


@dataclass(frozen=True)
class Location:
    """Which text of a release: language, field (headline, subheadline, body) and, for the body, the block number."""

    lang: str
    field: str
    block: int = 0
    """1-based number of the body block; 0 for a single-line field."""

    def __str__(self) -> str:
        return f"{self.lang} {self.field} ¶{self.block}" if self.field == "body" else f"{self.lang} {self.field}"


@dataclass(frozen=True)
class Finding:
    """One problem at [start, end) of a text; `message` is the command line's English, `code` is for programs."""

    code: str
    start: int
    end: int
    text: str
    suggestions: tuple[str, ...] = ()
    message: str = ""
    location: Location | None = None
    gentle: bool = False
    """A suggestion rather than an error (numerals); `--strict` still counts it when `--checks` names numerals."""

    @property
    def check(self) -> str:
        return CODES[self.code]

    def at(self, location: Location, offset: int = 0) -> Finding:
        """The same finding placed in `location`, its span moved by `offset`."""
        return Finding(
            self.code,
            self.start + offset,
            self.end + offset,
            self.text,
            self.suggestions,
            self.message,
            location,
            self.gentle,
        )

    def line(self) -> str:
        """How the command line and preflight say it: "zh-TW body ¶3: simplified character 发 → 發"."""
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.message}"

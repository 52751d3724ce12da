"""The office's bilingual glossary: official English names for Chinese terms, and English forms to avoid.

When the Chinese uses a term and the English partner (a paragraph pair, or the whole English text before pairs
exist) lacks the official English form, or the English uses a deprecated form, the check warns. CSV in and out.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from releasedesk.checks.findings import Finding
from releasedesk.errors import ReleaseDeskError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

CSV_FIELDS = ("zh", "en", "deprecated", "kind", "note")
"""The CSV header; `deprecated` holds the variants separated by `|`."""
KINDS = ("agency", "unit", "title", "programme", "place", "other")


class GlossaryError(ReleaseDeskError):
    """A glossary CSV that cannot be read: one line saying where."""


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term: the Chinese, its official English, the forms to avoid, and a kind and note."""

    zh: str
    en: str
    deprecated: tuple[str, ...] = ()
    kind: str = "other"
    note: str = ""
    id: int | None = field(default=None, compare=False)


def _phrase(text: str) -> re.Pattern[str]:
    """`text` as whole words with any run of spaces between them (Affair must not match inside Affairs)."""
    words = [re.escape(word) for word in text.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])")


class Glossary:
    """A set of entries compiled for matching; build it again when the entries change."""

    def __init__(self, entries: Iterable[GlossaryEntry] = ()) -> None:
        self.entries = tuple(entry for entry in entries if entry.zh.strip() and entry.en.strip())

    @cached_property
    def _official(self) -> list[tuple[GlossaryEntry, re.Pattern[str]]]:
        return [(entry, _phrase(entry.en)) for entry in self.entries]

    @cached_property
    def _deprecated(self) -> list[tuple[GlossaryEntry, str, re.Pattern[str]]]:
        return [
            (entry, variant, re.compile(_phrase(variant).pattern, re.IGNORECASE))
            for entry in self.entries
            for variant in entry.deprecated
            if variant.strip() and variant.strip() != entry.en.strip()
        ]

    @property
    def english_names(self) -> list[str]:
        return [entry.en for entry in self.entries]

    @property
    def chinese_terms(self) -> list[str]:
        return [entry.zh for entry in self.entries]

    def deprecated_in(self, english: str) -> list[Finding]:
        """Deprecated English forms in `english`, each with its official form."""
        findings = []
        for entry, _variant, pattern in self._deprecated:
            for m in pattern.finditer(english):
                if _phrase(entry.en).fullmatch(m.group()):
                    continue  # a variant that differs from the official form only in case
                findings.append(
                    Finding(
                        "glossary-deprecated",
                        m.start(),
                        m.end(),
                        m.group(),
                        (entry.en,),
                        f"glossary: {m.group()!r} → official {entry.en!r} ({entry.zh})",
                    )
                )
        return sorted(findings, key=lambda finding: finding.start)

    def missing_in(self, chinese: str, english: Sequence[str]) -> list[Finding]:
        """Terms `chinese` uses whose official English appears in none of `english`; spans are in `chinese`.

        Each term is reported once, at its first use, and not when `english` is empty (nothing translated yet).
        """
        if not any(text.strip() for text in english):
            return []
        findings = []
        for entry, pattern in self._official:
            start = chinese.find(entry.zh)
            if start < 0 or any(pattern.search(text) for text in english):
                continue
            if any(entry.zh in other.zh and other.zh in chinese and other is not entry for other in self.entries):
                continue  # a longer term contains this one (數位發展部 inside 數位發展部長): the longer one decides
            message = f"glossary: {entry.zh} is used but the English lacks {entry.en!r}"
            findings.append(Finding("glossary-missing", start, start + len(entry.zh), entry.zh, (entry.en,), message))
        return sorted(findings, key=lambda finding: finding.start)


def read_csv(data: str, source: str = "glossary CSV") -> list[GlossaryEntry]:
    """Entries from CSV text with a header naming at least `zh` and `en`; one clear error for a bad file."""
    reader = csv.DictReader(io.StringIO(data.removeprefix("\ufeff")))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "zh" not in header or "en" not in header:
        raise GlossaryError(f"{source}: the first line must be a header with at least 'zh' and 'en' columns")
    reader.fieldnames = header
    entries = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise GlossaryError(f"{source}: line {line} has more fields than the header")
        zh, en = (row.get("zh") or "").strip(), (row.get("en") or "").strip()
        if not zh and not en:
            continue
        if not zh or not en:
            raise GlossaryError(f"{source}: line {line} needs both a Chinese term and its English form")
        deprecated = tuple(part.strip() for part in (row.get("deprecated") or "").split("|") if part.strip())
        kind = (row.get("kind") or "other").strip() or "other"
        if kind not in KINDS:
            raise GlossaryError(f"{source}: line {line}: kind {kind!r} is not one of {', '.join(KINDS)}")
        entries.append(GlossaryEntry(zh, en, deprecated, kind, (row.get("note") or "").strip()))
    return entries


def write_csv(entries: Iterable[GlossaryEntry]) -> str:
    """The entries as CSV (the columns `read_csv` reads back; variants joined with `|`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for entry in entries:
        writer.writerow((entry.zh, entry.en, "|".join(entry.deprecated), entry.kind, entry.note))
    return out.getvalue()

"""Compare two versions of a release's content, per field and per block, in both languages.

English (and other Latin text) is compared word by word, Chinese character by character, so a changed figure in
`票價調漲50%` shows as `5[-0-]{+5+}`-style marks rather than a whole replaced line. Inputs are canonical contents
(releasedesk.approval.canonical), i.e. a version snapshot or the current content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

Json = dict[str, Any]
Op: TypeAlias = Literal["=", "+", "-"]
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


@dataclass(frozen=True)
class Change:
    """One changed place between two versions, as a reader sees it: where, and the marked-up text."""

    place: str
    """`headline (en)`, `body (zh-TW) block 3`, `contact 2 (en)`, …"""
    segments: tuple[tuple[Op, str], ...]

    def marked(self) -> str:
        """`kept [-deleted-]{+inserted+}`, as wdiff writes it."""
        out = []
        for op, text in self.segments:
            out.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
        return "".join(out)

    @property
    def inserted(self) -> str:
        return "".join(text for op, text in self.segments if op == "+")

    @property
    def deleted(self) -> str:
        return "".join(text for op, text in self.segments if op == "-")


def _tokens(text: str, lang: str | None) -> list[str]:
    if lang == "zh-TW" or (lang is None and _CJK.search(text)):
        return list(text)  # character-level: Chinese has no spaces to cut words at
    return _WORDS.findall(text)


def inline_diff(old: str, new: str, lang: str | None) -> tuple[tuple[Op, str], ...]:
    """Word-level diff of two texts (tokens by language), as (op, text) segments."""
    a, b = _tokens(old, lang), _tokens(new, lang)
    out: list[tuple[Op, str]] = []
    from difflib import SequenceMatcher  # when comparing, not with the window's start-up

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return tuple(out)


def _runs_text(runs: list[Json]) -> str:
    return "".join(run.get("text", "") for run in runs)


def block_text(block: Json) -> str:
    """A block as one line of text: its kind as a prefix, so a paragraph turned heading shows."""
    kind = block.get("type")
    if kind == "heading":
        return f"{'#' * int(block.get('level', 1))} {_runs_text(block.get('content', []))}"
    if kind == "list_item":
        bullet = "1." if block.get("ordered") else "•"
        return f"{'  ' * int(block.get('level', 0))}{bullet} {_runs_text(block.get('content', []))}"
    if kind == "quote":
        return f"> {_runs_text(block.get('content', []))}"
    if kind == "figure":
        return f"[{block.get('image')}] {_runs_text(block.get('caption', []))}"
    return _runs_text(block.get("content", []))


def _moment(value: Json | None) -> str:
    return "" if not value else f"{value.get('local', '')} {value.get('tz', '')}"


def _contact_line(contact: Json, lang: str) -> str:
    parts = [contact.get(key, {}).get(lang, "") for key in ("name", "title", "unit")]
    parts += [contact.get(key, "") for key in ("office_phone", "mobile", "email")]
    return " · ".join(part for part in parts if part)


def _field(place: str, old: str, new: str, lang: str | None) -> Iterator[Change]:
    if old != new:
        yield Change(place, inline_diff(old, new, lang))


def _sequence(
    place: str, old: list[Json], new: list[Json], text: Callable[[Json], str], lang: str | None
) -> Iterator[Change]:
    """Blocks (or contacts) aligned as a sequence: inserted and deleted ones whole, changed ones inline."""
    a, b = [text(item) for item in old], [text(item) for item in new]
    from difflib import SequenceMatcher  # when comparing, not with the window's start-up

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                if old[i1 + offset] != new[j1 + offset]:
                    yield Change(f"{place} {j1 + offset + 1} (formatting)", (("=", b[j1 + offset]),))
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(pairs):
            yield Change(f"{place} {j1 + offset + 1}", inline_diff(a[i1 + offset], b[j1 + offset], lang))
        for index in range(i1 + pairs, i2):
            yield Change(f"{place} {index + 1} (deleted)", (("-", a[index]),))
        for index in range(j1 + pairs, j2):
            yield Change(f"{place} {index + 1} (inserted)", (("+", b[index]),))


def compare(old: Json, new: Json) -> list[Change]:
    """Every difference between two canonical contents, in reading order; empty when they print the same."""
    changes: list[Change] = []
    langs = [lang for lang in ("zh-TW", "en") if lang in old.get("content", {}) or lang in new.get("content", {})]
    for key in ("agency", "unit", "dateline", "end_mark"):
        for lang in ("zh-TW", "en"):
            changes += _field(f"{key} ({lang})", old.get(key, {}).get(lang, ""), new.get(key, {}).get(lang, ""), lang)
    changes += _field("number", old.get("number", ""), new.get("number", ""), None)
    changes += _field("issued_at", _moment(old.get("issued_at")), _moment(new.get("issued_at")), None)
    changes += _field("embargo_until", _moment(old.get("embargo_until")), _moment(new.get("embargo_until")), None)
    for lang in langs:
        before, after = old.get("content", {}).get(lang, {}), new.get("content", {}).get(lang, {})
        if not before or not after:
            changes.append(Change(f"{lang} text", (("-" if before else "+", f"whole {lang} section"),)))
        for key in ("headline", "subheadline", "boilerplate"):
            changes += _field(f"{key} ({lang})", before.get(key, ""), after.get(key, ""), lang)
        changes += _sequence(f"body ({lang}) block", before.get("body", []), after.get("body", []), block_text, lang)
    for lang in ("zh-TW", "en"):
        changes += _sequence(
            f"contact ({lang})",
            old.get("contacts", []),
            new.get("contacts", []),
            partial(_contact_line, lang=lang),
            lang,
        )
    old_images, new_images = old.get("images", {}), new.get("images", {})
    for image_id in sorted(set(old_images) | set(new_images)):
        before, after = old_images.get(image_id), new_images.get(image_id)
        if before != after:
            old_text = (
                ""
                if before is None
                else f"{before.get('mime_type')} {str(before.get('sha256'))[:8]} {before.get('alt')}"
            )
            new_text = (
                "" if after is None else f"{after.get('mime_type')} {str(after.get('sha256'))[:8]} {after.get('alt')}"
            )
            changes.append(Change(f"image {image_id}", inline_diff(old_text, new_text, None)))
    changes += _field("logo", old.get("logo_image_id") or "", new.get("logo_image_id") or "", None)
    return changes

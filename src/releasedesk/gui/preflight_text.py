"""Preflight issues worded in the interface language: the core's structured issue in, one translated sentence out.

The core (export/preflight.py) stays Qt-free and English for the command line; this module words the same facts
through tr(). Anything it does not know (a new code or place kind) falls back to the core's English line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from datetime import datetime

    from releasedesk.export.preflight import PreflightIssue
    from releasedesk.pairs.report import PairProblem


def fill(template: str, *values: object) -> str:
    """Qt's %1…%9 placeholders (PySide6 has no QString.arg); filled at once, so a value may contain "%2"."""
    parts = template.split("%")
    out = [parts[0]]
    for part in parts[1:]:
        if part[:1].isdigit() and part[0] != "0" and int(part[0]) <= len(values):
            out.append(str(values[int(part[0]) - 1]) + part[1:])
        else:
            out.append("%" + part)
    return "".join(out)


def _moment(value: datetime) -> str:
    """The embargo as the form shows it (date, time, zone), not ISO with a bare offset."""
    zone = getattr(value.tzinfo, "key", None) or value.strftime("UTC%z")
    return f"{value:%Y-%m-%d %H:%M} ({zone})"


class PreflightText(QObject):
    """`text(issue)`: the sentence for the export dialog's list."""

    def _language(self, lang: str) -> str | None:
        return {"zh-TW": self.tr("Chinese"), "en": self.tr("English")}.get(lang)

    def _block(self, block: str, language: str, index: int) -> str | None:
        templates = {
            "paragraph": self.tr("%1 body, paragraph %2"),
            "heading": self.tr("%1 body, heading %2"),
            "list item": self.tr("%1 body, list item %2"),
            "quote": self.tr("%1 body, quote %2"),
            "caption": self.tr("%1 body, caption %2"),
        }
        template = templates.get(block)
        return fill(template, language, index) if template else None

    def place(self, issue: PreflightIssue) -> str | None:
        """The place in words, or None when this interface does not know how to say it."""
        place = issue.place
        if place.kind == "number":
            return self.tr("Release number")
        if place.kind == "embargo":
            return self.tr("Embargo")
        if place.kind == "pdf-fonts":
            return self.tr("PDF fonts")
        if place.kind == "logo":
            return fill(self.tr("Logo “%1”"), issue.image_id)
        language = self._language(place.lang)
        if language is None:
            return None
        if place.kind == "body":
            return self._block(place.block, language, place.index)
        if place.kind == "image":
            return fill(self.tr("Image “%1” (%2 body, block %3)"), issue.image_id, language, place.index)
        if place.kind == "contact":
            return fill(self.tr("%1 media contact %2"), language, place.index)
        templates = {
            "agency": self.tr("%1 agency name"),
            "unit": self.tr("%1 issuing unit"),
            "headline": self.tr("%1 headline"),
            "subheadline": self.tr("%1 subheadline"),
            "dateline": self.tr("%1 dateline"),
            "end-mark": self.tr("%1 end mark"),
            "boilerplate": self.tr("%1 boilerplate"),
            "contacts": self.tr("%1 media contacts"),
        }
        template = templates.get(place.kind)
        return fill(template, language) if template else None

    def problem(self, issue: PreflightIssue) -> str | None:
        """What is wrong, in words, or None for a code this interface does not know."""
        from releasedesk.export.preflight import PRINT_DPI, char_name  # with the pairs report: not at start-up

        names = self.tr(", ").join(char_name(char) for char in issue.characters)
        code = issue.code
        if code == "missing-headline":
            return self.tr("missing")
        if code == "missing-contacts":
            return self.tr("no media contact to print")
        if code == "contact-name-other-language":
            return self.tr("has no name in this language; the other language's name is printed")
        if code == "embargo-past" and issue.embargo_until is not None:
            return fill(self.tr("%1 has already passed"), _moment(issue.embargo_until))
        if code == "dropped-character" and names:
            return fill(self.tr("will be removed on export: %1"), names)
        if code == "no-glyph" and names:
            return fill(self.tr("no PDF font can draw %1"), names)
        if code == "image-unreadable":
            return self.tr("cannot be read as an image")
        if code == "image-too-large":
            return self.tr("is too large to use (a decompression bomb?): replace it with a smaller image")
        if code == "image-damaged":
            return self.tr("has damaged pixel data and cannot be shown: insert the image again")
        if code == "image-resolution" and issue.width_px:
            template = self.tr("%1 px wide prints at %2 dpi across the column (%3 dpi needs %4 px)")
            return fill(template, issue.width_px, issue.dpi, PRINT_DPI, issue.needed_px)
        if code == "font-missing" and issue.font:
            return fill(self.tr("“%1” is not installed"), issue.font)
        return None

    def _missing_language(self, lang: str) -> str | None:
        return {
            "both": self.tr("The release has no text to export."),
            "zh-TW": self.tr("The release has no Chinese text to export."),
            "en": self.tr("The release has no English text to export."),
        }.get(lang)

    def _pair_place(self, problem: PairProblem) -> str | None:
        language = self._language(problem.lang or "")
        if problem.code == "pair-unconfirmed":
            return self.tr("Translation pairs")
        if problem.code == "figure-mismatch" and problem.key == "body":
            zh, en = problem.where.split(" / ")
            return fill(self.tr("Chinese block %1 / English block %2"), zh.rsplit(" ", 1)[1], en.rsplit(" ", 1)[1])
        fields = {
            "headline": self.tr("%1 headline"),
            "subheadline": self.tr("%1 subheadline"),
            "boilerplate": self.tr("%1 boilerplate"),
        }
        if problem.code == "figure-mismatch":
            language = self.tr("Chinese and English")
        if language is None:
            return None
        if problem.key == "body":
            number = problem.number or problem.where.rsplit(" ", 1)[1]
            return fill(self.tr("%1 body, block %2"), language, number)
        if problem.key in fields:
            return fill(fields[problem.key], language)
        return fill(self.tr("%1 alt text of image “%2”"), language, problem.key.split(":", 1)[1])

    def _pair_problem(self, problem: PairProblem) -> str | None:
        if problem.code == "pair-unconfirmed":
            return self.tr(
                "%n not yet confirmed in sync (confirm them in the Linked Languages menu)", "", problem.count
            )
        if problem.code == "pair-to-translate" and problem.lang:
            return fill(self.tr("to translate into %1: “%2”"), self._language(problem.lang), problem.excerpt)
        if problem.code == "pair-out-of-date":
            if len(problem.changed) == 2:
                return fill(self.tr("out of date (both languages changed since confirmed): “%1”"), problem.excerpt)
            changed = self._language(problem.changed[0]) if problem.changed else None
            template = self.tr("out of date (the %1 changed since confirmed): “%2”")
            return fill(template, changed, problem.excerpt) if changed else None
        if problem.code == "figure-mismatch" and problem.mismatch is not None:
            kinds = {
                "url": self.tr("web addresses"), "email": self.tr("e-mail addresses"),
                "phone": self.tr("phone numbers"), "date": self.tr("dates"), "time": self.tr("times"),
                "percent": self.tr("percentages"), "year": self.tr("years"), "number": self.tr("figures"),
                "month": self.tr("months"),
            }  # fmt: skip
            mismatch = problem.mismatch
            nothing = self.tr("nothing")
            zh = self.tr(", ").join(mismatch.zh) or nothing
            en = self.tr(", ").join(mismatch.en) or nothing
            return fill(self.tr("%1 disagree: %2 (Chinese) ↔ %3 (English)"), kinds[mismatch.kind], zh, en)
        return None

    def text(self, issue: PreflightIssue) -> str:
        if issue.pair is not None:
            place, problem = self._pair_place(issue.pair), self._pair_problem(issue.pair)
            return str(issue) if place is None or problem is None else fill(self.tr("%1: %2"), place, problem)
        if issue.code == "missing-language" and issue.place.kind == "release":
            return self._missing_language(issue.place.lang) or str(issue)
        place, problem = self.place(issue), self.problem(issue)
        if place is None or problem is None:
            return str(issue)
        return fill(self.tr("%1: %2"), place, problem)

"""Check and finding names in the interface language (the core's messages are the command line's English)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.gui.preflight_text import fill

if TYPE_CHECKING:
    from releasedesk.checks.findings import Finding, Location
    from releasedesk.checks.runner import Checker
    from releasedesk.model.release import Release


class CheckLabels(QObject):
    """Translated names and explanations of checks and findings (the core has only codes)."""

    def check_name(self, check: str) -> str:
        return {
            "spelling": self.tr("English spelling"),
            "style": self.tr("Chinese house style"),
            "numerals": self.tr("Numerals (suggestions)"),
            "tai": self.tr("臺/台 consistency"),
            "glossary": self.tr("Glossary names"),
        }.get(check, check)

    def problem(self, finding: Finding) -> str:
        kind = {
            "misspelt": self.tr("Spelling"),
            "simplified": self.tr("Simplified character"),
            "variant": self.tr("Non-Taiwan variant"),
            "mainland-term": self.tr("Mainland term"),
            "half-width-punctuation": self.tr("Half-width punctuation"),
            "full-width-alphanumeric": self.tr("Full-width letters or digits"),
            "unbalanced-bracket": self.tr("Unbalanced bracket"),
            "doubled-punctuation": self.tr("Doubled punctuation"),
            "stray-space": self.tr("Space between Chinese characters"),
            "numeral": self.tr("Numeral"),
            "tai-form": self.tr("臺/台"),
            "glossary-deprecated": self.tr("Not the official name"),
            "glossary-missing": self.tr("Official English name missing"),
        }.get(finding.code, finding.code)
        shown = finding.text.replace(" ", "␣").replace("\u3000", "□") if not finding.text.strip() else finding.text
        if finding.code == "glossary-missing" and finding.suggestions:
            return (
                self.tr("%1: %2 — the English lacks “%3”")
                .replace("%1", kind)
                .replace("%2", shown)
                .replace("%3", finding.suggestions[0])
            )
        if finding.suggestions and finding.suggestions[0]:
            return fill(self.tr("%1: %2 → %3"), kind, shown, finding.suggestions[0])
        if finding.code == "stray-space":
            return self.tr("%1 (remove)").replace("%1", kind)
        return fill(self.tr("%1: %2"), kind, shown)

    def place(self, location: Location) -> str:
        language = self.tr("Chinese") if location.lang == "zh-TW" else self.tr("English")
        templates = {
            "headline": self.tr("%1 headline"),
            "subheadline": self.tr("%1 subheadline"),
            "boilerplate": self.tr("%1 boilerplate"),
            "body": self.tr("%1 body ¶%2"),
        }
        template = templates.get(location.field, "%1")
        return fill(template, language, location.block)

    def line(self, finding: Finding) -> str:
        """Where and what, on one line (the export dialog's preflight list)."""
        where = self.place(finding.location) if finding.location else ""
        return fill(self.tr("%1: %2"), where, self.problem(finding)) if where else self.problem(finding)


def writing_messages(release: Release, lang: LangChoice, checker: Checker) -> list[str]:
    """The export dialog's lines for the writing checks' findings in the exported languages (they never block it)."""
    labels = CheckLabels()
    langs = section_languages(release, lang)
    return [
        labels.line(finding)
        for finding in checker.check_release(release)
        if finding.location is not None and finding.location.lang in langs
    ]

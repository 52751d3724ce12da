"""The writing checks' findings for the export dialog's preflight list, worded in the interface language."""

from __future__ import annotations

from releasedesk.checks.runner import Checker
from releasedesk.export.layout import LangChoice, section_languages
from releasedesk.gui.checks.labels import CheckLabels
from releasedesk.model.release import Release


def writing_messages(release: Release, lang: LangChoice, checker: Checker) -> list[str]:
    """One line per finding in the exported languages (they never block the export)."""
    labels = CheckLabels()
    langs = section_languages(release, lang)
    return [
        labels.line(finding)
        for finding in checker.check_release(release)
        if finding.location is not None and finding.location.lang in langs
    ]

"""Writing-check findings as preflight issues, so export lists them beside the other warnings.

Their code is `check-<check>` (check-spelling, check-style, …): `--strict` refuses only for the checks `--checks`
names, so a spelling doubt never blocks an export by surprise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.export.preflight import Place, PreflightIssue

if TYPE_CHECKING:
    from releasedesk.checks.runner import Checker
    from releasedesk.model.release import Lang, Release

CODE_PREFIX = "check-"


def writing_issues(release: Release, langs: tuple[Lang, ...], checker: Checker) -> list[PreflightIssue]:
    """The writing-check findings for `langs`, as export preflight issues."""
    issues = []
    for finding in checker.check_release(release):
        location = finding.location
        if location is None or location.lang not in langs:
            continue
        place = Place(location.field, location.lang, "paragraph" if location.field == "body" else "", location.block)
        issues.append(PreflightIssue(str(location), finding.message, CODE_PREFIX + finding.check, place))
    return issues


def counts_for_strict(issue: PreflightIssue, named: frozenset[str]) -> bool:
    """Whether `--strict` refuses for this issue: every ordinary one, and writing checks only when named."""
    return not issue.code.startswith(CODE_PREFIX) or issue.code.removeprefix(CODE_PREFIX) in named

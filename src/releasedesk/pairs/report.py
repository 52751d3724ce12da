"""The pair problems a person must see before publishing, as plain facts: the command line and preflight word them.

One problem per out-of-date or untranslated pair, one per figure that disagrees within a pair, and one line for
pairs never confirmed (a file from before pairs: listing each would drown the rest).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from releasedesk.pairs.states import PairStatus, State, excerpt, pair_statuses
from releasedesk.pairs.tables import pair_mismatches

if TYPE_CHECKING:
    from releasedesk.model.release import Lang, Release
    from releasedesk.pairs.figures import Mismatch

OUT_OF_DATE = "pair-out-of-date"
TO_TRANSLATE = "pair-to-translate"
UNCONFIRMED = "pair-unconfirmed"
FIGURES = "figure-mismatch"


@dataclass(frozen=True)
class PairProblem:
    """A mismatch between the two languages, for the pairs report and export preflight."""

    code: str
    where: str
    """e.g. "en body, block 3", "zh-TW headline"; for figures both sides ("zh-TW body, block 4 / en body, block 4")."""
    problem: str
    """The command line's English."""
    lang: Lang | None = None
    number: int = 0
    """Body block number in `lang` (0 for headline, subheadline, boilerplate and alt texts)."""
    key: str = ""
    excerpt: str = ""
    changed: tuple[Lang, ...] = ()
    mismatch: Mismatch | None = None
    count: int = 0
    """pair-unconfirmed: how many pairs."""

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


_NAMES = {"zh-TW": "Chinese", "en": "English"}


def _out_of_date(status: PairStatus) -> PairProblem:
    from releasedesk.pairs.diff import changed_excerpt  # difflib and its pattern (~3 ms) only for a stale pair

    lang = status.needing_lang
    if len(status.changed) == 2:
        why = "both sides changed since confirmed"
    else:
        why = f"the {_NAMES[status.changed[0]]} changed since confirmed"
    side = status.changed[0]
    then = (
        status.confirmed.zh if status.confirmed and side == "zh-TW" else status.confirmed.en if status.confirmed else ""
    )
    text = changed_excerpt(then, status.text(side))
    return PairProblem(
        OUT_OF_DATE, status.where(lang), f"out of date ({why}): “{text}”", lang, status.number(lang), status.key,
        text, status.changed,
    )  # fmt: skip


def _to_translate(status: PairStatus) -> PairProblem:
    lang = status.needing_lang
    source: Lang = "en" if lang == "zh-TW" else "zh-TW"
    text = excerpt(status.text(source))
    where = status.where(lang if status.number(lang) or not status.is_body else source)
    problem = f"to translate into {_NAMES[lang]}: “{text}”"
    return PairProblem(TO_TRANSLATE, where, problem, lang, status.number(lang), status.key, text)


def _figures(release: Release, status: PairStatus, year: int) -> list[PairProblem]:
    found = pair_mismatches(release, status, year)
    if not found:
        return []
    if status.is_body:
        where = f"zh-TW body, block {status.zh_number} / en body, block {status.en_number}"
    else:
        where = status.where("zh-TW").replace("zh-TW ", "", 1)
    return [
        PairProblem(FIGURES, where, m.describe(), "en", status.en_number, status.key, excerpt(status.en_text), (), m)
        for m in found
    ]


def pair_problems(release: Release) -> list[PairProblem]:
    """What needs work in the release's translation pairs, in reading order; [] when it does not track pairs."""
    out: list[PairProblem] = []
    unconfirmed = 0
    for status in pair_statuses(release):
        if status.state == State.OUT_OF_DATE:
            out.append(_out_of_date(status))
        elif status.state in (State.MISSING, State.UNPAIRED):
            out.append(_to_translate(status))
        elif status.state == State.UNCONFIRMED:
            unconfirmed += 1
        if status.zh_text.strip() and status.en_text.strip():
            out.extend(_figures(release, status, release.issued_at.year))
    if unconfirmed:
        problem = f"{unconfirmed} not yet confirmed in sync (confirm them in the window)"
        out.append(PairProblem(UNCONFIRMED, "translation pairs", problem, count=unconfirmed))
    return out

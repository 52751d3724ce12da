"""How each pair state looks and reads in the window: one colour, one symbol and one sentence per state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from releasedesk.pairs.states import PairStatus, State

if TYPE_CHECKING:
    from releasedesk.pairs.figures import Mismatch

COLORS = {
    State.IN_SYNC: QColor("#2e7d32"),
    State.MINOR_EDIT: QColor("#1a5fb4"),
    State.OUT_OF_DATE: QColor("#e66100"),
    State.MISSING: QColor("#c01c28"),
    State.UNPAIRED: QColor("#c01c28"),
    State.UNCONFIRMED: QColor("#77767b"),
}
SYMBOLS = {
    State.IN_SYNC: "",
    State.MINOR_EDIT: "~",
    State.OUT_OF_DATE: "!",
    State.MISSING: "+",
    State.UNPAIRED: "+",
    State.UNCONFIRMED: "?",
}


class PairLook(QObject):
    """The words for pair states, through tr() (one context for all of them)."""

    def state_name(self, state: State) -> str:
        return {
            State.IN_SYNC: self.tr("In sync"),
            State.MINOR_EDIT: self.tr("Minor edit"),
            State.OUT_OF_DATE: self.tr("Out of date"),
            State.MISSING: self.tr("To translate"),
            State.UNPAIRED: self.tr("To translate"),
            State.UNCONFIRMED: self.tr("Not yet confirmed"),
        }[state]

    def language(self, lang: str) -> str:
        return self.tr("Chinese") if lang == "zh-TW" else self.tr("English")

    def explanation(self, status: PairStatus) -> str:
        """The tooltip: the state and what to do about it."""
        state = status.state
        if state == State.IN_SYNC:
            return self.tr("In sync: both languages say the same since they were last confirmed.")
        if state == State.MINOR_EDIT:
            return self.tr("Minor edit: changed since confirmed, marked as needing no retranslation.")
        if state == State.OUT_OF_DATE:
            if len(status.changed) == 2:
                return self.tr("Out of date: both languages changed since they were last confirmed in sync.")
            template = self.tr(
                "Out of date: the %1 changed since it was confirmed. Update the translation, then mark it in sync."
            )
            return template.replace("%1", self.language(status.changed[0]))
        if state in (State.MISSING, State.UNPAIRED):
            return self.tr("To translate into %1.").replace("%1", self.language(status.needing_lang))
        return self.tr("Not yet confirmed: check that both languages say the same, then mark in sync.")

    def place(self, status: PairStatus) -> str:
        """Where the pair is, e.g. "Paragraph 3 (zh) / 3 (en)" or "Headline"."""
        if status.is_body:
            zh = str(status.zh_number) if status.zh_number else "–"
            en = str(status.en_number) if status.en_number else "–"
            return self.tr("Block %1 (Chinese) / %2 (English)").replace("%1", zh).replace("%2", en)
        names = {
            "headline": self.tr("Headline"),
            "subheadline": self.tr("Subheadline"),
            "boilerplate": self.tr("Boilerplate"),
        }
        if status.key in names:
            return names[status.key]
        return self.tr("Alt text of image “%1”").replace("%1", status.key.split(":", 1)[1])

    def mismatch(self, mismatch: Mismatch) -> str:
        """e.g. "Figures disagree: 950億 (Chinese) ↔ 93 billion (English)"."""
        kinds = {
            "url": self.tr("Web addresses"), "email": self.tr("E-mail addresses"), "phone": self.tr("Phone numbers"),
            "date": self.tr("Dates"), "time": self.tr("Times"), "percent": self.tr("Percentages"),
            "year": self.tr("Years"), "number": self.tr("Figures"), "month": self.tr("Months"),
        }  # fmt: skip
        nothing = self.tr("nothing")
        zh = self.tr(", ").join(mismatch.zh) or nothing
        en = self.tr(", ").join(mismatch.en) or nothing
        template = self.tr("%1 disagree: %2 (Chinese) ↔ %3 (English)")
        return template.replace("%1", kinds[mismatch.kind]).replace("%2", zh).replace("%3", en)

    def summary(self, counts: dict[State, int]) -> str:
        """e.g. "12 in sync · 2 out of date · 1 to translate"."""
        parts = [self.tr("%n in sync", "", counts[State.IN_SYNC] + counts[State.MINOR_EDIT])]
        if counts[State.OUT_OF_DATE]:
            parts.append(self.tr("%n out of date", "", counts[State.OUT_OF_DATE]))
        translate = counts[State.MISSING] + counts[State.UNPAIRED]
        if translate:
            parts.append(self.tr("%n to translate", "", translate))
        if counts[State.UNCONFIRMED]:
            parts.append(self.tr("%n not confirmed", "", counts[State.UNCONFIRMED]))
        return " · ".join(parts)

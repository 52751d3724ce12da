"""Live figure warnings in the window compare two tables cell by cell, as the pairs check does."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from export.table_release import regions
from releasedesk.pairs.figures import mismatches
from releasedesk.pairs.report import FIGURES, pair_problems
from releasedesk.pairs.states import confirm_all, pair_statuses
from releasedesk.pairs.tables import pair_mismatches
from releasedesk.pairs.tracking import start_tracking
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.model.release import Release
    from releasedesk.model.richtext import Table


def _swapped(table: Table) -> Table:
    """The first body row with its two figures swapped between the columns."""
    rows = list(table.rows)
    name, new, total = rows[2]
    rows[2] = (name, dataclasses.replace(new, content=total.content), dataclasses.replace(total, content=new.content))
    return dataclasses.replace(table, rows=tuple(rows))


def _release(en: Table) -> Release:
    release = load_sample("announcement")
    release.pairs = None
    for content in release.content.values():
        content.body = [dataclasses.replace(block, id="") for block in content.body]
    release.content["zh-TW"].body.insert(2, regions("zh-TW"))
    release.content["en"].body.insert(2, en)
    start_tracking(release)
    confirm_all(release)
    return release


def _table_status(window: Any) -> Any:
    (status,) = [s for s in window.pairs.tracker.statuses() if s.is_body and s.zh_number == 3]
    return status


def test_swapped_cells_warn_live_as_the_check_does(make_window: Any) -> None:
    release = _release(_swapped(regions("en")))
    window = make_window(release)
    status = _table_status(window)
    assert mismatches(status.zh_text, status.en_text) == []  # both sides hold both figures: whole text agrees
    live = window.pairs.tracker.figure_warnings(status)
    assert live
    assert {"498", "902"} <= {source for m in live for source in m.zh + m.en}
    (core,) = [s for s in pair_statuses(release) if s.is_body and s.zh_number == 3]
    year = release.issued_at.year
    assert [m.describe() for m in live] == [m.describe() for m in pair_mismatches(release, core, year)]
    problems = [p for p in pair_problems(release) if p.code == FIGURES]
    assert problems
    assert all(p.where == "zh-TW body, block 3 / en body, block 3" for p in problems)
    assert [s for s, _ in window.pairs.tracker.pairs_with_figure_warnings()] == [status]


def test_matching_tables_give_no_live_warning(make_window: Any) -> None:
    window = make_window(_release(regions("en")))
    status = _table_status(window)
    assert window.pairs.tracker.figure_warnings(status) == []
    assert window.pairs.tracker.pairs_with_figure_warnings() == []


def test_next_year_follows_the_date_in_the_form(make_window: Any, qtbot: Any) -> None:
    """明年 means the year after the release's date as the form shows it now, not as the file was opened."""
    from datetime import datetime

    from PySide6.QtCore import Qt

    from releasedesk.model.richtext import Paragraph, text

    release = load_sample("announcement")
    release.pairs = None
    release.issued_at = release.issued_at.replace(year=2026)
    release.content["zh-TW"].body = [Paragraph((text("明年起擴大至全國"),))]
    release.content["en"].body = [Paragraph((text("will expand nationwide in 2027"),))]
    start_tracking(release)
    confirm_all(release)
    window = make_window(release)

    def warnings() -> list[str]:
        (status,) = [s for s in window.pairs.tracker.statuses() if s.is_body]
        return [m.describe() for m in window.pairs.tracker.figure_warnings(status)]

    assert warnings() == []  # 2026's next year
    edit = window.form.issued_at.edit  # the officer types the corrected date
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2027-01-05 10:00")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.form.issued_at.value().replace(tzinfo=None) == datetime(2027, 1, 5, 10, 0)
    qtbot.waitUntil(lambda: warnings() == ["years disagree: 明年 (zh-TW) ↔ 2027 (en)"], timeout=5000)

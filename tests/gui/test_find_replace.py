"""Find and replace across the whole release: form fields, headlines, both bodies, boilerplates."""

from __future__ import annotations

from releasedesk.model.richtext import Mark, block_runs


def _all_text(release) -> str:
    parts = [release.agency.zh, release.agency.en, release.number]
    for content in release.content.values():
        parts += [content.headline, content.subheadline, content.boilerplate]
        parts += ["".join(run.text for run in block_runs(block)) for block in content.body]
    return "\n".join(parts)


def test_replace_all_reaches_every_field_and_keeps_formatting(window):
    release = window.current_release()
    bold_before = [
        run for content in release.content.values() for block in content.body for run in block_runs(block) if run.bold
    ]
    window.panes["en"].boilerplate.setPlainText("Contact the Ministry today.")
    window.form.agency.en.setText("Ministry of Digital Services")
    dialog = window.find_dialog
    dialog.find_text.setText("Ministry")
    dialog.replace_text.setText("Department")
    count = dialog.replace_all()
    after = window.current_release()
    assert count >= 3
    assert "Ministry" not in _all_text(after)
    assert after.agency.en == "Department of Digital Services"
    assert after.content["en"].boilerplate == "Contact the Department today."
    bold_after = [
        run for content in after.content.values() for block in content.body for run in block_runs(block) if run.bold
    ]
    assert len(bold_after) == len(bold_before)  # replacing inside the body did not strip marks
    assert all(Mark.BOLD in run.marks for run in bold_after)


def test_find_next_walks_across_fields_and_chinese_text(window):
    headline = window.panes["zh-TW"].headline
    headline.setText("數位計畫")
    headline.setFocus()
    headline.setCursorPosition(0)
    dialog = window.find_dialog
    dialog.find_text.setText("數位")
    assert dialog.find_next()
    assert dialog._current is headline
    assert headline.selectedText() == "數位"
    assert dialog.find_next()  # the next match is further on: the subheadline or the Chinese body
    assert dialog._current is not headline
    assert dialog._current in window.text_fields()[window.text_fields().index(headline) + 1 :]


def test_replace_one_then_case_sensitivity(window):
    window.panes["en"].headline.setText("alpha Alpha ALPHA")
    dialog = window.find_dialog
    dialog.case.setChecked(True)
    dialog.find_text.setText("Alpha")
    dialog.replace_text.setText("Beta")
    window.panes["en"].headline.setFocus()
    window.panes["en"].headline.setCursorPosition(0)
    dialog._current = None
    assert dialog.find_next()
    assert dialog._current is window.panes["en"].headline
    dialog.replace()
    assert window.panes["en"].headline.text() == "alpha Beta ALPHA"


def test_not_found_reports(window):
    dialog = window.find_dialog
    dialog.find_text.setText("zzz-not-in-the-release")
    assert not dialog.find_next()
    assert dialog.status.text() == "Not found"

"""Switching the interface language retranslates the open window: menus, form, panes, contacts, values."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.helpers import type_text


def _labels(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]


def _switch(window, code: str) -> None:
    window._set_ui_language(code)  # noqa: SLF001 - the language menu's slot


def test_switching_to_chinese_and_back_retranslates_the_window_live(window):
    type_text(window.form.number, "-2")
    english = _labels(window)
    title = window.windowTitle()
    assert "A&gency:" in english
    _switch(window, "zh_TW")
    try:
        chinese = _labels(window)
        assert "機關(&G)：" in chinese
        assert "標題(&A)：" in chinese
        assert "標題(&I)：" in chinese
        assert [a.text() for a in window.menuBar().actions()] == [
            "檔案(&F)",
            "編輯(&E)",
            "檢視(&V)",
            "雙語對照(&K)",
            "設定(&S)",
            "檢查(&C)",
            "審核(&W)",
            "說明(&H)",
        ]
        assert window.form.embargoed.text() == "解禁時間"
        assert window.contacts.table.horizontalHeaderItem(0).text() != "Name (zh)"
        assert window.undo_action.text().startswith("復原")
        assert "未命名" in window.windowTitle()
        assert window.isWindowModified()
        assert "中文" in window.count_labels["zh-TW"].text()
        value = window.form.issued_at.value()
        assert window.form.issued_at.edit.text() == f"{value.year}/{value.month}/{value.day} {value:%H:%M}"  # zh_TW
        assert window.current_release().number.endswith("-2")  # nothing of the release changed
    finally:
        _switch(window, "en")
    assert _labels(window) == english
    assert window.windowTitle() == title
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&View",
        "Lin&ked Languages",
        "&Settings",
        "&Checks",
        "Revie&w",
        "&Help",
    ]
    assert window.undo_action.text() == "&Undo Edit number"
    value = window.form.issued_at.value()
    assert window.form.issued_at.edit.text() == f"{value:%Y-%m-%d %H:%M}"  # back to the (C locale's) ISO form

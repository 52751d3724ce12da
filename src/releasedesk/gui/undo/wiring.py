"""Which widgets of the main window are part of the release, and what their undo steps are called."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from releasedesk.gui.undo.history import ReleaseHistory

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget

    from releasedesk.gui.window_protocol import ReleaseWindow

translate = QCoreApplication.translate


def _line(history: ReleaseHistory, key: str, text: str, edit: QLineEdit) -> None:
    history.watch_value(key, text, edit.text, edit.setText, [edit.textChanged], merge=True)


def attach_history(window: ReleaseWindow) -> ReleaseHistory:
    """Watch the form, both language panes and the contacts; route Undo/Redo keys in their text fields."""
    history = ReleaseHistory(window)
    form = window.form
    keyed: list[QWidget] = []
    for key, text, pair in (
        ("agency", translate("ReleaseHistory", "Edit agency"), form.agency),
        ("unit", translate("ReleaseHistory", "Edit unit"), form.unit),
        ("dateline", translate("ReleaseHistory", "Edit dateline"), form.dateline),
        ("end_mark", translate("ReleaseHistory", "Edit end mark"), form.end_mark),
    ):
        _line(history, f"{key}_zh", text, pair.zh)
        _line(history, f"{key}_en", text, pair.en)
        keyed += [pair.zh, pair.en]
    _line(history, "number", translate("ReleaseHistory", "Edit number"), form.number)
    keyed.append(form.number)
    history.watch_value(
        "issued_at",
        translate("ReleaseHistory", "Change date"),
        form.issued_at.value,
        form.issued_at.set_value,
        [form.issued_at.changed],
        merge=True,  # a typed date passes through valid partial values: one step while the field has focus
    )

    def embargo() -> tuple[bool, Any]:
        return form.embargoed.isChecked(), form.embargo_until.value()

    def set_embargo(value: tuple[bool, Any]) -> None:
        on, moment = value
        form.embargo_until.set_value(moment)
        (form.embargoed if on else form.immediate).setChecked(True)

    history.watch_value(
        "embargo",
        translate("ReleaseHistory", "Change release line"),
        embargo,
        set_embargo,
        [form.embargoed.toggled, form.embargo_until.changed],
        merge=True,
    )
    keyed += [form.issued_at.edit, form.issued_at.zone, form.embargo_until.edit, form.embargo_until.zone]

    for lang, pane in window.panes.items():
        zh = lang == "zh-TW"
        history.watch_value(
            f"include_{lang}",
            translate("ReleaseHistory", "Include Chinese") if zh else translate("ReleaseHistory", "Include English"),
            pane.include.isChecked,
            pane.include.setChecked,
            [pane.include.toggled],
        )
        _line(
            history,
            f"headline_{lang}",
            translate("ReleaseHistory", "Edit Chinese headline")
            if zh
            else translate("ReleaseHistory", "Edit English headline"),
            pane.headline,
        )
        _line(
            history,
            f"subheadline_{lang}",
            translate("ReleaseHistory", "Edit Chinese subheadline")
            if zh
            else translate("ReleaseHistory", "Edit English subheadline"),
            pane.subheadline,
        )
        history.watch_document(
            pane.body.document(),
            translate("ReleaseHistory", "Edit Chinese body")
            if zh
            else translate("ReleaseHistory", "Edit English body"),
        )
        history.watch_document(
            pane.boilerplate.document(),
            translate("ReleaseHistory", "Edit Chinese boilerplate")
            if zh
            else translate("ReleaseHistory", "Edit English boilerplate"),
        )
        keyed += [pane.headline, pane.subheadline, pane.body, pane.boilerplate]
    history.watch_contacts(window.contacts)
    history.route_keys(keyed)
    return history

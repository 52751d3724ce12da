"""The window's Export dialog offers every format; each writes a file that reads back as the release says."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from export.readers import html as html_reader
from export.readers import odt as odt_reader
from export.readers import text as text_reader
from export.readers.units import plan_units
from releasedesk.export import FORMATS
from releasedesk.export.plan import plan_release
from releasedesk.gui.export_dialog import ExportDialog

if TYPE_CHECKING:
    from pathlib import Path

READERS = {
    "odt": odt_reader.read_units,
    "html": html_reader.read_units,
    "html-email": html_reader.read_units,
    "txt": text_reader.read_units,
}


def test_the_dialog_lists_every_format_and_renames_the_file(window, tmp_path: Path) -> None:
    dialog = ExportDialog(window.current_release(), "pdf", tmp_path / "news.pdf", window)
    assert [dialog.format.itemData(index) for index in range(dialog.format.count())] == list(FORMATS)
    dialog.format.setCurrentIndex(dialog.format.findData("html-email"))
    assert dialog.path.text() == str(tmp_path / "news.email.html")
    dialog.format.setCurrentIndex(dialog.format.findData("odt"))
    assert dialog.path.text() == str(tmp_path / "news.odt")
    assert dialog.target() == tmp_path / "news.odt"
    assert "ODT" in dialog.windowTitle()
    dialog.path.setText(str(tmp_path / "plain"))
    dialog.format.setCurrentIndex(dialog.format.findData("txt"))
    assert dialog.target() == tmp_path / "plain.txt"


@pytest.mark.parametrize("fmt", ["odt", "html", "html-email", "txt"])
def test_export_other_formats_through_the_dialog(window, dialogs, monkeypatch, tmp_path: Path, fmt: str) -> None:
    window.files.path = tmp_path / "out.rdrelease"

    def choose(dialog: ExportDialog) -> ExportDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    assert window.exporter.export_any()
    written = [path for path in tmp_path.iterdir() if path.name != "out.rdrelease"]
    assert len(written) == 1
    expected = plan_units(plan_release(window.current_release(), "both"))
    if fmt == "txt":
        expected = [text_reader.comparable(unit) for unit in expected]
    assert READERS[fmt](written[0]) == expected
    assert window.exporter.last_format == fmt

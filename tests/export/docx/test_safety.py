"""Hostile text exports intact (minus what XML cannot carry); unwritable targets fail clearly, files intact."""

from __future__ import annotations

import os
import subprocess
import zipfile
from typing import TYPE_CHECKING

import pytest

from export.docx.docx_reader import expected_texts, open_docx, section_texts
from export.docx.docx_releases import HOSTILE, LONG_URL, full_release, hostile_release
from releasedesk.cli import main
from releasedesk.errors import ExportError
from releasedesk.export.docx import export_docx, render_docx
from releasedesk.export.docx.hyperlinks import safe_url
from releasedesk.fileformat import save_release
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from pathlib import Path


def test_hostile_text_exports_with_the_printable_text_intact(tmp_path: Path) -> None:
    release = hostile_release()
    target = tmp_path / "hostile.docx"
    export_docx(release, target)
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    document = open_docx(target)
    for index, lang in enumerate(("zh-TW", "en")):
        assert section_texts(document, index) == expected_texts(release, lang)
    joined = "\n".join(section_texts(document, 0))
    assert clean_text(HOSTILE) in joined
    assert "<b>AT&T</b> <&> 😀🇹🇼" in joined
    assert "\x00" not in joined
    assert "\ud800" not in joined


def test_hostile_links_keep_their_targets() -> None:
    document = open_docx(render_docx(hostile_release(), lang="en"))
    targets = [document.part.rels[link.get(qn)].target_ref for link, qn in _links(document)]
    # characters a URI may not hold are percent-encoded; everything else of the 300 characters stays as it was
    assert LONG_URL.replace("<x>", "%3Cx%3E") in targets
    assert len(LONG_URL) >= 300
    assert not any("ex%20ample" in target for target in targets)  # a space in a URL: the link policy refuses it
    assert safe_url("https://a.tw/x\x00y") == "https://a.tw/xy"


def _links(document):
    from docx.oxml.ns import qn

    return [(link, qn("r:id")) for link in document.element.body.iter(qn("w:hyperlink"))]


def _lock(path: Path) -> bool:
    """Make `path` unreplaceable, as a file open in Word is: immutable for root, a read-only folder otherwise."""
    if os.geteuid() == 0:
        return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    path.parent.chmod(0o500)
    return True


def _unlock(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    else:
        path.parent.chmod(0o700)


def test_locked_target_gives_a_clear_error_and_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "release.docx"
    target.write_bytes(b"the reviewer's copy")
    if not _lock(target):
        pytest.skip("cannot make a file immutable here")
    try:
        with pytest.raises(
            ExportError, match=r"release\.docx: cannot write the DOCX.*(read-only|open in another program \(Word)"
        ):
            export_docx(full_release(), target)
    finally:
        _unlock(target)
    assert target.read_bytes() == b"the reviewer's copy"
    assert sorted(p.name for p in folder.iterdir()) == ["release.docx"]  # no temporary file left behind


def test_unwritable_targets_give_one_line_errors(tmp_path: Path) -> None:
    existing_folder = tmp_path / "a-folder.docx"
    existing_folder.mkdir()
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    for target in (existing_folder, not_a_folder / "release.docx", tmp_path / "missing" / "release.docx"):
        with pytest.raises(ExportError) as error:
            export_docx(full_release(), target)
        assert "\n" not in str(error.value)
        assert str(target) in str(error.value)
    assert existing_folder.is_dir()
    assert not_a_folder.read_text() == "x"


def test_unknown_language_choice_is_refused() -> None:
    with pytest.raises(ExportError, match="unknown language"):
        render_docx(full_release(), lang="fr")  # type: ignore[arg-type]


def test_command_line_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "release.rdrelease"
    save_release(full_release(), source)
    out = tmp_path / "out.docx"
    assert main(["export", str(source), "--docx", str(out), "--lang", "both"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    document = open_docx(out)
    assert section_texts(document, 1) == expected_texts(full_release(), "en")
    locked = tmp_path / "missing-folder" / "x.docx"
    assert main(["export", str(source), "--docx", str(locked)]) == 1
    assert "cannot write the DOCX" in capsys.readouterr().err

"""Document-level properties: metadata, outline, page size, fonts embedded, atomic writing."""

from __future__ import annotations

import io
import os
import stat
import subprocess

import pytest
from pypdf import PdfReader

from export.pdf.pdf_reread import pdffonts
from releasedesk.errors import ExportError
from releasedesk.export.pdf import PdfOptions, export_pdf, render_pdf
from releasedesk.export.pdf.template import DEFAULT_TEMPLATE
from releasedesk.model.release import LanguageContent


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_metadata_title_author_subject_language_and_dates(release):
    reader = _reader(render_pdf(release, lang="both"))
    info = reader.metadata
    assert info.title == f"{release.content['zh-TW'].headline} / {release.content['en'].headline}"
    assert info.author == "環境部"
    assert info.subject == "新聞稿 / NEWS RELEASE MOENV-115-1124"
    assert info.creation_date is not None
    assert reader.trailer["/Root"]["/Lang"] == "zh-TW"
    english = _reader(render_pdf(release, lang="en"))
    assert english.metadata.author == "Ministry of Environment"
    assert english.trailer["/Root"]["/Lang"] == "en"


def test_outline_has_one_entry_per_language_with_the_body_headings_under_it(release):
    reader = _reader(render_pdf(release, lang="both"))
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [f"中文: {release.content['zh-TW'].headline}", f"English: {release.content['en'].headline}"]
    children = [item for item in outline if isinstance(item, list)]
    assert [[child.title for child in group] for group in children] == [["計畫重點"], ["Highlights"]]
    english_page = reader.get_destination_page_number(outline[2])
    assert english_page > 0
    assert "NEWS RELEASE" in reader.pages[english_page].extract_text()


def test_every_font_is_embedded_and_subset_and_none_is_a_base14_font(release, tmp_path):
    fonts = pdffonts(render_pdf(release, lang="both"), tmp_path)
    assert fonts
    for font in fonts:
        assert font["emb"] == "yes", font
        assert font["sub"] == "yes", font
        assert font["uni"] == "yes", font
        assert "+" in font["name"]
        assert not any(base in font["name"] for base in ("Helvetica", "Times", "Courier", "Symbol")), font
    names = {font["name"].split("+", 1)[1] for font in fonts}
    assert {"TW-Sung-98_1", "LiberationSerif", "LiberationSans-Bold"} <= names


def test_a4_by_default_and_letter_on_request(release):
    a4 = _reader(render_pdf(release, lang="en")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = _reader(render_pdf(release, lang="en", options=PdfOptions(page_size="Letter"))).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert DEFAULT_TEMPLATE.page_size == "A4"


def test_invariant_output_is_byte_identical(release):
    options = PdfOptions(invariant=True)
    assert render_pdf(release, options=options) == render_pdf(release, options=options)


def test_export_writes_the_same_bytes_atomically(release, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    export_pdf(release, target, lang="en", options=PdfOptions(invariant=True))
    assert target.read_bytes() == render_pdf(release, lang="en", options=PdfOptions(invariant=True))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.pdf"]


def _lock_folder(folder) -> bool:
    """No new file may appear in `folder`: read-only for a user, immutable for root (who ignores permissions)."""
    if os.geteuid() == 0:
        return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    return True


def _unlock_folder(folder) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(stat.S_IRWXU)


def test_unwritable_folder_gives_a_clear_error_and_leaves_nothing(release, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    if not _lock_folder(folder):
        pytest.skip("this filesystem cannot make a folder immutable")
    try:
        with pytest.raises(ExportError, match=r"locked/out\.pdf: cannot write the PDF"):
            export_pdf(release, folder / "out.pdf")
    finally:
        _unlock_folder(folder)
    assert list(folder.iterdir()) == []


def test_missing_folder_gives_a_clear_error(release, tmp_path):
    with pytest.raises(ExportError, match=r"cannot write the PDF \(the folder does not exist\); any") as error:
        export_pdf(release, tmp_path / "missing" / "out.pdf")
    assert "Word" not in str(error.value)  # not the "close it in another program" advice: that is not the problem
    a_folder = tmp_path / "a-folder.pdf"
    a_folder.mkdir()
    with pytest.raises(ExportError, match=r"cannot write the PDF \(the path is a folder\)"):
        export_pdf(release, a_folder)


def test_a_failed_render_leaves_the_previous_file_untouched(release, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")
    release.content = {}
    with pytest.raises(ExportError, match="nothing to export: the release has no text"):
        export_pdf(release, target)
    assert target.read_bytes() == b"previous"


def test_exporting_a_language_the_release_lacks_is_an_error(release):
    del release.content["en"]
    with pytest.raises(ExportError, match="no en text"):
        render_pdf(release, lang="en")
    assert render_pdf(release, lang="both")  # both = whatever the release has


def test_empty_language_still_exports(release):
    release.content["en"] = LanguageContent()
    assert _reader(render_pdf(release, lang="en")).pages


def test_renders_from_a_worker_thread_and_the_main_thread_at_once_give_the_same_bytes(release):
    """The live preview renders from a worker thread while the window may export."""
    from concurrent.futures import ThreadPoolExecutor

    options = PdfOptions(invariant=True)
    expected = {lang: render_pdf(release, lang=lang, options=options) for lang in ("both", "en")}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(render_pdf, release, lang=lang, options=options) for lang in ("both", "en") * 4]
        results = [future.result() for future in futures]
    assert results == [expected["both"], expected["en"]] * 4

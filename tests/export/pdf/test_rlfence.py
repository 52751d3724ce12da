"""Canaries for the reportlab internals ReleaseDesk relies on (src/releasedesk/export/pdf/rlfence.py).

One test per assumption; the letter matches rlfence and docs/library-internals.md. Each failure names the assumption
and what to review, so a reportlab upgrade shows exactly which fix needs a look.
"""

from __future__ import annotations

import io
import marshal
import re
import subprocess
import sys
import textwrap
import tomllib
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import reportlab
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from releasedesk.export.pdf import rlfence
from releasedesk.export.pdf.fonts import SYNTHETIC_BOLD_STROKE, Face, find_font, load_face, load_synthetic_bold

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parents[3]
VERSION = reportlab.Version


@contextmanager
def assumption(letter: str, what: str) -> Iterator[None]:
    """Turn any failure inside into one message naming the assumption and what to review."""
    try:
        yield
    except (AssertionError, AttributeError, TypeError, KeyError, ValueError, IndexError) as error:
        pytest.fail(f"reportlab {VERSION}: assumption {letter} broke: {what}\n  ({type(error).__name__}: {error})")


def _pdf(draw: Callable[[Canvas], None], **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, **kwargs)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _content(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")


def _latin_path() -> Path:
    return find_font("Liberation Sans").path


def test_reportlab_is_the_tested_minor_version_and_pinned_to_it() -> None:
    pins = [dep for dep in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]]
    pin = next(dep for dep in pins if dep.startswith("reportlab"))
    major, minor = map(int, rlfence.TESTED_VERSION.split("."))
    tested = rlfence.TESTED_VERSION
    assert pin == f"reportlab>={major}.{minor},<{major}.{minor + 1}", f"pyproject pins {pin!r}, rlfence tested {tested}"
    assert VERSION.startswith(tested + "."), (
        f"reportlab {VERSION} is installed, rlfence was checked on {tested}: run these canaries, review "
        "docs/library-internals.md, then update rlfence.TESTED_VERSION and the pin in pyproject.toml"
    )


def test_importing_the_pdf_export_leaves_reportlab_untouched_until_a_render() -> None:
    """The process-wide changes are made by rlfence.install() when rendering starts, never by an import."""
    script = textwrap.dedent(
        """
        import pkgutil, importlib
        from reportlab import rl_config
        from reportlab.pdfbase import pdfdoc, ttfonts
        before = (rl_config.useA85, pdfdoc.PDFZCompress, ttfonts.makeToUnicodeCMap)
        import releasedesk.export, releasedesk.export.pdf, releasedesk.export.pdf.writer
        for module in pkgutil.walk_packages(releasedesk.export.__path__, "releasedesk.export."):
            importlib.import_module(module.name)
        after = (rl_config.useA85, pdfdoc.PDFZCompress, ttfonts.makeToUnicodeCMap)
        assert after == before, f"importing changed reportlab: {before} -> {after}"
        from releasedesk.export.pdf import render_pdf
        from releasedesk.samples import load_sample, sample_names
        render_pdf(load_sample(sample_names()[0]), lang="en")
        from releasedesk.export.pdf.rlfence import CachingFlate, make_to_unicode_cmap
        assert rl_config.useA85 == 0 and isinstance(pdfdoc.PDFZCompress, CachingFlate), "a render did not install"
        assert ttfonts.makeToUnicodeCMap is make_to_unicode_cmap
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_install_is_idempotent() -> None:
    rlfence.install()
    flate = pdfdoc.PDFZCompress
    rlfence.install()
    assert pdfdoc.PDFZCompress is flate  # the stream cache survives a second render


def test_r1_streams_are_binary_when_use_a85_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "useA85", 1)  # reportlab's default
    rlfence.install()
    pdf = _pdf(lambda c: c.drawString(72, 72, "hello"), pageCompression=1)
    with assumption("R1", "rl_config.useA85 = 0 no longer drops ASCII85: check how reportlab chooses stream filters"):
        assert rl_config.useA85 == 0
        assert b"/ASCII85Decode" not in pdf
        assert b"/FlateDecode" in pdf


def test_r2_reportlab_deflates_through_the_module_level_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfdoc, "PDFZCompress", pdfdoc.PDFStreamFilterZCompress())
    rlfence.install()
    flate = pdfdoc.PDFZCompress
    encoded: list[int] = []
    original = flate.encode
    monkeypatch.setattr(flate, "encode", lambda text: encoded.append(len(text)) or original(text))
    face = load_face("Liberation Sans")
    pdf = _pdf(lambda c: (c.setFont(face.name, 12), c.drawString(72, 72, "Font subset")), pageCompression=1)
    big = b"x" * (rlfence.MIN_CACHED_BYTES + 1)
    with assumption(
        "R2", "reportlab no longer reads pdfdoc.PDFZCompress when it writes a stream: CachingFlate is unused"
    ):
        assert isinstance(flate, rlfence.CachingFlate)
        assert isinstance(flate, pdfdoc.PDFStreamFilterZCompress)
        assert flate.pdfname == "FlateDecode"
        assert len(encoded) >= 2, "page content and the font subset should both be deflated by the installed filter"
        assert flate.encode(big) is flate.encode(big), "large streams are not remembered"
        assert "Font subset" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_r3_to_unicode_maps_characters_beyond_the_bmp_as_surrogate_pairs() -> None:
    rlfence.install()
    face = load_face("AR PL UMing TW")
    ext_b = "\U00020021"
    assert face.has(ext_b)
    pdf = _pdf(lambda c: (c.setFont(face.name, 12), c.drawString(72, 72, ext_b)), pageCompression=1)
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    fonts = [font.get_object() for font in fonts.values()]
    cmaps = [font["/ToUnicode"].get_object().get_data().decode() for font in fonts if "/ToUnicode" in font]
    with assumption(
        "R3",
        "TTFont.addObjects no longer writes ToUnicode through ttfonts.makeToUnicodeCMap(fontname, subset), or the "
        "replacement is not installed: check how reportlab maps characters beyond U+FFFF",
    ):
        assert "makeToUnicodeCMap" in TTFont.addObjects.__code__.co_names
        assert any("<D840DC21>" in cmap for cmap in cmaps), cmaps
        assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text().strip() == ext_b


class _CountingFace(rlfence.FastFace):
    glyf_reads = 0

    def get_table(self, tag: str) -> bytes:
        if tag == "glyf":
            type(self).glyf_reads += 1
        return super().get_table(tag)


def test_f1_fast_face_subsets_exactly_like_reportlab() -> None:
    path = str(_latin_path())
    plain, fast = TTFontFace(path), _CountingFace(path)
    fast.keep_subsets(4)
    subset = [0, *map(ord, "Fence canary")]
    with assumption(
        "F1",
        "TTFontFace.makeSubset no longer reads glyphs by slicing get_table('glyf') of _ttf_data: review "
        "rlfence.FastFace (the preview's subset speed-up)",
    ):
        assert isinstance(fast._ttf_data, bytes | memoryview) or hasattr(fast._ttf_data, "__getitem__")
        built = fast.makeSubset(subset)
        assert _CountingFace.glyf_reads >= 1
        assert built == plain.makeSubset(subset)
        assert fast.makeSubset(subset) is built  # kept, not built again


def test_f2_drawing_font_sets_what_ttfont_init_sets() -> None:
    path = str(_latin_path())
    real = TTFont("rlfence-canary-real", path)
    ours = rlfence.DrawingTTFont("rlfence-canary-ours", real.face)
    with assumption(
        "F2",
        "TTFont.__init__ now sets other attributes: rlfence.DrawingTTFont.__init__ must set the same ones",
    ):
        assert set(vars(ours)) == set(vars(real)), set(vars(ours)) ^ set(vars(real))
        assert ours.stringWidth("Fence", 10) == real.stringWidth("Fence", 10)


def _regular_then_bold(family: str, plain: str, heavy: str) -> tuple[Face, Face, bytes]:
    """A one-page PDF with `plain` in the family's regular face, then `heavy` in its synthetic bold."""
    rlfence.install()
    regular, bold = load_face(family), load_synthetic_bold(family)

    def draw(canvas: Canvas) -> None:
        canvas.setFont(regular.name, 12)
        canvas.drawString(72, 72, plain)
        canvas.setFont(bold.name, 12)
        canvas.drawString(72, 90, heavy)

    return regular, bold, _pdf(draw, pageCompression=1)


def test_f3_each_face_selects_its_render_mode_with_plain_resource_names() -> None:
    _, _, pdf = _regular_then_bold("Liberation Sans", "plain", "bold")
    content = _content(pdf)
    names = list(PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"])
    with assumption(
        "F3",
        "the font-selection operator no longer comes from TTFont.getSubsetInternalName, or addObjects no longer "
        "derives resource names from it: review rlfence.DrawingTTFont (synthetic bold would print plain)",
    ):
        assert re.search(r"0 Tr /F\d+\+0 12 Tf", content), content
        assert re.search(rf"2 Tr {SYNTHETIC_BOLD_STROKE} w /F\d+\+0 12 Tf", content), content
        subsets = [name for name in names if "+" in name]  # the others: the canvas's initial Helvetica
        assert subsets, names
        assert all(re.fullmatch(r"/F\d+\+\d+", name) for name in subsets), names


def test_f4_split_string_is_reportlabs_own_except_for_the_no_break_space() -> None:
    face = TTFontFace(str(_latin_path()))
    real = TTFont("rlfence-canary-split", str(_latin_path()), asciiReadable=False)
    ours = rlfence.DrawingTTFont("rlfence-canary-split-ours", face)
    text = "Fence canary: (1) ÄÖÜ € " + "".join(map(chr, range(0x100, 0x17F)))
    doc_a, doc_b = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    with assumption(
        "F4",
        "TTFont.splitString or TTFont.State changed: rlfence.DrawingTTFont.splitString is a copy of reportlab's "
        "without `nbsp → space`; copy it again from the new version and keep U+00A0",
    ):
        state = TTFont.State(False, real)
        assert (state.subsets, state.nextCode, state.assignments, state.frozen) == (
            [[0] + [32] * 32],
            1,
            {0: 0, 32: 32},
            0,
        )
        assert ours.splitString(text, doc_a) == real.splitString(text, doc_b)
        assert ours.state[doc_a].subsets == real.state[doc_b].subsets
        ours.splitString("a\u00a0b", doc_a)
        assert 0xA0 in ours.state[doc_a].assignments
    real.splitString("a\u00a0b", doc_b)
    assert 0xA0 not in real.state[doc_b].assignments, (
        f"reportlab {VERSION} keeps U+00A0 itself now: rlfence.DrawingTTFont.splitString (F4) can go"
    )


def test_f5_synthetic_bold_shares_the_regular_subsets() -> None:
    regular, bold, pdf = _regular_then_bold("Liberation Serif", "same glyphs", "same glyphs")
    with assumption(
        "F5",
        "a renamed shallow copy of the face no longer registers beside the regular font, or the two no longer share "
        "one embedded subset: review rlfence.synthetic_bold and pdfmetrics.registerFont",
    ):
        font = pdfmetrics.getFont(bold.name)
        assert isinstance(font, rlfence.SyntheticBoldTTFont)
        assert font.fontName == bold.name
        assert font.regular is pdfmetrics.getFont(regular.name)
        assert font.face.name != font.regular.face.name
        assert pdf.count(b"/FontFile2") == 1
        assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split() == ["same", "glyphs"] * 2


def test_f6_glyph_widths_are_the_widths_reportlab_measures_with() -> None:
    face = load_face("Liberation Sans")
    text = "Fence canary W i 1"
    with assumption("F6", "TTFontFace.charWidths/defaultWidth changed: review rlfence.glyph_widths (text layout)"):
        widths, default = rlfence.glyph_widths(face.name)
        ours = sum(widths.get(ord(char), default) for char in text) * 11 / 1000
        assert ours == pytest.approx(pdfmetrics.stringWidth(text, face.name, 11), abs=1e-9)


def test_c1_a_parsed_face_is_plain_values_and_restores_whole() -> None:
    path = find_font("AR PL UMing TW")
    fresh = TTFontFace(str(path.path), subfontIndex=path.index)
    with assumption(
        "C1",
        "TTFontFace attributes changed: the face cache (facecache.py, rlfence.face_to_plain/face_from_plain) marshals "
        "TTFontFace.__dict__ and needs review",
    ):
        payload = marshal.loads(marshal.dumps(rlfence.face_to_plain(fresh)))
        restored = rlfence.face_from_plain(TTFontFace, payload, fresh._ttf_data)
        assert set(vars(restored)) == set(vars(fresh))
        assert restored._pdfScale(517) == fresh._pdfScale(517)
        assert restored.name.ustr == fresh.name.ustr
        assert restored.makeSubset([0x4E2D, 0x41]) == fresh.makeSubset([0x4E2D, 0x41])
        assert restored.hmetrics == fresh.hmetrics  # unpacked on a plain TTFontFace
        fast = rlfence.face_from_plain(rlfence.FastFace, payload, fresh._ttf_data)
        assert isinstance(fast.__dict__["hmetrics"], rlfence.PackedHMetrics)  # packed on a FastFace (F1 reads one)
        assert [fast.hmetrics[glyph] for glyph in range(len(fresh.hmetrics))] == fresh.hmetrics
        characters = [0x4E2D, 0x41, 0x3000, *sorted(fresh.charToGlyph)[-40:]]  # the last glyphs: scaled advances
        assert fast.makeSubset(characters) == fresh.makeSubset(characters)


def test_d1_a_text_matrix_is_written_where_it_is_appended() -> None:
    def draw(canvas: Canvas) -> None:
        text = canvas.beginText()
        rlfence.set_text_matrix(text, 0.21, 10, 20)
        text.textOut("x")
        canvas.drawText(text)

    with assumption("D1", "PDFTextObject no longer collects operators in _code: review rlfence.set_text_matrix"):
        content = _content(_pdf(draw, pageCompression=0))
        assert re.search(r"BT .*1 0 0\.21 1 10\.000 20\.000 Tm .*\(x\) Tj", content.replace("\n", " ")), content


def test_d2_cached_images_are_drawn_as_drawimage_draws_them() -> None:
    image = PILImage.new("RGBA", (40, 20), (30, 90, 160, 128))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = buffer.getvalue()

    def xobjects(pdf: bytes) -> list[tuple[int, int, bool]]:
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        found = page["/Resources"]["/XObject"].values()
        return sorted((x["/Width"], x["/Height"], "/SMask" in x) for x in (ref.get_object() for ref in found))

    with assumption(
        "D2",
        "canvas/document internals used to draw a cached image XObject changed (_doc, _code, _formsinuse, "
        "_currentPageHasImages, PDFImageXObject._smask): review rlfence.draw_cached_image and image_xobjects",
    ):
        cached, mask = rlfence.image_xobjects("RDImageCanary", ImageReader(io.BytesIO(data)))
        ours = _pdf(lambda c: rlfence.draw_cached_image(c, cached, mask, 72, 72, 40, 20))
        theirs = _pdf(lambda c: c.drawImage(ImageReader(io.BytesIO(data)), 72, 72, 40, 20, mask="auto"))
        assert mask is not None
        assert xobjects(ours) == xobjects(theirs) == [(40, 20, True)]
        assert " Do" in _content(ours)


def test_d2_image_objects_are_plain_values_and_restore_whole() -> None:
    """The per-user image cache (images.py) marshals what image_xobjects made: the PDF must not change."""
    image = PILImage.new("RGBA", (40, 20), (30, 90, 160, 128))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    reader = ImageReader(io.BytesIO(buffer.getvalue()))
    with assumption(
        "D2",
        "PDFImageXObject state is no longer plain values: review rlfence.xobjects_to_plain/xobjects_from_plain",
    ):
        rlfence.install()
        cached, mask = rlfence.image_xobjects("RDImageCanary", reader)
        restored, restored_mask = rlfence.xobjects_from_plain(
            marshal.loads(marshal.dumps(rlfence.xobjects_to_plain(cached, mask)))
        )
        ours = _pdf(lambda c: rlfence.draw_cached_image(c, restored, restored_mask, 72, 72, 40, 20))
        theirs = _pdf(lambda c: rlfence.draw_cached_image(c, cached, mask, 72, 72, 40, 20))
        assert ours == theirs
        plain = rlfence.xobjects_to_plain(cached, mask)
        with pytest.raises(ValueError, match="encoding"):
            rlfence.xobjects_from_plain(("a85" if plain[0] == "binary" else "binary", *plain[1:]))


def test_d3_extra_document_information_keeps_the_standard_entries() -> None:
    def plain(canvas: Canvas) -> None:
        canvas.setTitle("Canary")
        canvas.setAuthor("ReleaseDesk")

    def extra(canvas: Canvas) -> None:
        plain(canvas)
        rlfence.add_info_entries(canvas, {"ReleaseDeskCanary": "yes"})

    with assumption(
        "D3",
        "PDFInfo's fields, its _dateFormatter or the document's _timeStamp changed: review rlfence.InfoWithEntries",
    ):
        base = dict(PdfReader(io.BytesIO(_pdf(plain))).metadata)
        added = dict(PdfReader(io.BytesIO(_pdf(extra))).metadata)
        assert added.pop("/ReleaseDeskCanary") == "yes"
        assert added == base


def test_t1_font_maker_writes_a_font_fonttools_reads() -> None:
    from fontTools.ttLib import TTFont as ToolsFont

    face = TTFontFace(str(_latin_path()))
    with assumption("T1", "ttfonts.TTFontMaker (add, makeStream) changed: review ttfstrip.strip_hinting"):
        maker = rlfence.TTFontMaker()
        for tag in ("head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf", "post", "name"):
            maker.add(tag, face.get_table(tag))
        font = ToolsFont(io.BytesIO(maker.makeStream()))
        assert sorted(font.keys()) == sorted(
            ["GlyphOrder", "head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf", "post", "name"]
        )
        assert font["maxp"].numGlyphs == len(font.getGlyphOrder())


def test_p1_platypus_regexes_compile_on_first_use_and_match_as_compiled_ones() -> None:
    """A fresh process: rlfence imports platypus with the listed modules' patterns lazy, re.compile put back."""
    script = textwrap.dedent(
        """
        import importlib, re, sys
        from releasedesk.export.pdf import rlfence
        assert re.compile is rlfence._COMPILE, "re.compile left patched"
        lazy = []
        for name in sorted(rlfence._DEFERRED_MODULES):
            module = importlib.import_module(name)
            for attribute, value in vars(module).items():
                if isinstance(value, rlfence.LazyPattern):
                    real = re.compile(*value._args)
                    for sample in ("https://www.moda.gov.tw/a?b=1", "x", "數位發展部", "(well-known)", "def f(): pass"):
                        assert bool(value.search(sample)) == bool(real.search(sample)), (name, attribute, sample)
                        assert value.split(sample) == real.split(sample), (name, attribute, sample)
                    lazy.append(f"{name}.{attribute}")
        print(" ".join(lazy))
        """
    )
    with assumption(
        "P1",
        "reportlab.platypus no longer compiles these patterns with re.compile at import: review "
        "rlfence._DEFERRED_MODULES (start-up time only; output is unaffected)",
    ):
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "reportlab.platypus.paragraph.uri_pat" in result.stdout.split()


def test_p1_a_lazy_pattern_is_its_compiled_pattern() -> None:
    lazy = rlfence.LazyPattern(r"(\d+)-(\w)", re.I)
    assert lazy.sub(r"\2\1", "12-a 3-B") == "a12 B3"
    assert lazy.pattern == r"(\d+)-(\w)"
    assert lazy.flags & re.I


def test_p2_reportlab_imports_pillow_image_without_using_it() -> None:
    """onecommand leaves PIL.Image lazy: importing reportlab (and the PDF writer) must not read anything from it."""
    script = textwrap.dedent(
        """
        from releasedesk import onecommand
        onecommand.defer_pillow_image()
        import reportlab.lib.utils
        from releasedesk.export.pdf import rlfence, writer
        assert reportlab.lib.utils.haveImages
        print(onecommand.pillow_image_loaded())
        """
    )
    with assumption(
        "P2",
        "importing reportlab now reads PIL.Image at import: review onecommand.defer_pillow_image (start-up time only; "
        "output is unaffected)",
    ):
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["False"]

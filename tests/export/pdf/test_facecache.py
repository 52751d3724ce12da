"""Parsed fonts cached on disk give exactly the face a fresh parse gives; a bad cache file is never trusted."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from releasedesk.export.pdf import facecache, rlfence
from releasedesk.export.pdf.fonts import find_font, load_face
from releasedesk.export.pdf.fontset import FontSet
from releasedesk.export.pdf.template import FontConfig

COMPARED = ("charToGlyph", "charWidths", "glyphPos", "hmetrics", "unitsPerEm", "name", "ascent", "descent", "bbox")


def _same_face(a: TTFontFace, b: TTFontFace) -> None:
    for attribute in COMPARED:
        assert getattr(a, attribute) == getattr(b, attribute), attribute
    assert a.name.ustr == b.name.ustr
    assert a._pdfScale(512) == b._pdfScale(512)
    assert a.makeSubset([0x4E2D, 0x6587, 0x41]) == b.makeSubset([0x4E2D, 0x6587, 0x41])


def test_a_cached_face_equals_a_freshly_parsed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = find_font("AR PL UMing TW").path
    index = find_font("AR PL UMing TW").index
    first = facecache.load(TTFontFace, path, index)  # parses, writes the cache
    files = list((tmp_path / "releasedesk" / "fonts").glob("*.marshal"))
    assert len(files) == 1
    second = facecache.load(TTFontFace, path, index)  # from the cache
    assert not isinstance(second._ttf_data, bytes)  # memory-mapped, not read whole
    _same_face(first, second)
    _same_face(TTFontFace(str(path), subfontIndex=index), second)


def test_a_corrupt_cache_file_is_ignored_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = find_font("Liberation Sans").path
    facecache.load(TTFontFace, path, 0)
    (cached,) = (tmp_path / "releasedesk" / "fonts").glob("*.marshal")
    cached.write_bytes(b"\x00garbage")
    face = facecache.load(TTFontFace, path, 0)
    _same_face(TTFontFace(str(path)), face)
    assert cached.read_bytes() != b"\x00garbage"


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    (tmp_path / "releasedesk").write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = find_font("Liberation Serif").path
    _same_face(TTFontFace(str(path)), facecache.load(TTFontFace, path, 0))


def test_our_fonts_have_every_attribute_a_reportlab_ttfont_has():
    """Our fonts are built without TTFont.__init__: a reportlab upgrade that adds state must show up here."""
    FontSet(FontConfig()).base_font("serif")
    ours = pdfmetrics.getFont(load_face("Liberation Serif").name)
    theirs = TTFont("reference-font", str(find_font("Liberation Serif").path))
    assert set(vars(theirs)) <= set(vars(ours))
    assert set(vars(theirs.face)) <= set(vars(ours.face))


def test_glyph_to_char_stays_packed_until_read_and_then_equals_a_fresh_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = find_font("AR PL UMing TW")
    facecache.load(rlfence.FastFace, path.path, path.index)  # parses, writes the cache
    cached = facecache.load(rlfence.FastFace, path.path, path.index)
    assert isinstance(vars(cached)["glyphToChar"], rlfence.PackedGlyphToChar)
    fresh = TTFontFace(str(path.path), subfontIndex=path.index)
    assert cached.glyphToChar == fresh.glyphToChar
    assert list(cached.glyphToChar) == list(fresh.glyphToChar)
    assert list(cached.charToGlyph.items()) == list(fresh.charToGlyph.items())

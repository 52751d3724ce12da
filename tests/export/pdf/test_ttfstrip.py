"""ttfstrip: a subset without hinting keeps every outline and metric, loads in fontTools and reportlab, and bad data
gives one clear error instead of a struct traceback or a silently broken font."""

from __future__ import annotations

import contextlib
import io
import itertools
import struct

import pytest
from fontTools.ttLib import TTFont as ToolsFont
from fontTools.ttLib.tables._g_l_y_f import WE_HAVE_INSTRUCTIONS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFontFace

from releasedesk.errors import ExportError
from releasedesk.export.pdf.fonts import find_font
from releasedesk.export.pdf.rlfence import TTFontMaker
from releasedesk.export.pdf.ttfstrip import FontStripError, strip_hinting

HINTING = ("cvt ", "fpgm", "prep", "hdmx", "LTSH", "VDMX")
TEXT = "AÄéfi%中文標點，。"
"""Latin with composite glyphs (Ä, é are built from components in Liberation Sans) and CJK."""


def _subset(family: str) -> bytes:
    """A subset as reportlab's makeSubset writes it: the input ttfstrip is made for."""
    found = find_font(family)
    face = TTFontFace(str(found.path), subfontIndex=found.index)
    return face.makeSubset([0, *(ord(char) for char in TEXT if ord(char) in face.charToGlyph)])


@pytest.fixture(scope="module")
def latin() -> bytes:
    return _subset("Liberation Sans")


@pytest.fixture(scope="module")
def cjk() -> bytes:
    return _subset("TW-Sung")


def _tables(font: bytes) -> dict[str, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    entries = (struct.unpack(">4sLLL", font[12 + 16 * i : 28 + 16 * i]) for i in range(count))
    return {tag.decode("latin1"): font[offset : offset + length] for tag, _sum, offset, length in entries}


def _font(tables: dict[str, bytes]) -> bytes:
    maker = TTFontMaker()
    for tag, data in tables.items():
        maker.add(tag, data)
    return maker.makeStream()


def _has_program(font: ToolsFont, name: str) -> bool:
    glyph = font["glyf"][name]
    if glyph.isComposite():
        return any(component.flags & WE_HAVE_INSTRUCTIONS for component in glyph.components) or bool(
            getattr(glyph, "program", None) and glyph.program.getBytecode()
        )
    return bool(hasattr(glyph, "program") and glyph.program.getBytecode())


def test_hinting_tables_and_every_glyph_program_are_stripped(latin: bytes) -> None:
    before, after = ToolsFont(io.BytesIO(latin)), ToolsFont(io.BytesIO(strip_hinting(latin)))
    assert {"cvt ", "fpgm", "prep"} <= set(before.keys())  # the input really is hinted, so this test can fail
    assert any(_has_program(before, name) for name in before.getGlyphOrder())
    assert any(before["glyf"][name].isComposite() for name in before.getGlyphOrder())
    assert not set(HINTING) & set(after.keys())
    assert not [name for name in after.getGlyphOrder() if _has_program(after, name)]


@pytest.mark.parametrize("family", ["Liberation Sans", "TW-Sung"])
def test_outlines_metrics_and_the_other_tables_are_kept(family: str) -> None:
    original = _subset(family)
    stripped = strip_hinting(original)
    before, after = ToolsFont(io.BytesIO(original)), ToolsFont(io.BytesIO(stripped))
    assert before.getGlyphOrder() == after.getGlyphOrder()
    glyf_before, glyf_after = before["glyf"], after["glyf"]
    for name in before.getGlyphOrder():
        old, new = glyf_before[name], glyf_after[name]
        assert old.getCoordinates(glyf_before) == new.getCoordinates(glyf_after), name
        if old.isComposite():
            assert [(c.glyphName, c.x, c.y) for c in old.components] == [
                (c.glyphName, c.x, c.y) for c in new.components
            ]
    old_tables, new_tables = _tables(original), _tables(stripped)
    for tag in set(old_tables) - {"glyf", "loca", "head", *HINTING}:
        assert new_tables[tag] == old_tables[tag], tag
    # head: only the checksum adjustment (8:12) and the loca format (50:52) may differ
    old_head, new_head = old_tables["head"], new_tables["head"]
    assert old_head[:8] + old_head[12:50] + old_head[52:] == new_head[:8] + new_head[12:50] + new_head[52:]
    assert len(stripped) < len(original)


@pytest.mark.parametrize("family", ["Liberation Sans", "TW-Sung", "AR PL UMing TW"])
def test_the_result_is_a_valid_font_for_fonttools_and_reportlab(family: str) -> None:
    stripped = strip_hinting(_subset(family))
    tools = ToolsFont(io.BytesIO(stripped), checkChecksums=2)  # raises on a wrong table checksum
    tools.ensureDecompiled()
    assert tools["maxp"].numGlyphs == len(tools.getGlyphOrder())
    face = TTFontFace(io.BytesIO(stripped), validate=1)  # validate: reportlab checks the whole-file checksum
    assert face.numGlyphs == tools["maxp"].numGlyphs


def test_stripping_twice_changes_nothing(cjk: bytes) -> None:
    once = strip_hinting(cjk)
    assert strip_hinting(once) == once


def _with_glyph(font: bytes, index: int, glyph: bytes) -> bytes:
    """`font` with glyph `index` replaced (long loca offsets, so any length fits)."""
    tables = _tables(font)
    head, loca, glyf = tables["head"], tables["loca"], tables["glyf"]
    if struct.unpack(">h", head[50:52])[0] == 1:
        offsets = list(struct.unpack(f">{len(loca) // 4}L", loca))
    else:
        offsets = [2 * value for value in struct.unpack(f">{len(loca) // 2}H", loca)]
    glyphs = [glyf[a:b] for a, b in itertools.pairwise(offsets)]
    glyphs[index] = glyph
    new = [0]
    for item in glyphs:
        new.append(new[-1] + len(item))
    tables["glyf"] = b"".join(glyphs)
    tables["loca"] = struct.pack(f">{len(new)}L", *new)
    tables["head"] = head[:50] + struct.pack(">h", 1) + head[52:]
    return _font(tables)


def _first_glyph(font: bytes, composite: bool) -> tuple[int, bytes]:
    tools = ToolsFont(io.BytesIO(font))
    for index, name in enumerate(tools.getGlyphOrder()):
        glyph = tools["glyf"][name]
        if glyph.numberOfContours != 0 and glyph.isComposite() == composite:
            return index, glyph.compile(tools["glyf"])
    raise AssertionError("no such glyph")


def _hostile(latin: bytes) -> dict[str, bytes]:
    simple_index, simple = _first_glyph(latin, composite=False)
    composite_index, composite = _first_glyph(latin, composite=True)
    contours = struct.unpack(">h", simple[:2])[0]
    at = 10 + 2 * contours
    tables = _tables(latin)
    without_glyf = {tag: data for tag, data in tables.items() if tag != "glyf"}
    return {
        "empty": b"",
        "shorter than a header": latin[:11],
        "truncated directory": latin[:40],
        "truncated tables": latin[: len(latin) // 2],
        "no glyf table": _font(without_glyf),
        "truncated head": _font({**tables, "head": tables["head"][:40]}),
        "instructions past the glyph": _with_glyph(latin, simple_index, simple[:at] + b"\xff\xff" + simple[at + 2 :]),
        "contours past the glyph": _with_glyph(latin, simple_index, b"\x7f\xff" + simple[2:12]),
        "components past the glyph": _with_glyph(latin, composite_index, composite[:14]),
        "loca past glyf": _font({**tables, "loca": tables["loca"][:-2] + b"\xff\xff"}),
    }


def test_hostile_or_truncated_fonts_give_one_clear_error(latin: bytes) -> None:
    for case, data in _hostile(latin).items():
        with pytest.raises(FontStripError) as caught:
            strip_hinting(data)
        message = str(caught.value)
        assert message, case
        assert "\n" not in message, case
        assert isinstance(caught.value, ExportError), case  # shown as one line by the command line and the window


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_bytes_never_raise_anything_but_the_clear_error(latin: bytes, data: st.DataObject) -> None:
    font = bytearray(latin)
    for _ in range(data.draw(st.integers(1, 8))):
        font[data.draw(st.integers(0, len(font) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(font)))
    with contextlib.suppress(FontStripError):
        strip_hinting(bytes(font[:cut]))

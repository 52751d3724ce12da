"""Process-wide adjustments to reportlab, installed once when the PDF writer is imported.

ReleaseDesk is reportlab's only user in the process, so these are safe to apply globally:

- binary streams instead of ASCII85 (25% smaller; reportlab encodes ASCII85 in pure Python, the slowest render step);
- a Flate filter that remembers large outputs (font subsets) between renders of the live preview;
- a ToUnicode map that writes characters beyond U+FFFF as UTF-16 surrogate pairs: reportlab writes `<2000B>`,
  which viewers cannot read, so copying an Ext-B ideograph (common in names) out of the PDF gave garbage.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import ttfonts

from releasedesk.export.pdf import streamcache


def utf16_hex(code: int) -> str:
    """A code point as the UTF-16BE hex a CMap's destination string needs."""
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's makeToUnicodeCMap, with correct entries for supplementary-plane characters."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install() -> None:
    rl_config.useA85 = 0
    streamcache.install()
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap

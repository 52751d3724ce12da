"""Where a line may break: kinsoku (禁則) for CJK, whole words for Latin, URLs kept whole. No Qt, no reportlab.

The same rules as the PDF's line breaker (export/pdf/linebreak.py, checked by a canary test), so the plain-text
writer and any other wrapping format break Chinese where the PDF would.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Never at the start of a line: closing brackets and quotes, sentence and clause punctuation, iteration marks, and
# the dash and ellipsis (——, ……), which stay with the text before them.
CANNOT_START = frozenset(
    "，。、；：！？）」』】》〉〕］｝〗〙〞’”—…‥．・·‧﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
    "々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ",.;:!?)]}%‰℃°′″"
)
# Never at the end of a line: opening brackets and quotes.
CANNOT_END = frozenset("（「『【《〈〔［｛〖〘〝‘“([{﹙﹛﹝")
# Runs of these are one mark (——, ……) and are never split.
UNSPLITTABLE_RUNS = frozenset("—…‥")
# Where an over-long token without spaces (a URL) may be broken as a last resort.
URL_BREAK_AFTER = frozenset("/?&=#_-.")


def is_wide(char: str) -> bool:
    """CJK ideographs, kana, Hangul and full-width forms: a line may break before or after any of them."""
    return unicodedata.east_asian_width(char) in ("W", "F")


@lru_cache(maxsize=1 << 16)
def can_break(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next one start with `after`."""
    if not before or not after:
        return False
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before == after and before in UNSPLITTABLE_RUNS:
        return False
    if after.isspace():
        return False  # break after the spaces, which then hang at the line end
    if before.isspace():
        return True
    if is_wide(before) or is_wide(after):
        return True
    return before in "-\u2010" and after.isalpha()  # after the hyphen of a hyphenated word


def emergency_break(chars: Sequence[str], start: int, overflow: int) -> int:
    """Where to break a line that has no break opportunity (a long URL): still honouring kinsoku if possible."""
    half = (start + overflow) // 2
    for k in range(overflow, max(half, start + 1) - 1, -1):
        if chars[k - 1] in URL_BREAK_AFTER:
            return k
    for k in range(overflow, start, -1):
        if chars[k] not in CANNOT_START and chars[k - 1] not in CANNOT_END:
            return k
    return max(overflow, start + 1)

"""Where a line may break, for Chinese, English and both mixed: kinsoku (禁則) for CJK, whole words for Latin.

One rule for every format that wraps lines (the PDF's text setting, the plain-text writer); no Qt, no reportlab.

reportlab's `wordWrap='CJK'` keeps only part of the closing punctuation off line starts, never keeps openers off line
ends, and splits Latin words anywhere. Here every break opportunity is found once, in one pass over the paragraph
(export/pdf/textflow.py and export/text/wrap.py break lines with it): a rule that would be broken pushes characters
to the next line (推出). A no-break space (U+00A0, U+202F, U+2007) never breaks; a URL may break after
`/ . - ? & = #`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

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
_UNSPLITTABLE_RUNS = frozenset("—…‥")
# Where a URL may break: after these, never before the end of the URL.
URL_BREAK_AFTER = frozenset("/.-?&=#")
# Spaces a line may break at (and that hang in the margin at a line end); the no-break ones are not here.
BREAK_SPACES = frozenset(" \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000")


def is_break_space(char: str) -> bool:
    """`char` is a space a line may break at."""
    return char in BREAK_SPACES


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
    if before == after and before in _UNSPLITTABLE_RUNS:
        return False
    if after in BREAK_SPACES:
        return False  # break after the spaces, which then hang in the margin at the line end
    if before in BREAK_SPACES:
        return True
    if is_wide(before) or is_wide(after):
        return True
    return before in "-\u2010" and after.isalpha()  # after the hyphen of a hyphenated word


def _is_url_start(chars: Sequence[str], index: int) -> bool:
    """`http://`, `https://`, `ftp://`, `www.` or `mailto:` starting at `index`."""
    window = "".join(chars[index : index + 8]).lower()
    return window.startswith(("http://", "https://", "ftp://", "www.", "mailto:"))


def break_opportunities(chars: Sequence[str]) -> list[bool]:
    """allowed[i]: a line may start at chars[i]. Linear in the number of characters."""
    count = len(chars)
    allowed = [False] * (count + 1)
    in_url = bool(count) and _is_url_start(chars, 0)
    last_mark = ""  # the last character before the current run of spaces: spaces hang, so it ends the line
    for index in range(1, count):
        before, after = chars[index - 1], chars[index]
        if before not in BREAK_SPACES:
            last_mark = before
        if before in BREAK_SPACES or before == "\n":
            in_url = False
        if not in_url and after in "hHfFwWmM" and not before.isalnum() and _is_url_start(chars, index):
            in_url = True
        if can_break(before, after):
            allowed[index] = last_mark not in CANNOT_END  # "（ data": the opener would end the line
        elif in_url and before in URL_BREAK_AFTER and after not in BREAK_SPACES and after not in CANNOT_START:
            allowed[index] = after not in URL_BREAK_AFTER or before == "/"  # not inside "..", "//" is fine
    return allowed


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

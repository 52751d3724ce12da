"""zh-TW house style: OpenCC's Taiwan data for characters and vocabulary, plus punctuation, width, brackets, spaces.

Each function takes one piece of Chinese text (a headline, a body block) and returns findings with spans in it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from releasedesk.checks.findings import Finding
from releasedesk.checks.opencc_data import opencc_data

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_PUNCTUATION = "\u3001\u3002\u300a-\u300f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u2026\u2014"
CHINESE = HAN + CJK_PUNCTUATION

_ALSO_TAIWAN_USAGE = (
    "文件 保存 連接 信號 交互 模擬 局部 實例 圖像 聯繫 聲明 導入 導出 項目 數據 設備 "
    "消息 用戶 字體 調度 社區 設置 通信 通道 查看 查找 呼出 屏蔽 循環 權限 類型 高端 "
    "登錄 發佈 發送 禁用 添加 刷新 擴展 優化 對象 程序 進程 執行"
)
ALSO_TAIWAN_USAGE = frozenset(_ALSO_TAIWAN_USAGE.split())
"""TWPhrases entries (an IT glossary at heart) that are also ordinary Taiwan usage (政府文件, 社區據點, 保存文化資產):
not reported. Chosen by reading TWPhrases' two-character entries and the bundled samples."""

_HALF_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_WIDTH_RE = re.compile(rf"(?<=[{CHINESE}])[,;:?!()]|[,;:?!()](?=[{HAN}])")
_FULL_WIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_DOUBLED_RE = re.compile("([，。、；：！？])\\1+|[，。、；：]{2,}")
_SPACE_RE = re.compile(rf"(?<=[{CHINESE}])[ \u3000]+(?=[{CHINESE}])")
_PAIRS = {"「": "」", "『": "』", "《": "》", "（": "）", "〈": "〉", "【": "】"}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}


def _differences(source: str, converted: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) where `converted` differs from `source`, character by character when it can."""
    if len(source) == len(converted):
        for index, (old, new) in enumerate(zip(source, converted, strict=True)):
            if old != new:
                yield index, index + 1, new
        return
    from difflib import SequenceMatcher  # on the checks thread, not with the window's start-up

    matcher = SequenceMatcher(None, source, converted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield i1, i2, converted[j1:j2]


def simplified(text: str) -> list[Finding]:
    """Simplified characters (发), each with OpenCC's traditional form in context (头发 → 頭髮)."""
    data = opencc_data()
    if not any(char in data.simplified_only for char in text):
        return []
    converted = data.s2t.convert(text)
    findings = []
    for start, end, new in _differences(text, converted):
        old = text[start:end]
        if any(char in data.simplified_only for char in old):
            findings.append(Finding("simplified", start, end, old, (new,), f"simplified character {old} → {new}"))
    return findings


def variants(text: str) -> list[Finding]:
    """Characters in a non-Taiwan form (裏, 爲, 着): OpenCC's TWVariants."""
    data = opencc_data()
    if not data.has_variant(text):
        return []
    converted = data.t2tw.convert(text)
    if converted == text:
        return []
    return [
        Finding("variant", start, end, text[start:end], (new,), f"non-Taiwan variant {text[start:end]} → {new}")
        for start, end, new in _differences(text, converted)
    ]


def mainland_terms(text: str) -> list[Finding]:
    """Mainland vocabulary (軟件, 網絡): OpenCC's TWPhrases, longest match first, without ALSO_TAIWAN_USAGE."""
    data = opencc_data()
    converted = data.s2t.convert(text) if any(char in data.simplified_only for char in text) else text
    if len(converted) != len(text):
        converted = text
    findings = []
    index = 0
    lengths = data.tw_phrase_lengths
    while index < len(converted):
        left = len(converted) - index
        for length in lengths.get(converted[index], ()):  # longest first, as before: only lengths that exist
            if length > left:
                continue
            term = converted[index : index + length]
            taiwan = data.tw_phrases.get(term)
            if (
                taiwan is not None
                and taiwan != term
                and term not in ALSO_TAIWAN_USAGE
                and not _already_taiwan(converted, index, length, taiwan)
            ):
                message = f"mainland term {term} → {taiwan}"
                findings.append(
                    Finding("mainland-term", index, index + length, text[index : index + length], (taiwan,), message)
                )
                index += length
                break
        else:
            index += 1
    return findings


def _already_taiwan(text: str, start: int, length: int, taiwan: str) -> bool:
    """The Taiwan form overlaps the match (可以在線上: 在線 inside 在 + 線上), so nothing is wrong."""
    window = text[max(0, start - len(taiwan) + 1) : start + length + len(taiwan) - 1]
    return taiwan in window


def half_width_punctuation(text: str) -> list[Finding]:
    """`, ; : ? ! ( )` touching Chinese text: their full-width forms belong there (時間:上午 → 時間：上午)."""
    return [
        Finding(
            "half-width-punctuation",
            m.start(),
            m.end(),
            m.group(),
            (_HALF_WIDTH[m.group()],),
            f"half-width {m.group()} in Chinese text → {_HALF_WIDTH[m.group()]}",
        )
        for m in _HALF_WIDTH_RE.finditer(text)
    ]


def full_width_alphanumerics(text: str) -> list[Finding]:
    """Full-width Latin letters and digits (６大目標 → 6大目標)."""
    findings = []
    for m in _FULL_WIDTH_RE.finditer(text):
        normal = unicodedata.normalize("NFKC", m.group())
        message = f"full-width letters or digits {m.group()} → {normal}"
        findings.append(Finding("full-width-alphanumeric", m.start(), m.end(), m.group(), (normal,), message))
    return findings


def unbalanced_brackets(text: str) -> list[Finding]:
    """「」『』《》（）〈〉【】 without their partner in the same text."""
    stack: list[tuple[str, int]] = []
    findings = []
    for index, char in enumerate(text):
        if char in _PAIRS:
            stack.append((char, index))
        elif char in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[char]:
                stack.pop()
            else:
                findings.append(
                    Finding(
                        "unbalanced-bracket", index, index + 1, char, (), f"{char} without its opening {_CLOSERS[char]}"
                    )
                )
    for char, index in stack:
        findings.append(Finding("unbalanced-bracket", index, index + 1, char, (), f"{char} is never closed"))
    return sorted(findings, key=lambda finding: finding.start)


def doubled_punctuation(text: str) -> list[Finding]:
    """Punctuation typed twice (，，　。。　，。)."""
    findings = []
    for m in _DOUBLED_RE.finditer(text):
        kept = m.group()[-1] if m.group(1) is None else m.group(1)
        findings.append(
            Finding(
                "doubled-punctuation",
                m.start(),
                m.end(),
                m.group(),
                (kept,),
                f"doubled punctuation {m.group()} → {kept}",
            )
        )
    return findings


def stray_spaces(text: str) -> list[Finding]:
    """Spaces between Chinese characters; one ideographic space (U+3000) alone is a deliberate separator."""
    return [
        Finding("stray-space", m.start(), m.end(), m.group(), ("",), "space between Chinese characters")
        for m in _SPACE_RE.finditer(text)
        if m.group() != "\u3000"
    ]


STYLE_CHECKS = (
    simplified,
    variants,
    mainland_terms,
    half_width_punctuation,
    full_width_alphanumerics,
    unbalanced_brackets,
    doubled_punctuation,
    stray_spaces,
)


def check_style(text: str, *, ignore_spans: Iterable[tuple[int, int]] = ()) -> list[Finding]:
    """Every zh-TW style finding in `text`, in text order; spans inside `ignore_spans` (URLs) are left out."""
    ignored = list(ignore_spans)
    findings = [
        finding
        for check in STYLE_CHECKS
        for finding in check(text)
        if not any(start <= finding.start < end for start, end in ignored)
    ]
    return sorted(findings, key=lambda finding: (finding.start, finding.end))

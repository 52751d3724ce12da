"""Numerals as the Executive Yuan's rule for horizontal documents asks (公文書橫式書寫數字使用原則), gently.

Arabic numerals for dates, statistics and amounts (二〇二六年三月五日 → 2026年3月5日, 五千萬元 → 5,000萬元 stays
readable as 5千萬元; 百分之十五 → 15%); Chinese numerals stay in set phrases and names (一律, 三讀, 第一線, 十分).
Only unmistakable measurements are suggested: a Chinese number before a unit of date, money, people or percent.
"""

from __future__ import annotations

import re

from releasedesk.checks.findings import Finding

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"萬": 10_000, "億": 100_000_000}
_NUMBER = "[〇零一二三四五六七八九十百千萬億兩]"
_UNITS = "年|月|日|元|人次|人|歲|名|件|家|所|座|場|公里|公斤|公頃|小時|分鐘|億元|萬元|億|萬"

_YEAR = re.compile("(?<![第〇零一二三四五六七八九十百千])[〇零一二三四五六七八九]{3,4}年")
_DATE = re.compile(
    "(?<![第〇零一二三四五六七八九十百千萬])(?:[一二三四五六七八九十]{1,2})月[一二三四五六七八九十]{1,3}日"
)
_PERCENT = re.compile(f"百分之{_NUMBER}+(?:點[〇零一二三四五六七八九]+)?")
_MEASURE = re.compile(f"(?<![第、數幾{_NUMBER[1:-1]}]){_NUMBER}{{2,}}(?={_UNITS})")
_APPROXIMATE = re.compile("[一二三四五六七八九兩]{2}")
"""三四十人, 二、三十歲, 數十萬: approximate numbers stay in Chinese numerals (the rule says so too)."""


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral (二〇二六 → 2026, 一萬八千 → 18000, 十五 → 15), or None when it is not one."""
    if text and all(char in _DIGITS for char in text) and len(text) > 1:
        return int("".join(str(_DIGITS[char]) for char in text))
    total = wan = section = digit = 0
    seen_digit = False
    for char in text:
        if char in _DIGITS:
            digit, seen_digit = _DIGITS[char], True
        elif char in _SMALL_UNITS:
            section += (digit if seen_digit else 1) * _SMALL_UNITS[char]
            digit, seen_digit = 0, False
        elif char == "萬":
            wan = (section + digit) * 10_000
            section = digit = 0
            seen_digit = False
        elif char == "億":
            total = (total + wan + section + digit) * 100_000_000
            wan = section = digit = 0
            seen_digit = False
        else:
            return None
    return total + wan + section + digit


def _arabic(numeral: str) -> str | None:
    value = chinese_number(numeral)
    return None if value is None else str(value)


def _measure(numeral: str) -> str | None:
    """A quantity's Arabic form with thousands separators, keeping a final 萬 or 億 (五千萬 → 5,000萬)."""
    if numeral[-1] in _BIG_UNITS and len(numeral) > 1 and not any(char in _BIG_UNITS for char in numeral[:-1]):
        value = chinese_number(numeral[:-1])
        return None if value is None else f"{value:,}{numeral[-1]}"
    value = chinese_number(numeral)
    return None if value is None else f"{value:,}"


def numeral_suggestions(text: str) -> list[Finding]:
    """Chinese numerals in dates, percentages and measured quantities, each with its Arabic form."""
    findings: list[Finding] = []

    def add(start: int, end: int, suggestion: str | None) -> None:
        if suggestion and not any(f.start < end and start < f.end for f in findings):
            old = text[start:end]
            findings.append(
                Finding(
                    "numeral",
                    start,
                    end,
                    old,
                    (suggestion,),
                    f"numeral: {old} → {suggestion} (Arabic numerals for dates and figures)",
                    gentle=True,
                )
            )

    for m in _DATE.finditer(text):
        month, _, day = m.group()[:-1].partition("月")
        month_value, day_value = _arabic(month), _arabic(day)
        if month_value and day_value:
            add(m.start(), m.end(), f"{month_value}月{day_value}日")
    for m in _YEAR.finditer(text):
        year = _arabic(m.group()[:-1])
        add(m.start(), m.end(), year and f"{year}年")
    for m in _PERCENT.finditer(text):
        whole, _, fraction = m.group()[3:].partition("點")
        value = _arabic(whole)
        if fraction:
            value = value and f"{value}.{''.join(str(_DIGITS[c]) for c in fraction)}"
        add(m.start(), m.end(), value and f"{value}%")
    for m in _MEASURE.finditer(text):
        if _APPROXIMATE.search(m.group()):
            continue
        add(m.start(), m.end(), _measure(m.group()))
    return sorted(findings, key=lambda finding: finding.start)

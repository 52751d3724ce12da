"""Figures that must agree across a pair: amounts, percentages, years, dates, times, phones, e-mails and URLs.

Each side's text is read into canonical values (930億元 and NT$93 billion are both 93,000,000,000; 115年 and 2026 are
both the year 2026; 下午2時 and 2 p.m. are both 14:00), most specific kinds first so a phone number is never also
read as three amounts. A value on one side with no equal on the other is a mismatch. Whole numbers below 10 are
not compared: style guides spell them out ("three") and Chinese writes them inside words (第一, 一起).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from releasedesk.model.release import Lang

KINDS = ("url", "email", "phone", "date", "time", "percent", "year", "number")


@dataclass(frozen=True)
class Figure:
    """A number, date or amount found in a text, in a form comparable across the languages."""

    kind: str
    value: str
    """The canonical value compared across languages (e.g. "93000000000", "2026", "04-01", "14:00")."""
    source: str
    """The text it was read from, for a person."""
    soft: bool = False
    """Written in words (thirty-two, 二、三十): it satisfies an equal figure, but alone it is never reported."""


@dataclass(frozen=True)
class Mismatch:
    """Figures of one kind that have no equal on the other side; one of the two may be empty (dropped)."""

    kind: str
    zh: tuple[str, ...]
    en: tuple[str, ...]

    def describe(self) -> str:
        left = ", ".join(self.zh) or "nothing"
        right = ", ".join(self.en) or "nothing"
        return f"{_KIND_NAMES[self.kind]} disagree: {left} (zh-TW) ↔ {right} (en)"


_KIND_NAMES = {
    "url": "web addresses", "email": "e-mail addresses", "phone": "phone numbers", "date": "dates",
    "time": "times", "percent": "percentages", "year": "years", "number": "figures", "month": "months",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------- shared patterns

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。、；：）」』】]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+886[\s-]?(?:\(0?\d{1,2}\)|0?\d{1,3})|\(0\d{1,3}\)|0\d{1,3})(?:[\s-]?\d{2,4}){2,3}"
    r"(?:\s*(?:#|ext\.?|分機)\s*\d{1,5})?(?![\d])",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
_NUM = r"\d(?:[\d,]*\d)?(?:\.\d+)?"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)"
)

# ---------------------------------------------------------------------------------------------- English

_EN_DATE_MD = re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_EN_DATE_DM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b")
_EN_TIME_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_EN_TIME_24 = re.compile(r"(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])")
_EN_NOON = re.compile(r"\b(noon|midnight)\b", re.IGNORECASE)
_EN_PERCENT = re.compile(r"(" + _NUM + r")\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9}
_EN_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "dozen": 12,
}  # fmt: skip
_EN_NUMBER = re.compile(
    r"(?<![\w.,])(" + _NUM + r")(?:st|nd|rd|th)?(?:\s*(thousand|million|billion|trillion|bn)\b)?", re.IGNORECASE
)


def longest_first(words: Iterable[str]) -> str:
    """An alternation of `words` that tries, at each position, the longest word that fits first — what the words
    sorted longest first and joined with `|` do, in a third of the time: a trie (`s(?:even(?:t(?:een|y))?|ix…)`)
    fails after one character where the list tries every word."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, the shorter on backtracking

    return branch(tree)


_WORD_ALT = longest_first(_EN_WORDS)
_EN_WORD_NUMBER = re.compile(
    r"\b(" + _WORD_ALT + r")(?:-(one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"(?:[\s-]+(thousand|million|billion|trillion)\b)?(?:-?fold\b)?",
    re.IGNORECASE,
)
_EN_DECADES = re.compile(r"\b(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b", re.IGNORECASE)
_EN_FOLD = re.compile(r"(?<![\w.])(\d+)-?fold\b", re.IGNORECASE)
_EN_RANGE_AMPM = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:to|-|–|until|and)\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_EN_WORD_PERCENT = re.compile(
    r"\b(" + _WORD_ALT + r")(?:-(one|two|three|four|five|six|seven|eight|nine))?\s*(?:percent\b|per cent\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------- Chinese

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"萬": 10**4, "億": 10**8, "兆": 10**12}
_ZH_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]")
_ZH_TIME = re.compile(
    r"(上午|下午|晚上|中午|凌晨|早上|清晨|傍晚)?\s*(\d{1,2})\s*(?:時(?![間候期代刻段數程效差薪])|點(?=\s*\d{1,2}\s*分))"
    r"(?:\s*(\d{1,2})\s*分|\s*(半))?"
    r"|(上午|下午|晚上|中午|凌晨|早上|清晨|傍晚)\s*(\d{1,2})\s*點(?:\s*(\d{1,2})\s*分|\s*(半))?"
)
_ZH_PERCENT = re.compile(r"(" + _NUM + r")\s*[%％]")
_ZH_PERCENT_WORDS = re.compile(r"百分之\s*(" + _NUM + r"|[〇零一二兩三四五六七八九十百點]+)")
_ZH_ROC_YEAR = re.compile(r"(民國\s*)?(?<!\d)(?<!\d[.,])(\d{2,3})\s*年")
_ZH_YEAR_CONTEXT = re.compile(r"度|\s*\d{1,2}\s*月")
_ZH_WESTERN_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])((?:19|20|21)\d{2})\s*年")
_ZH_MONTH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*月(?!\s*\d)")
_ZH_TENTHS = re.compile(r"([一二兩三四五六七八九]|(?<!\d)[1-9])成(?![長功立員為果本績熟形交效年人])")
_ZH_NUMBER = re.compile(r"(?:\d(?:[\d,]*\d)?(?:\.\d+)?|[〇零一二兩三四五六七八九十百千萬億兆])+")
_BARE_YEAR = re.compile(r"(?<![\w$])(?<!\d[.,])((?:19|20|21)\d{2})(?!\w|[.,]\d)")
_MONTH_NAME = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _canon(value: Decimal) -> str:
    normalized = value.normalize()
    return format(normalized, "f")


def _cn_value(token: str) -> Decimal | None:
    """The value of a Chinese amount such as 3萬9,477, 930億, 1億2,000萬, 兩千三百 or 12.5萬."""
    total = Decimal(0)
    section = Decimal(0)
    number: Decimal | None = None
    for part in re.findall(r"\d(?:[\d,]*\d)?(?:\.\d+)?|.", token):
        if part[0].isdigit():
            number = _decimal(part)
            if number is None:
                return None
        elif part in _CN_DIGITS:
            number = Decimal(_CN_DIGITS[part]) if number is None or number == 0 else number * 10 + _CN_DIGITS[part]
        elif part in _CN_SMALL:
            section += (number if number is not None else Decimal(1)) * _CN_SMALL[part]
            number = None
        elif part in _CN_BIG:
            total += (section + (number or 0)) * _CN_BIG[part]
            section, number = Decimal(0), None
        else:
            return None
    return total + section + (number or 0)


def _blank(text: str, match: re.Match[str]) -> str:
    """Remove a match from further reading, keeping every other offset where it was."""
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = unicodedata.normalize("NFKC", text)
        self.found: list[Figure] = []

    def take(
        self, pattern: re.Pattern[str], kind: str, read: Callable[[re.Match[str]], str | None], *, soft: bool = False
    ) -> None:
        """Read every match of `pattern` as `kind`; `read` gives the value, "" (consume, not a figure) or None."""
        for match in list(pattern.finditer(self.text)):
            value = read(match)
            if value is None:
                continue
            self.text = _blank(self.text, match)
            if value:
                is_soft = soft or value.startswith("~")
                source = match.group(0).strip().rstrip(".,;:!?")
                self.found.append(Figure(kind, value.lstrip("~"), source, is_soft))


def _url(match: re.Match[str]) -> str:
    value = match.group(0).rstrip(".,;:!?)").lower()
    value = re.sub(r"^https?://", "", value)
    return value.rstrip("/")


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    extension = ""
    split = re.split(r"#|ext\.?|分機", text, maxsplit=1, flags=re.IGNORECASE)
    if len(split) == 2:
        text, extension = split[0], "x" + re.sub(r"\D", "", split[1])
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+886"):
        digits = digits[3:]
        digits = digits if digits.startswith("0") else "0" + digits
    return digits + extension


def _iso_date(match: re.Match[str]) -> str | None:
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _hm(hour: int, minute: int) -> str | None:
    return f"{hour:02d}:{minute:02d}" if 0 <= hour <= 24 and 0 <= minute < 60 else None


def _month_day(month: int, day: int) -> str | None:
    return f"{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _small(value: Decimal) -> bool:
    return value < 10 and value == value.to_integral_value()


def _amount(value: Decimal | None) -> str | None:
    """A number worth comparing as a string, "" for one not compared (still consumed), None for not a number."""
    if value is None:
        return None
    return "" if _small(value) else _canon(value)


# ---------------------------------------------------------------------------------------------- per language


def _english(text: str) -> list[Figure]:
    reader = _Reader(text)
    months = [Figure("month", f"{_MONTHS[m.group(1).lower()[:3]]:02d}", m.group(0)) for m in _MONTH_NAME.finditer(text)]
    reader.take(_URL, "url", _url)
    reader.take(_EMAIL, "email", lambda m: m.group(0).lower())
    reader.take(_PHONE, "phone", _phone)
    reader.take(_ISO_DATE, "date", _iso_date)

    def month_day(m: re.Match[str]) -> str | None:
        month, day = (m.group(1), m.group(2)) if m.re is _EN_DATE_MD else (m.group(2), m.group(1))
        return _month_day(_MONTHS[month.lower()[:3]], int(day))

    reader.take(_EN_DATE_MD, "date", month_day)
    reader.take(_EN_DATE_DM, "date", month_day)

    def twelve_hour(hour: int, minute: int, period: str) -> str | None:
        if not 1 <= hour <= 12:
            return None
        return _hm(hour % 12 + (12 if period.lower() == "p" else 0), minute)

    def time_range(m: re.Match[str]) -> str | None:
        start = twelve_hour(int(m.group(1)), int(m.group(2) or 0), m.group(5))
        end = twelve_hour(int(m.group(3)), int(m.group(4) or 0), m.group(5))
        if start is None or end is None:
            return None
        reader.found.append(Figure("time", start, m.group(0).strip()))
        return end

    reader.take(_EN_RANGE_AMPM, "time", time_range)
    reader.take(_EN_TIME_AMPM, "time", lambda m: twelve_hour(int(m.group(1)), int(m.group(2) or 0), m.group(3)))
    reader.take(_EN_TIME_24, "time", lambda m: _hm(int(m.group(1)), int(m.group(2))))
    reader.take(_EN_NOON, "time", lambda m: "12:00" if m.group(1).lower() == "noon" else "00:00")
    reader.take(_EN_PERCENT, "percent", lambda m: _canon(_decimal(m.group(1)) or Decimal(0)))

    def word_value(m: re.Match[str]) -> Decimal:
        value = Decimal(_EN_WORDS[m.group(1).lower()])
        if m.group(2):
            value += _EN_WORDS[m.group(2).lower()]
        return value

    reader.take(_EN_WORD_PERCENT, "percent", lambda m: _canon(word_value(m)), soft=True)
    reader.take(_BARE_YEAR, "year", lambda m: m.group(1))
    reader.take(_EN_FOLD, "number", lambda m: _amount(Decimal(m.group(1))))

    def number(m: re.Match[str]) -> str | None:
        value = _decimal(m.group(1))
        if value is None:
            return None
        if m.group(2):
            return _canon(value * _SCALES[m.group(2).lower()])
        return _amount(value)

    reader.take(_EN_NUMBER, "number", number)

    def word_number(m: re.Match[str]) -> str | None:
        value = word_value(m)
        if m.group(3):
            return _canon(value * _SCALES[m.group(3).lower()])
        return "" if m.group(1).lower() == "a" else _amount(value)

    reader.take(_EN_WORD_NUMBER, "number", word_number, soft=True)
    tens = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
    reader.take(_EN_DECADES, "number", lambda m: str(tens[m.group(1).lower()]), soft=True)
    return reader.found + months


_PERIODS = {"下午": 12, "晚上": 12, "傍晚": 12}


def _chinese(text: str) -> list[Figure]:
    reader = _Reader(text)
    reader.take(_URL, "url", _url)
    reader.take(_EMAIL, "email", lambda m: m.group(0).lower())
    reader.take(_PHONE, "phone", _phone)
    reader.take(_ISO_DATE, "date", _iso_date)

    def roc_year(m: re.Match[str]) -> str | None:
        """A year before 月 or 度, after 民國, or a plausible ROC year alone: 115年 is 2026, 3年 stays a duration."""
        year = int(m.group(2))
        if not (m.group(1) or _ZH_YEAR_CONTEXT.match(m.string, m.end()) or 100 <= year <= 150):
            return None
        return str(year + 1911)

    reader.take(_ZH_WESTERN_YEAR, "year", lambda m: m.group(1))
    reader.take(_ZH_ROC_YEAR, "year", roc_year)
    reader.take(_ZH_DATE, "date", lambda m: _month_day(int(m.group(1)), int(m.group(2))))
    reader.take(_ZH_MONTH, "month", lambda m: f"{int(m.group(1)):02d}")
    last_period: list[tuple[int, str | None]] = [(-10, None)]

    def time(m: re.Match[str]) -> str | None:
        period, hour, minute, half = (m.group(1), m.group(2), m.group(3), m.group(4))
        if hour is None:
            period, hour, minute, half = (m.group(5), m.group(6), m.group(7), m.group(8))
        between = m.string[last_period[0][0] : m.start()].strip()
        if period is None and between in ("至", "到", "-", "~", "～", "–"):
            period = last_period[0][1]  # 晚上8時至11時: the second time is in the evening too
        last_period[0] = (m.end(), period)
        hour_value = int(hour)
        if period in _PERIODS and hour_value < 12:
            hour_value += 12
        if period == "中午" and hour_value < 6:
            hour_value += 12
        return _hm(hour_value, 30 if half else int(minute or 0))

    reader.take(_ZH_TIME, "time", time)
    reader.take(_EN_TIME_24, "time", lambda m: _hm(int(m.group(1)), int(m.group(2))))
    reader.take(_ZH_PERCENT, "percent", lambda m: _canon(_decimal(m.group(1)) or Decimal(0)))

    def percent_words(m: re.Match[str]) -> str | None:
        token = m.group(1)
        if "點" in token:
            whole, _, fraction = token.partition("點")
            whole_value = _cn_value(whole)
            digits = "".join(str(_CN_DIGITS.get(c, "")) for c in fraction)
            value = _decimal(f"{whole_value}.{digits}") if whole_value is not None and digits else None
        else:
            value = _decimal(token) if token[0].isdigit() else _cn_value(token)
        return None if value is None else _canon(value)

    reader.take(_ZH_PERCENT_WORDS, "percent", percent_words)

    def tenths(m: re.Match[str]) -> str:
        digit = m.group(1)
        return "~" + str((int(digit) if digit.isdigit() else _CN_DIGITS[digit]) * 10)

    reader.take(_ZH_TENTHS, "percent", tenths)
    reader.take(_BARE_YEAR, "year", lambda m: m.group(1))

    def number(m: re.Match[str]) -> str | None:
        token = m.group(0).strip(",")
        while token and token[0] in "十百千萬億兆":
            if token[0] == "十" and len(token) > 1 and token[1] in _CN_DIGITS:
                break  # 十五 is fifteen
            token = token[1:]
        if not token:
            return ""
        if not any(c.isdigit() for c in token):
            # Chinese numerals alone count only as an amount: 三千, 兩萬, 十五, not 一 (一起) or 千萬 (by all means).
            if len(token) < 2 or not any(c in _CN_DIGITS or c == "十" for c in token):
                return ""
            if not any(c in _CN_SMALL or c in _CN_BIG for c in token):
                return ""
            value = _cn_value(token)
            return "" if value is None or _small(value) else "~" + _canon(value)
        value = _cn_value(token)
        return _amount(value) if value is not None else ""

    reader.take(_ZH_NUMBER, "number", number)
    return reader.found


_ZH_RELATIVE_YEAR = re.compile(r"(前年|去年|今年|明年|後年)")
_EN_RELATIVE_YEAR = re.compile(r"\b(last|this|next) year\b", re.IGNORECASE)
_ZH_DELTAS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "後年": 2}
_EN_DELTAS = {"last": -1, "this": 0, "next": 1}


def _relative_years(text: str, lang: Lang, year: int | None) -> list[Figure]:
    """明年 / next year as the year they mean when the release's year is known: they satisfy "2027", never warn."""
    if year is None:
        return []
    if lang == "zh-TW":
        return [
            Figure("year", str(year + _ZH_DELTAS[m.group(1)]), m.group(0), True)
            for m in _ZH_RELATIVE_YEAR.finditer(text)
        ]
    return [
        Figure("year", str(year + _EN_DELTAS[m.group(1).lower()]), m.group(0), True)
        for m in _EN_RELATIVE_YEAR.finditer(text)
    ]


def figures(text: str, lang: Lang, year: int | None = None) -> list[Figure]:
    """The figures in `text`, each kind read once; `year` (the release's) resolves 明年 / next year."""
    found = _chinese(text) if lang == "zh-TW" else _english(text)
    return found + _relative_years(text, lang, year)


def _yearish(value: str) -> bool:
    return value.isdigit() and 1900 <= int(value) <= 2100


_GROUPS = {"year": "number"}
"""A year may read as a plain figure on one side (撥打1999 / the 1999 hotline): years and figures compare together."""


def mismatches(zh_text: str, en_text: str, year: int | None = None) -> list[Mismatch]:
    """Figures that differ between a Chinese text and its English partner; [] when every figure has its equal.

    A Chinese month (10月) must appear on the English side; English month names are not required back ("May" is
    also a verb). Figures written in words, and years, are reported only against an unmatched figure of the other
    side: a translation may drop "115年度" where the context says which year, but must not say another one.
    """
    zh, en = figures(zh_text, "zh-TW", year), figures(en_text, "en", year)
    en_dates = {f.value[:2] for f in en if f.kind == "date"}
    out = []
    for kind in (*KINDS, "month"):
        if kind in _GROUPS:
            continue
        kinds = {kind} | {k for k, group in _GROUPS.items() if group == kind}
        zh_kind = [f for f in zh if f.kind in kinds]
        en_kind = [f for f in en if f.kind in kinds]
        zh_values, en_values = {f.value for f in zh_kind}, {f.value for f in en_kind}
        if kind == "month":
            en_values |= en_dates
            en_kind = []
        zh_only = [f for f in zh_kind if f.value not in en_values]
        en_only = [f for f in en_kind if f.value not in zh_values]
        if not any(_yearish(f.value) for f in en_only):  # a year one side leaves out is not part of a disagreement
            zh_only = [f for f in zh_only if f.kind != "year"]
        if not any(_yearish(f.value) for f in zh_only):
            en_only = [f for f in en_only if f.kind != "year"]
        both_sides = bool(zh_only) and bool(en_only)
        if not both_sides and all(f.soft or f.kind == "year" for f in zh_only + en_only):
            continue
        shown = kind if any(f.kind == kind for f in zh_only + en_only) else "year"
        zh_sources = tuple(dict.fromkeys(f.source for f in zh_only))
        en_sources = tuple(dict.fromkeys(f.source for f in en_only))
        out.append(Mismatch(shown, zh_sources, en_sources))
    return out

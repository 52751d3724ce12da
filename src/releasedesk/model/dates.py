"""Date, time and release-line wording for both languages: ROC calendar for Chinese, AP style for English."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.model.release import Lang

ROC_EPOCH_OFFSET = 1911
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# AP style: months of five letters or fewer are spelled out in datelines.
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def roc_year(day: date) -> int:
    """The Minguo (ROC) year; 1912 is year 1."""
    return day.year - ROC_EPOCH_OFFSET


def roc_date(day: date, *, long: bool = True) -> str:
    """`中華民國115年11月24日` (long) or `115年11月24日` (short)."""
    year = roc_year(day)
    # before 1912: 民國前N年 (1911 is 民國前1年)
    year_text = f"{year}年" if year >= 1 else f"前{1 - year}年"
    prefix = "中華民國" if long else ("民國" if year < 1 else "")
    return f"{prefix}{year_text}{day.month}月{day.day}日"


def english_date(day: date) -> str:
    """`November 24, 2026`."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def english_dateline(city: str, day: date) -> str:
    """`TAIPEI, Nov. 24 —`: leads the first English paragraph."""
    return f"{city.strip().upper()}, {_AP_MONTHS[day.month - 1]} {day.day} \N{EM DASH}"


def utc_offset_label(moment: datetime) -> str:
    """`UTC+8`, `UTC+5:30`, `UTC-3:30`, `UTC`: unambiguous where zone abbreviations (CST) are not."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def english_time(moment: datetime) -> str:
    """`10:00 a.m.`, `12:30 p.m.` (AP style)."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"


def chinese_time(moment: datetime) -> str:
    """`上午10時`, `下午3時30分`, `中午12時`."""
    if moment.hour == 12 and moment.minute == 0:
        return "中午12時"
    period = "上午" if moment.hour < 12 else "下午"
    hour = moment.hour % 12 or 12
    minutes = f"{moment.minute}分" if moment.minute else ""
    return f"{period}{hour}時{minutes}"


def release_datetime_text(moment: datetime, lang: Lang) -> str:
    """The release date and time as printed in the meta block."""
    if lang == "zh-TW":
        return f"{roc_date(moment.date())} {chinese_time(moment)}"
    return f"{english_date(moment.date())}, {english_time(moment)} ({utc_offset_label(moment)})"


def embargo_text(until: datetime, lang: Lang) -> str:
    """`EMBARGOED UNTIL …` / `本新聞稿於…前禁止發布`, with the time zone as an offset."""
    if lang == "zh-TW":
        return f"本新聞稿於{roc_date(until.date())}{chinese_time(until)}（{utc_offset_label(until)}）前禁止發布"
    return f"EMBARGOED UNTIL {english_time(until)} ({utc_offset_label(until)}), {english_date(until.date())}"


def immediate_release_text(lang: Lang) -> str:
    """The release line of a release without an embargo."""
    return "即時發布" if lang == "zh-TW" else "FOR IMMEDIATE RELEASE"


def release_line(embargo_until: datetime | None, lang: Lang) -> str:
    """The release line: immediate, or the embargo time in the language's wording."""
    return immediate_release_text(lang) if embargo_until is None else embargo_text(embargo_until, lang)

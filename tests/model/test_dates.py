from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from releasedesk.model import dates

TAIPEI = ZoneInfo("Asia/Taipei")


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (date(2026, 11, 24), "中華民國115年11月24日", "115年11月24日"),
        (date(2025, 12, 31), "中華民國114年12月31日", "114年12月31日"),
        (date(2026, 1, 1), "中華民國115年1月1日", "115年1月1日"),
        (date(1912, 1, 1), "中華民國1年1月1日", "1年1月1日"),
        (date(1911, 12, 31), "中華民國前1年12月31日", "民國前1年12月31日"),
        (date(2011, 10, 10), "中華民國100年10月10日", "100年10月10日"),
    ],
)
def test_roc_dates(day: date, long: str, short: str) -> None:
    assert dates.roc_date(day) == long
    assert dates.roc_date(day, long=False) == short


def test_english_dates_and_ap_datelines() -> None:
    assert dates.english_date(date(2026, 11, 24)) == "November 24, 2026"
    assert dates.english_dateline("Taipei", date(2026, 11, 24)) == "TAIPEI, Nov. 24 \u2014"
    assert dates.english_dateline(" kaohsiung ", date(2026, 3, 5)) == "KAOHSIUNG, March 5 \u2014"
    assert dates.english_dateline("Taipei", date(2026, 9, 1)) == "TAIPEI, Sept. 1 \u2014"
    assert dates.english_dateline("Taipei", date(2026, 6, 30)) == "TAIPEI, June 30 \u2014"


def test_year_boundary_depends_on_the_zone() -> None:
    """The same instant is New Year's Day in Taipei and still December 31 in UTC."""
    instant = datetime(2026, 1, 1, 3, 0, tzinfo=TAIPEI)
    utc = instant.astimezone(ZoneInfo("UTC"))
    assert dates.release_datetime_text(instant, "zh-TW") == "中華民國115年1月1日 上午3時"
    assert dates.release_datetime_text(utc, "zh-TW") == "中華民國114年12月31日 下午7時"
    assert dates.release_datetime_text(instant, "en") == "January 1, 2026, 3:00 a.m. (UTC+8)"
    assert dates.release_datetime_text(utc, "en") == "December 31, 2025, 7:00 p.m. (UTC)"


@pytest.mark.parametrize(
    ("moment", "zh", "en"),
    [
        (datetime(2026, 11, 25, 10, 0, tzinfo=TAIPEI), "上午10時", "10:00 a.m."),
        (datetime(2026, 11, 25, 0, 5, tzinfo=TAIPEI), "上午12時5分", "12:05 a.m."),
        (datetime(2026, 11, 25, 12, 0, tzinfo=TAIPEI), "中午12時", "12:00 p.m."),
        (datetime(2026, 11, 25, 12, 30, tzinfo=TAIPEI), "下午12時30分", "12:30 p.m."),
        (datetime(2026, 11, 25, 15, 30, tzinfo=TAIPEI), "下午3時30分", "3:30 p.m."),
    ],
)
def test_times(moment: datetime, zh: str, en: str) -> None:
    assert dates.chinese_time(moment) == zh
    assert dates.english_time(moment) == en


def test_offsets_and_embargo_lines() -> None:
    until = datetime(2026, 11, 25, 10, 0, tzinfo=TAIPEI)
    assert dates.embargo_text(until, "zh-TW") == "本新聞稿於中華民國115年11月25日上午10時（UTC+8）前禁止發布"
    assert dates.embargo_text(until, "en") == "EMBARGOED UNTIL 10:00 a.m. (UTC+8), November 25, 2026"
    assert dates.release_line(None, "zh-TW") == "即時發布"
    assert dates.release_line(None, "en") == "FOR IMMEDIATE RELEASE"
    assert dates.utc_offset_label(datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Kolkata"))) == "UTC+5:30"
    assert dates.utc_offset_label(datetime(2026, 1, 1, tzinfo=ZoneInfo("America/St_Johns"))) == "UTC-3:30"
    # the same zone has another offset in summer
    assert dates.utc_offset_label(datetime(2026, 1, 15, tzinfo=ZoneInfo("America/New_York"))) == "UTC-5"
    assert dates.utc_offset_label(datetime(2026, 7, 15, tzinfo=ZoneInfo("America/New_York"))) == "UTC-4"

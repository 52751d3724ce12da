"""The figure check: each kind agrees across languages in both directions, disagreements name both values, and
realistic translations raise no false alarm."""

from __future__ import annotations

import pytest

from releasedesk.pairs.figures import figures, mismatches
from releasedesk.samples import load_sample, sample_names

AGREE = [
    ("3萬9,477美元", "US$39,477"),
    ("930億元", "NT$93 billion"),
    ("1億2,000萬元", "NT$120 million"),
    ("兩萬三千人", "23,000 people"),
    ("12.5萬人次", "125,000 visits"),
    ("成長35.78%", "up 35.78%"),
    ("成長35.78％", "up 35.78 percent"),
    ("百分之三十五", "35 per cent"),
    ("115年", "2026"),
    ("民國89年", "in 2000"),
    ("115年度預算", "the 2026 budget"),
    ("2026年", "2026"),
    ("4月1日", "April 1"),
    ("4月1日", "1 April"),
    ("10月3日", "Oct. 3"),
    ("上午10時30分", "10:30 a.m."),
    ("下午2時", "2 p.m."),
    ("14:00", "2 pm"),
    ("中午12時", "noon"),
    ("晚上8時至11時", "between 8 p.m. and 11 p.m."),
    ("(02) 2700-5100 #1101", "+886-2-2700-5100 ext. 1101"),
    ("0933-218-465", "+886 933 218 465"),
    ("press@digital-services.example", "PRESS@digital-services.example"),
    ("https://www.digital-services.example/odw/", "www.digital-services.example/odw"),
]

DISAGREE = [
    ("950億元", "NT$93 billion", "figures", "950億", "93 billion"),
    ("3萬9,477美元", "US$39,744", "figures", "3萬9,477", "39,744"),
    ("成長35.78%", "up 35.87%", "percentages", "35.78%", "35.87%"),
    ("116年", "2026", "years", "116年", "2026"),
    ("4月1日", "April 2", "dates", "4月1日", "April 2"),
    ("上午10時", "11 a.m.", "times", "上午10時", "11 a.m"),
    ("(02) 2700-5100", "(02) 2700-5101", "phone numbers", "(02) 2700-5100", "(02) 2700-5101"),
    ("a@b.example", "c@b.example", "e-mail addresses", "a@b.example", "c@b.example"),
    ("www.a.example", "www.b.example", "web addresses", "www.a.example", "www.b.example"),
]


@pytest.mark.parametrize(("zh", "en"), AGREE)
def test_equal_figures_agree_in_both_directions(zh: str, en: str) -> None:
    assert mismatches(zh, en) == []
    assert figures(zh, "zh-TW"), f"nothing read from {zh!r}"
    assert figures(en, "en"), f"nothing read from {en!r}"


@pytest.mark.parametrize(("zh", "en", "kind", "zh_value", "en_value"), DISAGREE)
def test_a_disagreement_names_both_values(zh: str, en: str, kind: str, zh_value: str, en_value: str) -> None:
    (found,) = mismatches(zh, en)
    assert found.zh == (zh_value,)
    assert found.en == (en_value,)
    assert found.describe().startswith(f"{kind} disagree: {zh_value} (zh-TW) ↔ {en_value} (en)")


def test_a_figure_dropped_from_either_side_is_reported() -> None:
    assert mismatches("共計58%", "the total")[0].zh == ("58%",)
    assert mismatches("總計", "a total of 1,286 villages")[0].en == ("1,286",)


# Realistic pairs written for this check: each a faithful translation in the house style, none may warn.
REALISTIC = [
    (
        "數位服務部今（3）日發布115年度成果報告。",
        "The Ministry of Digital Services on Wednesday published its 2026 annual report.",
    ),
    ("本計畫為期5年，共有3項重點。", "The five-year program has three priorities."),
    ("試辦半年服務逾1萬8千人次", "The six-month pilot logged more than 18,000 visits"),
    ("長者線上申辦成功率提升近三成", "seniors' success rate rose by nearly 30 percent"),
    ("增幅超過13倍", "a more than thirteenfold increase"),
    ("有二、三十歲的居民搬回來", "residents in their twenties and thirties moved back"),
    ("目前有32個學校群組", "Thirty-two school groups now share teachers"),
    ("共有97處衛生所", "Ninety-seven health stations"),
    ("明年起擴大至全國", "will expand nationwide in 2027"),
    ("撥打1999市民專線", "call the 1999 hotline"),
    ("本計畫自今年5月至10月試辦", "the pilot ran from May through October"),
    ("第21屆金鼎獎", "the 21st Golden Tripod Awards"),
    ("10年來首次", "the first time in 10 years"),
    ("第一季", "the first quarter"),
    ("兩項離島工程", "two island projects"),
    ("十分重要", "very important"),
    ("千萬不要點選不明連結", "never click unknown links"),
    ("約四分之三的村里", "about three quarters of the villages"),
    ("相差百倍", "a hundred times apart"),
    ("每戶每月不超過新臺幣499元", "no more than NT$499 a month per household"),
    ("24小時內通報", "report within 24 hours"),
    ("活動將於4月1日上午9時30分在臺北舉行", "The event starts at 9:30 a.m. on April 1 in Taipei"),
    ("報名網址：https://odw.digital-services.example。", "Register at https://odw.digital-services.example."),
    ("COVID-19疫情期間", "during the COVID-19 pandemic"),
    ("提供100 Mbps基本方案", "a basic plan of 100 Mbps"),
]


@pytest.mark.parametrize(("zh", "en"), REALISTIC)
def test_realistic_translations_raise_no_false_alarm(zh: str, en: str) -> None:
    assert mismatches(zh, en, year=2026) == []


def test_no_false_alarm_on_the_samples() -> None:
    from releasedesk.pairs.report import FIGURES, pair_problems

    checked = 0
    for name in sample_names():
        release = load_sample(name)
        assert [p for p in pair_problems(release) if p.code == FIGURES] == [], name
        checked += len(release.pairs.body) if release.pairs else 0
    assert checked > 140  # the samples' body pairs were really compared


def test_a_year_one_side_leaves_out_is_not_part_of_a_disagreement() -> None:
    (found,) = mismatches("115年度實際支出新臺幣40.2億元", "Spending reached NT$3.97 billion", year=2026)
    assert (found.zh, found.en) == (("40.2億",), ("3.97 billion",))

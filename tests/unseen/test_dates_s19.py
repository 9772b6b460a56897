"""Dates, session 19 round (dt23): an event dated by its noun in another sentence, by a copula or a clause of
holding. Every sentence here was written for these tests, none copied from a probe or an evaluation text; each
runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

import pytest

from ipgraph.zh.dates import find_dates
from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events, one

STARTS = [
    # a copula right after a date, the noun after it: the year-named campaign takes the date
    ("5月10日至16日是全省商标品牌宣传周。宁远县市场监管局以“品牌强县”为主题，组织开展2023年商标品牌宣传周活动，"
     "在县城广场设置咨询台。", "2023-05-20", "2023年商标品牌宣传周", "2023-05-10"),
    # two dates told of one noun: two events may be meant, neither date is taken
    ("10月8日是第一期培训班开班的日子，11月5日是第二期培训班开班的日子。市知识产权局举办2020年专利代理实务培训班。",
     "2020-11-20", "2020年专利代理实务培训班", "2020"),
    # a date line with the site's name after it dates the report, and the month-day of the lead with it
    ("宁波举办商标品牌培育研讨会\n2021-06-08 甬城资讯网\n6月7日，第三届宁波商标品牌培育研讨会在宁波举行。\n",
     None, "第三届宁波商标品牌培育研讨会", "2021-06-07"),
    # a date line of years of the Republic after its label (日期:112-05-03) dates the report
    ("屏東舉辦智慧財產權座談會\n發布日期：112-05-03\n5月2日，屏東縣政府舉辦「第二屆農產品商標保護座談會」。\n",
     None, "第二屆農產品商標保護座談會", "2023-05-02"),
    # a date alone in brackets under the item, as a page's footer prints it
    ("新竹科學園區管理局昨(29)日在竹科舉辦「第四屆半導體專利布局研討會」。\n【2022/11/30】\n",
     None, "第四屆半導體專利布局研討會", "2022-11-29"),
    # 今(5)日: the day 今 stands for, printed in brackets inside the word
    ("澳門經濟及科技發展局今（5）日舉辦「第三屆澳門商標註冊實務講座」。", "2021-03-05", "第三屆澳門商標註冊實務講座",
     "2021-03-05"),
]


@pytest.mark.parametrize(("text", "date", "label", "start"), STARTS)
def test_the_start_read(text: str, date: str | None, label: str, start: str) -> None:
    assert one(events(text, date=date), label).start == start


def test_a_copula_after_the_noun_and_its_time_dates_an_undated_campaign():
    text = ("“江门市版权保护宣传周”于今年启动，宣传周的时间为6月3日至9日。市版权局将开展版权进社区、"
            "正版软件推广等活动。")
    found = one(events(text, date="2019-06-01"), "江门市版权保护宣传周")
    assert (found.start, found.end) == ("2019-06-03", "2019-06-09")


def test_a_copula_told_after_the_name_dates_it_too():
    text = ("在2021年全区“版权宣传周”期间，区文旅局组织书店和印刷企业开展正版图书展销。"
            "今年9月1日至7日是本区举办“版权宣传周”的第三年。")
    found = one(events(text, date="2021-10-12"), "版权宣传周")
    assert found.start == "2021-09-01"


def test_a_noun_held_on_a_day_dates_the_name_told_next():
    text = ("一场面向跨境电商企业的商标保护研讨会，15日在义乌市举行。"
            "“2019年义乌跨境电商商标保护研讨会”由义乌市市场监管局主办。")
    found = {e.label: e.start for e in events(text, date="2019-11-16")}
    assert found["2019年义乌跨境电商商标保护研讨会"] == "2019-11-15"




def test_a_date_line_with_a_half_day_clock_and_a_column_dates_the_report():
    text = ("高雄舉辦專利實務講座\n2016/9/2 上午 10:15:07 / 產業新聞\n"
            "高雄市經發局昨天在高雄展覽館舉辦「第二屆專利實務講座」。\n")
    assert one(events(text), "第二屆專利實務講座").start == "2016-09-01"


def test_a_date_line_with_a_weekday_or_a_count_of_views_dates_the_report():
    for line in ("2022年3月16日 星期三", "2022-03-16 2047"):
        text = f"义乌召开知识产权保护座谈会\n{line}\n3月15日，第二届义乌市场知识产权保护座谈会召开。\n"
        assert one(events(text), "第二届义乌市场知识产权保护座谈会").start == "2022-03-15"


def test_years_of_the_republic_are_read_as_taiwan_prints_them():
    assert [d.start for d in find_dates("智慧局已於111年8月9日在臺中舉辦座談會", 2025, "2025-03-01")] == ["2022-08-09"]
    assert [d.start for d in find_dates("中華民國一百零八年三月十二日簽署", 2025)] == ["2019-03-12"]
    assert [d.start for d in find_dates("民國 97 年 09 月 03 日", None)] == ["2008-09-03"]
    assert find_dates("經過113年的發展，第113年", 2025) == []
    signed = agreements("中華民國一百零八年三月十二日，經濟部智慧財產局與捷克工業產權局於布拉格簽署"
                        "專利審查合作瞭解備忘錄。")
    assert [a.date for a in signed] == ["2019-03-12"]


SAME_DAY = [
    # the day, not the edition's year printed after it in the sentence, is what 当天 points back to
    ("5月9日，嘉兴市举办2019年“商标品牌节”活动。\n\n当天下午，市场监管局在南湖广场举办地理标志产品展。\n",
     "2019-05-12", "地理标志产品展", "2019-05-09"),
    ("10月12日，省版权局在福州启动2020年版权宣传月。同日，省版权协会举办网络版权保护研讨会。",
     "2020-10-15", "网络版权保护研讨会", "2020-10-12"),
    # 当日 with only an edition's year of that day in the sentence: the day told last is still its date
    ("6月3日，2022年海峡两岸商标论坛在厦门开幕。当日下午，2022年两岸商标代理人交流会在厦门举行。",
     "2022-06-05", "2022年两岸商标代理人交流会", "2022-06-03"),
]


@pytest.mark.parametrize(("text", "date", "label", "start"), SAME_DAY)
def test_the_day_told_last(text: str, date: str, label: str, start: str) -> None:
    assert one(events(text, date=date), label).start == start


def test_since_a_year_of_the_republic_a_contest_is_a_series():
    text = "智慧局自民國109年起開始舉辦「專利檢索實務競賽」活動，今年競賽增設企業組。"
    assert not [e for e in events(text, date="2023-03-01") if "競賽" in e.label]

"""Dates, session 24 round (dt31): a date the page broke across two lines after its number (11 / 月27日…). Every
sentence here was written for these tests, none copied from a probe or an evaluation text; each runs the real
pipeline (tests/unseen/test_events.py's helper) or the real segmenter."""

from __future__ import annotations

import pytest

from ipgraph.ingest.passages import segment
from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events, one

BROKEN = [
    # the month's number alone on the line above the rest of the date: the event is of that month, not the report's
    ("9\n月18日下午，第二届滨江商标品牌保护研讨会在杭州举行。", "2021-10-09", "第二届滨江商标品牌保护研讨会",
     "2021-09-18"),
    # the year's digits alone on the line above: the year is the date's, not the report's
    ("2019\n年12月3日，第五届黄河流域专利运营论坛在郑州开幕。", "2020-01-06", "第五届黄河流域专利运营论坛",
     "2019-12-03"),
]


@pytest.mark.parametrize(("text", "date", "label", "start"), BROKEN)
def test_a_date_broken_after_its_number_is_read_whole(text: str, date: str, label: str, start: str) -> None:
    assert one(events(text, date=date), label).start == start


def test_the_number_and_the_rest_of_the_date_are_one_passage() -> None:
    passages = segment("宁波召开版权工作会议\n11\n月27日，宁波市版权局召开全市版权工作会议。\n")
    assert [p.text for p in passages] == ["宁波召开版权工作会议", "11月27日，宁波市版权局召开全市版权工作会议。"]


@pytest.mark.parametrize("text", [
    "3\n日前，市知识产权局召开专利代办工作座谈会。",  # 日前 is no day of a date
    "12\n年度知识产权工作要点如下。",  # 年度 after no year
    "5\n\n月8日，市知识产权局召开座谈会。",  # a blank line between: a page number, then a paragraph
])
def test_a_number_before_other_words_stays_apart(text: str) -> None:
    first = segment(text)[0].text
    assert not first[:1].isdigit()


def test_an_undated_page_gives_a_month_day_the_year_its_sentence_prints_alone() -> None:
    """No date of the report: the year printed inside the subject (not in the name found, which starts past the
    brackets) is the month-day's, and the fuller date is the event's, not the year."""
    text = "10月12日上午，山东省2021年全省县(区、市)知识产权局长培训班开班仪式在济南举行。"
    found = [e.start for e in events(text, date=None) if e.label.endswith("培训班")]
    assert found == ["2021-10-12"]


def test_two_years_printed_give_the_month_day_none() -> None:
    text = "10月12日，2020年度和2021年度先进单位代表参加了全省知识产权工作座谈会。"
    found = [e.start for e in events(text, date=None) if e.label.endswith("座谈会")]
    assert "2021-10-12" not in found and "2020-10-12" not in found


def test_what_the_setting_of_the_event_also_held_takes_its_day() -> None:
    """活动现场还举办了…: the setting word opens the sentence with an adverb of one more thing done there, no comma;
    the ceremony held there, and the memorandum signed at it, take the day of the event told before."""
    text = ("5月18日，苏州市版权宣传月暨“江南丝绣”版权保护项目启动仪式在苏州举办。\n"
            "苏州市版权局负责人在致辞中介绍了今年版权宣传月的主要安排。\n"
            "活动现场还举办了“江南丝绣”版权服务站揭牌仪式，苏州市版权协会和苏州丝绸博物馆签署了版权保护合作备忘录。")
    found = {e.label: e.start for e in events(text, date="2022-05-19")}
    assert found["“江南丝绣”版权服务站揭牌仪式"] == "2022-05-18"
    assert [a.date for a in agreements(text, date="2022-05-19")] == ["2022-05-18"]


def test_a_setting_word_going_on_as_a_noun_tells_no_setting() -> None:
    text = ("5月18日，苏州市版权宣传月启动仪式在苏州举办。\n"
            "活动中心举办了版权知识讲座，苏州市版权协会和苏州丝绸博物馆签署了版权保护合作备忘录。")
    assert [a.date for a in agreements(text, date="2022-06-30")] != ["2022-05-18"]

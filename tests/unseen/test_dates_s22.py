"""Dates, session 22 round (dt25): an opening ceremony named after its event dates that event, and the year an
event's own name prints dates a month-day its sentence prints without one. Every sentence here was written for
these tests, none copied from a probe or an evaluation text; each runs the real pipeline
(tests/unseen/test_events.py's helper)."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

OPENINGS = [
    # a course's opening ceremony: the course is the event, held from the ceremony's day
    ("6月3日上午，2022年全市商标代理人业务培训班开班仪式在市民中心举行。", "2022-06-05",
     "2022年全市商标代理人业务培训班", "TrainingCourse", "2022-06-03"),
    # a school's opening ceremony (开学典礼), told with 于 and a place
    ("8月12日，第三届西部知识产权青年暑期学校开学典礼于兰州大学举行。", "2021-08-14",
     "第三届西部知识产权青年暑期学校", "TrainingCourse", "2021-08-12"),
    # 举行了…开营仪式: the camp's opening, its name the object of the verb
    ("7月20日，市版权局举行了2024年青少年版权创意夏令营开营仪式。", "2024-07-22",
     "2024年青少年版权创意夏令营", "TrainingCourse", "2024-07-20"),
]


@pytest.mark.parametrize(("text", "date", "label", "kind", "start"), OPENINGS)
def test_an_opening_ceremony_names_and_dates_its_event(text: str, date: str, label: str, kind: str,
                                                       start: str) -> None:
    found = events(text, date=date)
    assert [e.label for e in found] == [label]
    assert (found[0].type, found[0].start, found[0].end) == (kind, start, None)  # its last day is not told


def test_a_ceremony_of_an_act_of_its_own_stays_a_ceremony():
    text = "9月9日，2023年全省地理标志产品推介活动启动仪式在南昌举行。"
    found = one(events(text, date="2023-09-10"), "2023年全省地理标志产品推介活动启动仪式")
    assert (found.type, found.start) == ("Ceremony", "2023-09-09")


EDITIONS = [
    # a page dated early in a year tells a month-day of an edition its name dates in the year two before
    ("10月17日，由省知识产权研究会主办的2018年岭南知识产权学术年会在广州召开。", "2020-02-11",
     "2018年岭南知识产权学术年会", "2018-10-17"),
    # the year glued to the name without 年, the date after the name
    ("2022长三角商标品牌发展论坛12月6日在嘉兴开幕。", "2023-01-09", "2022长三角商标品牌发展论坛", "2022-12-06"),
    # a year of a period the meeting reviews (年度) is no edition's: the report's year stands
    ("1月12日，区市场监管局召开2022年度知识产权工作总结会。", "2023-01-18", "2022年度知识产权工作总结会",
     "2023-01-12"),
    # two years joined as a span name the period the conference reports on, not its edition
    ("4月21日，市中级法院召开2022-2023年商标审判状况新闻发布会。", "2024-05-10", "2022-2023年商标审判状况新闻发布会",
     "2024-04-21"),
    # a year after the head noun is the year a campaign is for, launched the year before
    ("12月18日，省局召开“护航行动2021”工作部署会。", "2021-03-02", "“护航行动2021”工作部署会", "2020-12-18"),
]


@pytest.mark.parametrize(("text", "date", "label", "start"), EDITIONS)
def test_the_year_of_the_name_dates_the_month_day(text: str, date: str, label: str, start: str) -> None:
    assert one(events(text, date=date), label).start == start


def test_a_span_of_years_with_its_first_year_before_the_name_is_no_edition():
    text = "4月21日，市中级法院召开2022年-2023年商标审判状况新闻发布会。"
    assert [e.start for e in events(text, date="2024-05-10")] == ["2024-04-21"]

"""Dates, session 31 round (dt41): dates a page prints apart from the event's name or in a print form the reader
missed — a notice's field of time (时间：…, a section headed 活动时间) and digits a template ran together with a
one-digit month or day. Every sentence here was written for these tests, none copied from an evaluation text; each
runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from ipgraph.zh.dates import find_dates
from tests.unseen.test_events import events, one


def test_three_glued_digits_are_read_by_the_end_day_of_their_range():
    found = find_dates("第三届海峡两岸商标论坛于2019126日至8日在厦门举行。", 2019, "2019-12-10")
    assert [(d.start, d.end) for d in found] == [("2019-12-06", "2019-12-08")]
    text = "第三届海峡两岸商标论坛于2019126日至8日在厦门举行，两岸业界代表200余人出席。\n"
    assert one(events(text, date="2019-12-10"), "第三届海峡两岸商标论坛").start == "2019-12-06"


def test_three_glued_digits_without_a_range_are_not_guessed():
    assert find_dates("论坛于2019126日在厦门举行。", 2019, "2019-12-10") == []


def test_a_time_field_after_an_item_dates_the_event_the_item_names():
    text = ("各有关单位：\n为提升企业知识产权管理水平，现将有关活动安排如下。\n"
            "（一）举办“专利导航实务座谈会”。\n时间：2022 年 6 月 20 日 地点：市行政服务中心三楼\n"
            "（二）开展商标品牌培育线上课程。\n")
    assert one(events(text, date="2022-06-01"), "专利导航实务座谈会").start == "2022-06-20"


def test_a_section_headed_by_a_time_dates_the_notices_event():
    text = ("市知识产权局关于举办知识产权运营实务培训班的通知\n各有关单位：\n"
            "经研究，我局定于下月举办知识产权运营实务培训班，现将有关事项通知如下。\n"
            "一、培训时间\n2022年7月12日至14日\n二、培训地点\n市行政服务中心\n")
    found = [e for e in events(text, date="2022-06-20") if e.label.endswith("知识产权运营实务培训班")]
    assert found and {e.start for e in found} == {"2022-07-12"}


def test_a_registration_time_is_no_time_of_holding():
    text = ("各有关单位：\n现就举办第二届青少年创意设计大赛有关事项通知如下。\n"
            "报名时间：2022年5月1日至5月20日\n")
    assert one(events(text, date="2022-04-25"), "第二届青少年创意设计大赛").start in (None, "2022")

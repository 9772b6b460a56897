"""Dates, session 34 (dt45): a page's stamp line is no event's date, and an opening ceremony named by an event
dates its first day. Every sentence here was written for these tests, none copied from an evaluation text; each runs
the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_date_before_a_source_field_is_the_pages_stamp_not_the_visits_day():
    """The headline's visit is told 日前 (no day); the line under it prints the page's date and its source."""
    text = ("江城市知识产权局副局长王明日前率团访问河口市专利局\n"
            "江城政府网 www.jiangcheng.gov.cn 2024年05月20日 来源：江城市知识产权局\n\n"
            "应河口市专利局邀请，江城市知识产权局副局长王明日前率团访问河口市专利局。访问期间，两局签署了合作备忘录。\n")
    visit = one(events(text, date="2024-05-20"), "访问河口市专利局")
    assert visit.start is None


def test_a_programme_field_after_a_date_leaves_the_date_the_events():
    """Guards the one above: 地点： is a field of the event's own programme, not of the page's stamp."""
    text = "第五届江城知识产权论坛将于2024年05月28日 地点：江城会展中心举办。\n"
    assert one(events(text, date="2024-05-20"), "第五届江城知识产权论坛").start == "2024-05-28"


def test_a_launch_ceremony_named_by_the_campaign_dates_its_first_day():
    """The week's name prints only its year; its online launch ceremony, named by it, was held on 4月20日."""
    text = ("4月20日下午，2020年江城市知识产权宣传周线上启动仪式在江城科创小镇举行。"
            "副市长甲出席启动仪式并宣布2020年江城市知识产权宣传周启动。\n")
    week = one(events(text, date="2020-04-22"), "2020年江城市知识产权宣传周")
    assert week.start == "2020-04-20"


def test_a_venues_launch_ceremony_leaves_the_national_campaign_undated():
    """Guards the one above: a branch venue's launch (…宣传周活动江城分会场启动仪式) opens that venue's part only."""
    text = ("4月18日，江城市召开新闻发布会。江城首次作为全国知识产权宣传周活动的分会场，将开展系列活动。"
            "4月20日，全国知识产权宣传周活动江城分会场启动仪式将在江城科技城举办。\n")
    found = events(text, date="2025-04-19")
    assert all(e.start is None for e in found if e.label == "全国知识产权宣传周活动")

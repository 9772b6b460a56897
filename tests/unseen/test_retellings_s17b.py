"""Session 17 round 2 (ev20), one node for one event told twice: a headline and its lead whose names end alike (the
organiser's name takes the name's head in one, the headline drops the organiser or ends in a series word), and a
campaign week named inside a longer name of its own activities. Sentences written for these tests, none copied from
a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def _told(text: str, date: str) -> list[tuple[str, list[str]]]:
    return [(e.label, e.passages) for e in events(text, date)]


def test_a_headline_and_its_lead_whose_names_end_alike_are_one_event():
    """某市召开知识产权工作业务培训会 / 某市知识产权局召开工作业务培训会: the organiser's name takes the head of the
    name in the lead; a headline drops the body or the series word (系列活动) the lead prints otherwise."""
    for text, date, label in (
            ("韶关市召开商标品牌建设工作推进会\n\n3月14日，韶关市市场监督管理局召开品牌建设工作推进会。",
             "2024-03-15", "品牌建设工作推进会"),
            ("嘉兴举办知识产权质押融资业务培训班\n\n6月6日至7日，嘉兴市知识产权局举办质押融资业务培训班。",
             "2022-06-09", "质押融资业务培训班"),
            ("东莞市召开知识产权行政保护工作会议\n\n2月20日，东莞市市场监督管理局召开行政保护工作会议，部署全年工作。",
             "2023-02-21", "行政保护工作会议"),
            ("某县开展知识产权宣传周系列活动\n\n4月22日，某县市场监督管理局开展2021年知识产权宣传周活动。",
             "2021-04-23", "2021年知识产权宣传周")):
        assert _told(text, date) == [(label, ["p1", "p2"])], text


def test_two_editions_two_years_two_places_stay_two_events():
    """The names of two editions, years or cities of one series end alike only after what tells them apart: the
    lead's other event stays its own node; an edition and a noun alone (第六届会议) names no series, so two bodies'
    sessions of one number stay two."""
    for text, date, labels in (
            ("第五届西溪知识产权论坛开幕\n\n5月8日，第五届西溪知识产权论坛在杭州开幕，第四届西溪知识产权论坛于"
             "去年在宁波举办。", "2023-05-09", ["第五届西溪知识产权论坛", "第四届西溪知识产权论坛"]),
            ("2023年专利代理实务培训班开班\n\n7月3日，2023年专利代理实务培训班在合肥开班。2022年专利代理实务培训班"
             "于去年7月5日在芜湖举办。", "2023-07-04", ["2023年专利代理实务培训班", "2022年专利代理实务培训班"]),
            ("泉州知识产权论坛开幕\n\n8月1日，泉州知识产权论坛在泉州开幕，漳州知识产权论坛8月2日在漳州开幕。",
             "2023-08-02", ["泉州知识产权论坛", "漳州知识产权论坛"]),
            ("版权委员会 第六届会议 2022年4月4日至6日，日内瓦\n报告\n1. 标准委员会于2022年5月9日至11日在日内瓦举行了"
             "第六届会议。", "2022-06-01", ["版权委员会 第六届会议", "第六届会议"])):
        assert sorted(label for label, _ in _told(text, date)) == sorted(labels), text


def test_a_campaign_week_inside_a_name_of_its_own_activities_is_no_second_event():
    """开展2023年知识产权宣传周集中宣传活动: the week and its activities, one event; a press conference or a
    ceremony of the week named so is another event beside it."""
    for text, date, label in (
            ("4月24日，某县市场监督管理局开展2023年知识产权宣传周集中宣传活动。", "2023-04-25",
             "2023年知识产权宣传周集中宣传活动"),
            ("4月21日，某区市场监督管理局在人民广场开展2022年知识产权宣传周现场宣传活动。", "2022-04-22",
             "2022年知识产权宣传周现场宣传活动"),
            ("4月25日，某镇市场监督管理局在集市开展2024年知识产权宣传周专题宣传活动。", "2024-04-26",
             "2024年知识产权宣传周专题宣传活动")):
        assert [label for label, _ in _told(text, date)] == [label], text
    found = _told("4月20日，某市知识产权局召开2021年知识产权宣传周新闻发布会。", "2021-04-21")
    assert sorted(label for label, _ in found) == ["2021年知识产权宣传周", "2021年知识产权宣传周新闻发布会"]

"""Agreements and treaty actions, session 15 round (ag15): what a word of a recent time leaves undated. Every
sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_the_day_the_news_was_learnt_is_not_the_day_of_a_signing_told_as_recent():
    text = ("记者昨日从杭州市中级人民法院获悉，近日该院与宁波市中级人民法院、温州市中级人民法院签订"
            "《知识产权审判协作框架协议》。\n")
    assert {a.date for a in agreements(text, date="2022-09-14")} == {None}


def test_a_year_inside_an_events_name_after_a_recent_time_is_not_a_signing_date():
    text = ("日前，绍兴市举办《绍兴市知识产权局、绍兴市越城区人民政府知识产权战略合作协议》签约仪式暨"
            "2022年越城区知识产权宣传大会。\n")
    assert [a.date for a in agreements(text, date="2022-05-03")] == [None]


def test_a_date_printed_before_a_recent_time_in_a_wire_dateline_dates_nothing():
    text = ("本报讯 3月18日，记者从嘉兴市市场监督管理局了解到，日前，该局与嘉兴学院签署了"
            "《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-03-19")] == [None]


def test_a_day_told_after_the_recent_time_still_dates_the_signing():
    text = "近日获悉，湖州市知识产权局与湖州师范学院已于3月5日签署《知识产权服务合作备忘录》。\n"
    assert [a.date for a in agreements(text, date="2023-03-19")] == ["2023-03-05"]

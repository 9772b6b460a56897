"""Dates, session 19 round (dt23): an event dated by its noun in another sentence, by a copula or a clause of
holding. Every sentence here was written for these tests, none copied from a probe or an evaluation text; each
runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_copula_before_the_noun_dates_the_year_named_campaign():
    text = ("5月10日至16日是全省商标品牌宣传周。宁远县市场监管局以“品牌强县”为主题，"
            "组织开展2023年商标品牌宣传周活动，在县城广场设置咨询台。")
    assert one(events(text, date="2023-05-20"), "2023年商标品牌宣传周").start == "2023-05-10"


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


def test_two_days_told_of_one_noun_date_neither():
    text = ("10月8日是第一期培训班开班的日子，11月5日是第二期培训班开班的日子。"
            "市知识产权局举办2020年专利代理实务培训班。")
    assert one(events(text, date="2020-11-20"), "2020年专利代理实务培训班").start == "2020"

"""Agreements, session 18 (ag22): instruments told as the topic of a sentence whose signatories follow a distant 由
(A及B等两项备忘录，于十七日由甲与乙签署), each of a plain list counted by the noun's count its own instrument; a day
in Chinese digits after 于 or before a part of the day is a day of the month, no count of days (於十七日, 二十日上午);
and two places joined by 与 or 和 before a verb of acting are two governments, not one name (北京市与天津市签署).
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from ipgraph.zh.dates import find_dates
from tests.unseen.test_dates_s13 import agreements


def test_a_day_in_chinese_digits_after_yu_is_a_day_of_the_month():
    assert [d.start for d in find_dates("两局於十七日在台北签署合作备忘录", 2025, "2025-11-18")] == ["2025-11-17"]


def test_a_day_in_chinese_digits_before_a_part_of_the_day_is_a_date():
    assert [d.start for d in find_dates("研讨会二十日上午在广州开幕", 2024, "2024-05-21")] == ["2024-05-20"]
    assert [d.start for d in find_dates("于九日晚举行颁奖典礼", 2024, "2024-05-21")] == ["2024-05-09"]


def test_counts_of_days_stay_counts():
    assert find_dates("展会为期三日，连续三日晚上开放", 2024, "2024-05-21") == []
    assert find_dates("应于十五日内完成审查", 2024, "2024-05-21") == []


def test_an_instrument_topic_signed_by_a_distant_agent_is_dated_and_signed():
    text = "商标保护合作备忘录于二十日由南京市知识产权局与合肥市市场监督管理局在合肥共同签署。\n"
    told = agreements(text, date="2025-11-22")
    assert [(a.label, a.date, len(a.parties)) for a in told] == [("商标保护合作备忘录", "2025-11-20", 2)]


def test_a_witness_phrase_may_stand_between_the_topic_and_its_agent():
    text = ("知识产权人才培养合作协议，在两省省长的见证下，由山东省知识产权局和河南省市场监督管理局代表签署。\n")
    told = agreements(text, date="2024-06-01")
    assert [(a.label, len(a.parties)) for a in told] == [("知识产权人才培养合作协议", 2)]


def test_a_plain_list_counted_by_the_noun_gives_one_instrument_each():
    text = "2025年3月，深圳市知识产权局与东莞市市场监督管理局签署了专利导航和商标保护等两项合作协议。\n"
    assert sorted(a.label for a in agreements(text, date="2025-04-01")) == ["专利导航", "商标保护"]


def test_a_topic_list_before_a_distant_agent_gives_each_instrument():
    text = "数据交换及审查员培训等两项谅解备忘录，于五日由欧洲专利局与国家知识产权局代表在慕尼黑签署。\n"
    told = agreements(text, date="2024-06-10")
    assert sorted((a.label, a.date) for a in told) == [("审查员培训", "2024-06-05"), ("数据交换", "2024-06-05")]


def test_a_bare_instrument_noun_before_its_agent_is_told_again():
    text = "上月，甲公司与乙大学签订了《技术转移合作协议》。\n协议由甲公司总经理与乙大学校长签署。\n"
    assert len(agreements(text, date="2024-06-10")) == 1


def test_two_cities_joined_before_a_verb_sign_as_two_parties():
    text = "7月8日，北京市与天津市签署了知识产权协同保护合作协议。\n"
    assert sorted(agreements(text, date="2024-07-10")[0].parties) == ["org/bei-jing-shi", "org/tian-jin-shi"]


def test_two_cities_joined_by_he_before_a_verb_of_signing_are_two_parties():
    text = "重庆市和成都市签订了知识产权行政执法协作协议。\n"
    assert len(agreements(text, date="2024-07-10")[0].parties) == 2

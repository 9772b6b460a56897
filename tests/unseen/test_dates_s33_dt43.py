"""Dates, session 33 round (dt43): a date told in another sentence than the event's or the signing's own — a word
that counts from the date told before (次日, 前一天, 当天), a programme's field in lenticular brackets (【时间】), a
sentence that opens after the event told before (会后, 开幕式后). Every sentence here was written for these tests,
none copied from an evaluation text; each runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from ipgraph.zh.dates import find_dates
from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events, one


def test_a_signing_the_next_day_is_dated_the_day_after_the_lead_not_by_the_forum():
    text = ("9月16日，第三届江城知识产权论坛在江城开幕。次日，江城市知识产权局与河口大学签署了"
            "《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-17"]
    apart = ("9月16日，第三届江城知识产权论坛在江城开幕。\n\n"
             "第二天，江城市知识产权局与河口大学签署了《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(apart, date="2023-09-20")] == ["2023-09-17"]


def test_a_signing_on_the_same_day_as_a_later_date_takes_that_date():
    text = ("9月16日，江城知识产权论坛在江城开幕。9月17日，江城市知识产权局举办了专利代理实务培训班。"
            "当天，江城市知识产权局还与河口大学签署了《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-17"]


def test_the_day_before_counts_back_from_the_date_told_last():
    text = "9月16日，江城知识产权论坛在江城开幕。前一天，江城市知识产权局举办了专利代理实务培训班。\n"
    assert one(events(text, date="2023-09-20"), "专利代理实务培训班").start == "2023-09-15"
    signed = ("9月16日，江城知识产权论坛在江城开幕。前一天，江城市知识产权局与河口大学签署了"
              "《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(signed, date="2023-09-20")] == ["2023-09-15"]
    assert [d.start for d in find_dates("3月1日，论坛开幕。前一日，代表报到。", 2024, "2024-03-05")] \
        == ["2024-03-01", "2024-02-29"]


def test_a_field_of_time_in_lenticular_brackets_dates_the_programmes_event():
    text = ("河口知识产权沙龙在河口举行\n【时间】2023年9月16日\n【地点】河口市会展中心\n"
            "河口知识产权沙龙由河口市知识产权局主办。\n")
    assert one(events(text), "河口知识产权沙龙").start == "2023-09-16"


def test_a_bracketed_field_of_another_time_dates_nothing():
    text = "河口知识产权沙龙报名通知\n【报名时间】2023年9月1日至9月10日\n河口知识产权沙龙由河口市知识产权局主办。\n"
    assert all(e.start != "2023-09-01" for e in events(text, date="2023-08-20"))


def test_what_was_held_after_the_meeting_told_before_took_place_that_day():
    text = "9月16日，江城市知识产权局召开知识产权工作会议。会后，江城市知识产权局还举办了专利代理实务培训班。\n"
    assert one(events(text, date="2023-09-20"), "专利代理实务培训班").start == "2023-09-16"
    opened = "9月16日，江城知识产权论坛在江城开幕。开幕式后，江城市知识产权局举办了江城知识产权高峰对话会。\n"
    assert one(events(opened, date="2023-09-20"), "江城知识产权高峰对话会").start == "2023-09-16"
    launched = ("9月16日，江城市知识产权局举办知识产权宣传周启动仪式。\n\n"
                "启动仪式后，江城市知识产权局举办了专利代理实务培训班。\n")
    assert one(events(launched, date="2023-09-20"), "专利代理实务培训班").start == "2023-09-16"


def test_a_title_lines_signing_takes_the_date_of_the_bodys_telling_by_its_sides():
    title = "江城市知识产权局与河口大学签署战略合作协议\n"
    text = title + "9月16日，江城市知识产权局与河口大学举行座谈会。会上，双方签署了战略合作协议。\n"
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-16"]
    visited = title + ("9月16日，江城市知识产权局局长王大明一行到访河口大学。\n\n"
                       "座谈会上，双方签署了战略合作协议。\n")
    assert [a.date for a in agreements(visited, date="2023-09-20")] == ["2023-09-16"]


def test_a_title_lines_signing_stays_undated_when_the_body_dates_nothing():
    text = "江城市知识产权局与河口大学签署战略合作协议\n近日，双方签署了战略合作协议。\n"
    assert [a.date for a in agreements(text, date="2023-09-20")] == [None]


def test_a_signing_at_the_meetings_setting_reaches_back_past_the_speeches():
    text = ("9月16日，江城市知识产权局与河口市知识产权局在江城举行工作会谈。\n\n王大明介绍了江城知识产权工作情况。\n\n"
            "李小华介绍了河口知识产权工作情况。\n\n双方就深化合作交换了意见。\n\n"
            "会上，双方签署了《知识产权保护协作备忘录》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-16"]


def test_a_signing_without_a_word_of_the_setting_looks_only_a_few_passages_back():
    text = ("9月16日，江城市知识产权局与河口市知识产权局在江城举行工作会谈。\n\n王大明介绍了江城知识产权工作情况。\n\n"
            "李小华介绍了河口知识产权工作情况。\n\n双方就深化合作交换了意见。\n\n"
            "江城市知识产权局与河口大学签署了《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == [None]


def test_a_campaign_told_by_its_year_beside_its_ceremonys_day_leaves_the_signing_that_day():
    text = ("4月26日，2023年江城市知识产权宣传周启动仪式在江城举行。启动仪式上，江城市知识产权局与河口大学签署了"
            "《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-04-28")] == ["2023-04-26"]


def test_two_days_in_the_occasions_passage_still_leave_the_signing_undated():
    text = ("9月16日，江城知识产权论坛开幕。9月17日，江城市知识产权局举办专利代理实务培训班。"
            "江城市知识产权局与河口大学签署了《知识产权人才培养合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == [None]


def test_a_meetings_period_named_before_the_signing_points_back_to_it():
    text = ("9月16日，江城市知识产权局与河口市知识产权局召开知识产权协作联席会议。\n\n"
            "会议听取了两地合作进展情况汇报。\n\n会议审议通过了《知识产权协作联席会议制度》。\n\n会议强调，要深化合作。\n\n"
            "会议期间，双方签署了《知识产权保护协作备忘录》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-16"]


def test_a_lead_paragraph_opening_on_a_day_dates_the_signing_of_the_next():
    text = ("江城市知识产权局与河口大学签署合作协议\n"
            "江城讯（记者王小明）9月16日，江城市知识产权局与河口大学举行座谈会。\n\n"
            "座谈会上，王大明与李小华代表双方签署了合作协议。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-16"]
    stamped = "江城市知识产权局与河口大学签署合作协议\n2023-09-16 10:20 来源：江城日报\n双方签署了合作协议。\n"
    assert [a.date for a in agreements(stamped, date="2023-09-20")] == [None]


def test_a_signing_at_the_scene_of_an_event_told_paragraphs_before_takes_its_day():
    """Session 29 mend: a signing's setting words are the event reader's (held_at, during in
    knowledge/events/words.tsv), so 活动现场 points back as 会上 does."""
    text = ("9月16日，江城市知识产权局举办知识产权服务对接会。\n\n"
            "对接会介绍了专利导航服务。\n\n对接会发布了十大典型案例。\n\n对接会展示了高价值专利。\n\n"
            "活动现场，江城市知识产权局与河口大学签署了《知识产权服务合作协议》。\n")
    assert [a.date for a in agreements(text, date="2023-09-20")] == ["2023-09-16"]
